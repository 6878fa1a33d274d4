// SPDX-License-Identifier: EUPL-1.2

import { formatDate, t } from '../../platform/i18n.ts';
import { programmePaths } from '../paths.ts';
import type { MeasureSummary } from '../service.ts';
import { StatusTag } from './measure-status.tsx';

/** A list of measures as cards: title link, status, where, and the latest update. */
export function MeasureList({
  measures,
  headingLevel = 3,
}: {
  measures: MeasureSummary[];
  headingLevel?: 2 | 3;
}) {
  if (measures.length === 0) return <p class="utrecht-paragraph">{t('programme.measures.none')}</p>;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul class="measure-list">
      {measures.map((m) => (
        <li class="measure-card">
          <Heading class={`utrecht-heading-${headingLevel} measure-card__title`}>
            <a class="utrecht-link" href={programmePaths.measure(m.slug)}>
              {m.top10Rank ? t('programme.top10.rankPrefix', { rank: m.top10Rank }) : ''}
              {m.title}
            </a>
          </Heading>
          <p class="measure-card__meta">
            <StatusTag status={m.status} />{' '}
            <span>
              {m.wijken.length > 0
                ? m.wijken.map((w) => w.name).join(', ')
                : t('programme.measure.allWijken')}
            </span>
          </p>
          <p class="utrecht-paragraph">{m.summary}</p>
          {m.latestUpdate ? (
            <p class="measure-card__update">
              <strong>
                {t('programme.measure.latestUpdate', { date: formatDate(m.latestUpdate.publishedOn) })}
              </strong>{' '}
              {m.latestUpdate.body.length > 200
                ? `${m.latestUpdate.body.slice(0, 200)}…`
                : m.latestUpdate.body}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
