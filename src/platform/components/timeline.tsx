// SPDX-License-Identifier: EUPL-1.2
import type { Child } from 'hono/jsx';
import { formatDate, t } from '../i18n.ts';
import { StatusTag, type StatusTone } from './status-tag.tsx';

export interface TimelineEntry {
  /** When it happened; null when the documents give no date (shown as "Datum onbekend", listed last). */
  at: Date | null;
  /** What happened, in a few words: "Plan ingediend". */
  title: string;
  /** More words, when there are any. */
  body?: Child;
  /** Who did it, as the reader may see it (a team name, never a private e-mail address). */
  actor?: string | undefined;
  /** The status it moved to, shown as a tag. */
  status?: { label: string; tone: StatusTone } | undefined;
}

/**
 * What happened to something, newest first: a date, a title, who did it, and the status it moved to.
 * A plain ordered list with <time>, so it reads well without styling or script.
 * @example <Timeline entries={[{ at: new Date(), title: 'Plan ingediend', actor: 'Een bewoner' }]} />
 */
export function Timeline({
  entries,
  headingLevel = 3,
}: {
  entries: TimelineEntry[];
  headingLevel?: 2 | 3 | 4;
}) {
  const Heading = `h${headingLevel}` as 'h3';
  const sorted = [...entries].sort((a, b) => (b.at?.getTime() ?? 0) - (a.at?.getTime() ?? 0));
  return (
    <ol class="timeline">
      {sorted.map((entry) => (
        <li class="timeline__item">
          <p class="timeline__date">
            {entry.at ? (
              <time datetime={entry.at.toISOString()}>{formatDate(entry.at)}</time>
            ) : (
              t('workflow.history.dateUnknown')
            )}
          </p>
          <Heading class={`utrecht-heading-${headingLevel + 1 > 4 ? 4 : headingLevel + 1} timeline__title`}>
            {entry.title}
          </Heading>
          {entry.status ? <StatusTag label={entry.status.label} tone={entry.status.tone} /> : null}
          {entry.body ? <div class="timeline__body">{entry.body}</div> : null}
          {entry.actor ? <p class="timeline__actor">{t('kit.timeline.by', { name: entry.actor })}</p> : null}
        </li>
      ))}
    </ol>
  );
}
