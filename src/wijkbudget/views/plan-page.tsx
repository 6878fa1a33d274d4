// SPDX-License-Identifier: EUPL-1.2
import { t, tPlural } from '../../platform/i18n.ts';
import type { HistoryEntry } from '../../platform/workflow/service.ts';
import { StatusHistory } from '../../platform/workflow/views/status-history.tsx';
import { programmePaths } from '../../programme/paths.ts';
import { wijkbudgetPaths } from '../paths.ts';
import type { ResultPlan } from '../result-service.ts';
import type { Plan, Round } from '../service.ts';
import { euros, Paragraphs, PhaseBanner, RoundHeading } from './parts.tsx';
import { PlanStatusTag, planStatusLabel } from './plan-status.tsx';

export function PlanPage({
  round,
  plan,
  mergedInto,
  outcome,
  history,
}: {
  round: Round;
  plan: Plan;
  mergedInto: Plan | null;
  /** This plan in the published result, when there is one. */
  outcome: ResultPlan | null;
  /** The plan's status history, without staff names. */
  history: HistoryEntry[];
}) {
  return (
    <>
      <RoundHeading round={round} title={plan.title} />
      <PhaseBanner round={round} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={wijkbudgetPaths.round(round.slug)}>
          {t('wijkbudget.plan.back', { round: round.title })}
        </a>
      </p>
      {plan.hasPhoto ? (
        <img
          class="plan-photo"
          src={wijkbudgetPaths.planPhoto(round.slug, plan.id)}
          alt={t('wijkbudget.plan.photoAlt', { title: plan.title })}
        />
      ) : null}
      {outcome ? <PlanOutcome round={round} outcome={outcome} /> : null}
      <Paragraphs text={plan.description} />
      <dl class="facts">
        <dt>{t('wijkbudget.plan.status')}</dt>
        <dd>
          <PlanStatusTag status={plan.status} />
        </dd>
        {plan.statusReason ? (
          <>
            <dt>{t('wijkbudget.plan.reason')}</dt>
            <dd>{plan.statusReason}</dd>
          </>
        ) : null}
        {mergedInto ? (
          <>
            <dt>{t('wijkbudget.plan.mergedInto')}</dt>
            <dd>
              <a class="utrecht-link" href={wijkbudgetPaths.plan(round.slug, mergedInto.id)}>
                {mergedInto.title}
              </a>
            </dd>
          </>
        ) : null}
        {plan.viaDesk ? (
          <>
            <dt>{t('wijkbudget.plan.channel')}</dt>
            <dd>{t('wijkbudget.plan.viaDesk')}</dd>
          </>
        ) : null}
        <dt>{t('wijkbudget.plan.buurt')}</dt>
        <dd>{plan.buurtName}</dd>
        {plan.location ? (
          <>
            <dt>{t('wijkbudget.plan.location')}</dt>
            <dd>{plan.location}</dd>
          </>
        ) : null}
        <dt>{t('wijkbudget.plan.submitterCost')}</dt>
        <dd>{euros(plan.submitterCostCents)}</dd>
        <dt>{t('wijkbudget.plan.cost')}</dt>
        <dd>{plan.costCents === null ? t('wijkbudget.plan.costNotYet') : euros(plan.costCents)}</dd>
        {plan.measureSlug ? (
          <>
            <dt>{t('wijkbudget.plan.progress')}</dt>
            <dd>
              <a class="utrecht-link" href={programmePaths.measure(plan.measureSlug)}>
                {t('wijkbudget.plan.progressLink')}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      <StatusHistory entries={history} label={planStatusLabel} />
    </>
  );
}

/** Why this plan was or was not chosen, in the words of the published result, with a link to all of it. */
function PlanOutcome({ round, outcome }: { round: Round; outcome: ResultPlan }) {
  const value = outcome.points ?? outcome.votes;
  return (
    <section class="plan-outcome" aria-labelledby="plan-outcome">
      <h2 class="utrecht-heading-2" id="plan-outcome">
        {t('wijkbudget.result.planOutcome')}
      </h2>
      <p class="utrecht-paragraph">
        <strong>
          {tPlural(
            outcome.points === undefined ? 'wijkbudget.result.planVotes' : 'wijkbudget.result.planPoints',
            value,
          )}
          .
        </strong>{' '}
        {outcome.explanation}
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={wijkbudgetPaths.result(round.slug)}>
          {t('wijkbudget.result.link')}
        </a>
      </p>
    </section>
  );
}
