// SPDX-License-Identifier: EUPL-1.2
import type { Child } from 'hono/jsx';
import { WijkMap } from '../../places/index.ts';
import type { WijkWithBuurten } from '../../places/service.ts';
import { SourceNote } from '../../platform/components/source-note.tsx';
import { t } from '../../platform/i18n.ts';

interface Props {
  wijk: WijkWithBuurten;
  wijken: WijkWithBuurten[];
  /** Each part's section about this wijk, in the order of src/parts.ts. */
  sections: Child[];
}

/** The overview of one wijk: what the place is, what each part does there, its buurten and the map. */
export function WijkPage({ wijk, wijken, sections }: Props) {
  return (
    <>
      <p class="pre-heading">{t('wijk.preHeading')}</p>
      <h1 class="utrecht-heading-1">{t('wijk.title', { name: wijk.name })}</h1>
      <p class="utrecht-paragraph">{wijk.description}</p>
      <SourceNote source={wijk.source} />

      {sections}

      <h2 class="utrecht-heading-2">{t('wijk.buurten.title')}</h2>
      <ul class="utrecht-unordered-list">
        {wijk.buurten.map((b) => (
          <li>
            {b.name} <span class="muted">({b.code})</span>
          </li>
        ))}
      </ul>
      <p class="utrecht-paragraph muted">{t('wijk.cbsNote')}</p>
      <WijkMap wijken={wijken} current={wijk.slug} />
    </>
  );
}
