// SPDX-License-Identifier: EUPL-1.2

import { SourceNote } from '../../platform/components/source-note.tsx';
import { formatDate, formatEuros, t } from '../../platform/i18n.ts';
import { StatusHistory } from '../../platform/workflow/views/status-history.tsx';
import { sitePaths } from '../../site/paths.ts';
import { wijkbudgetPaths } from '../../wijkbudget/paths.ts';
import { programmePaths } from '../paths.ts';
import type { MeasureStatus } from '../rules.ts';
import type { MeasureDetail } from '../service.ts';
import { StatusTag, statusLabel } from './measure-status.tsx';

/** A measure that carries out a plan residents chose with the wijkbudget links back to that plan. */
export interface WijkbudgetOrigin {
  roundSlug: string;
  roundTitle: string;
  planId: number;
}

export function MeasurePage({
  measure,
  canEdit,
  origin = null,
}: {
  measure: MeasureDetail;
  canEdit: boolean;
  origin?: WijkbudgetOrigin | null;
}) {
  const unknown = <span class="unknown">{t('site.unknown')}</span>;
  return (
    <>
      <p class="pre-heading">{t(`programme.kind.${measure.kind}`)}</p>
      <h1 class="utrecht-heading-1">{measure.title}</h1>
      {canEdit ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={programmePaths.admin.measure(measure.id)}>
            {t('admin.measure.editLink')}
          </a>
        </p>
      ) : null}
      <p class="utrecht-paragraph lead">{measure.summary}</p>
      {measure.description ? (
        <div class="measure-description">
          {measure.description.split(/\n{2,}/).map((para) => (
            <p class="utrecht-paragraph">{para}</p>
          ))}
        </div>
      ) : null}

      <h2 class="utrecht-heading-2">{t('programme.measure.facts')}</h2>
      <dl class="facts">
        <dt>{t('programme.measure.status')}</dt>
        <dd>
          <StatusTag status={measure.status} />
        </dd>
        {measure.top10Rank ? (
          <>
            <dt>{t('programme.top10.title')}</dt>
            <dd>{t('programme.top10.rank', { rank: measure.top10Rank })}</dd>
          </>
        ) : null}
        <dt>{t('programme.measure.lines')}</dt>
        <dd>
          {measure.lines.length > 0
            ? measure.lines.map((l, i) => (
                <>
                  {i > 0 ? ', ' : ''}
                  <a class="utrecht-link" href={programmePaths.line(l.slug)}>
                    {l.name}
                  </a>
                </>
              ))
            : unknown}
        </dd>
        <dt>{t('programme.measure.goals')}</dt>
        <dd>
          {measure.goals.length > 0 ? (
            <ul class="plain-list">
              {measure.goals.map((g) => (
                <li>
                  <a class="utrecht-link" href={programmePaths.goal(g.slug)}>
                    {g.title}
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            unknown
          )}
        </dd>
        <dt>{t('programme.measure.wijken')}</dt>
        <dd>
          {measure.wijken.length > 0
            ? measure.wijken.map((w, i) => (
                <>
                  {i > 0 ? ', ' : ''}
                  <a class="utrecht-link" href={sitePaths.wijk(w.slug)}>
                    {w.name}
                  </a>
                </>
              ))
            : t('programme.measure.allWijken')}
        </dd>
        <dt>{t('programme.measure.alliance')}</dt>
        <dd>
          {measure.alliance ? (
            <a class="utrecht-link" href={programmePaths.alliance(measure.alliance.slug)}>
              {measure.alliance.name}
            </a>
          ) : (
            unknown
          )}
        </dd>
        <dt>{t('programme.measure.partners')}</dt>
        <dd>{measure.partners.length > 0 ? measure.partners.map((p) => p.name).join(', ') : unknown}</dd>
        <dt>{t('programme.measure.budget')}</dt>
        <dd>{measure.budgetEuros !== null ? formatEuros(measure.budgetEuros) : unknown}</dd>
        <dt>{t('programme.measure.fundingSource')}</dt>
        <dd>{measure.fundingSource ?? unknown}</dd>
        <dt>{t('programme.measure.source')}</dt>
        <dd>
          {origin ? (
            <a class="utrecht-link" href={wijkbudgetPaths.plan(origin.roundSlug, origin.planId)}>
              {t('programme.measure.wijkbudgetOrigin', { round: origin.roundTitle })}
            </a>
          ) : measure.source ? (
            <SourceNote source={measure.source} />
          ) : (
            t('programme.measure.sourceStaff')
          )}
        </dd>
      </dl>

      <h2 class="utrecht-heading-2">{t('programme.measure.updates')}</h2>
      {measure.updates.length === 0 ? (
        <p class="utrecht-paragraph">{t('programme.measure.noUpdates')}</p>
      ) : (
        <ol class="update-timeline">
          {measure.updates.map((u) => (
            <li>
              <h3 class="utrecht-heading-3">
                <time datetime={u.publishedOn}>{formatDate(u.publishedOn)}</time>
              </h3>
              {u.body.split(/\n{2,}/).map((para) => (
                <p class="utrecht-paragraph">{para}</p>
              ))}
            </li>
          ))}
        </ol>
      )}

      <StatusHistory entries={measure.statusHistory} label={(s) => statusLabel(s as MeasureStatus)} />
    </>
  );
}
