// SPDX-License-Identifier: EUPL-1.2
import { t } from '../i18n.ts';

/** Where a fact comes from (the shape of the seed's sources; the kit imports no part). */
export interface Source {
  file: string;
  section: string;
  quote?: string;
  /** The document's title, for readers. */
  document?: string;
}

/**
 * Where a fact comes from, shown under it. Records added by staff have no document source.
 * @example <SourceNote source={{ file: '000_5b567ba8339251b1.txt', section: 'Top 10' }} />
 */
export function SourceNote({ source }: { source: Source | null | undefined }) {
  if (!source) return null;
  return (
    <p class="source-note">
      {t('site.source', { file: source.document ?? source.file, section: source.section })}
      {source.quote ? (
        <>
          {' '}
          <q lang="nl">{source.quote}</q>
        </>
      ) : null}
    </p>
  );
}
