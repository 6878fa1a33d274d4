// SPDX-License-Identifier: EUPL-1.2
import { formatDate, t } from '../../i18n.ts';
import type { HistoryEntry } from '../service.ts';

/**
 * The history of a status, newest first: date, old → new status, the public reason. Staff pages also
 * show who made the change (`showNames`); public pages never do.
 */
export function StatusHistory(props: {
  entries: readonly Omit<HistoryEntry, 'id'>[];
  label: (status: string) => string;
  showNames?: boolean;
  headingLevel?: 2 | 3;
}) {
  if (props.entries.length === 0) return null;
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section class="status-history" aria-labelledby="status-history">
      <Heading class={`utrecht-heading-${props.headingLevel ?? 2}`} id="status-history">
        {t('workflow.history.title')}
      </Heading>
      <ol class="plain-list">
        {props.entries.map((entry) => (
          <li>
            {entry.changedAt ? (
              <time datetime={entry.changedAt.toISOString()}>{formatDate(entry.changedAt)}</time>
            ) : (
              t('workflow.history.dateUnknown')
            )}
            :{' '}
            {t('workflow.history.change', {
              from: props.label(entry.fromStatus),
              to: props.label(entry.toStatus),
            })}
            {props.showNames && entry.changedByName ? (
              <> ({t('workflow.history.by', { name: entry.changedByName })})</>
            ) : null}
            {entry.reason ? (
              <>
                <br />
                {t('workflow.history.reason', { reason: entry.reason })}
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
