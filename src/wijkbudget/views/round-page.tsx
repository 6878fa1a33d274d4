// SPDX-License-Identifier: EUPL-1.2
import { CsrfField, SubmitButton } from '../../platform/components/field.tsx';
import { t } from '../../platform/i18n.ts';
import { wijkbudgetPaths } from '../paths.ts';
import type { Plan, Round } from '../service.ts';
import {
  ballotDescription,
  euros,
  Paragraphs,
  PhaseBanner,
  RoundHeading,
  ruleExplanation,
  ruleName,
  when,
} from './parts.tsx';
import { PlanStatusTag } from './plan-status.tsx';

export function PlanCard({ round, plan }: { round: Round; plan: Plan }) {
  return (
    <li class="card plan-card">
      <h3 class="utrecht-heading-3">
        <a class="utrecht-link" href={wijkbudgetPaths.plan(round.slug, plan.id)}>
          {plan.title}
        </a>
      </h3>
      <p class="utrecht-paragraph">
        <PlanStatusTag status={plan.status} /> {plan.buurtName}
      </p>
      <p class="utrecht-paragraph">
        {t('wijkbudget.plan.cost')}: {euros(plan.costCents)}
      </p>
      {plan.viaDesk ? <p class="utrecht-paragraph muted">{t('wijkbudget.plan.viaDeskShort')}</p> : null}
    </li>
  );
}

export function RoundPage(props: {
  round: Round;
  plans: Plan[];
  resultPublished: boolean;
  demoCodeForm: string | null;
}) {
  const { round, plans } = props;
  const votingOnline = round.eligibility !== 'paper';
  return (
    <>
      <RoundHeading round={round} />
      <PhaseBanner round={round} />
      <Paragraphs text={round.intro} />
      <ul class="action-list">
        {round.phase === 'submitting' ? (
          <li>
            <a
              class="utrecht-button utrecht-button--primary-action button-link"
              href={wijkbudgetPaths.submitPlan(round.slug)}
            >
              {t('wijkbudget.submit.link')}
            </a>
          </li>
        ) : null}
        {round.phase === 'voting' && votingOnline ? (
          <li>
            <a
              class="utrecht-button utrecht-button--primary-action button-link"
              href={wijkbudgetPaths.vote(round.slug)}
            >
              {t('wijkbudget.vote.link')}
            </a>
          </li>
        ) : null}
        {props.resultPublished ? (
          <li>
            <a
              class="utrecht-button utrecht-button--primary-action button-link"
              href={wijkbudgetPaths.result(round.slug)}
            >
              {t('wijkbudget.result.link')}
            </a>
          </li>
        ) : null}
      </ul>
      {props.demoCodeForm !== null ? (
        <form method="post" action={wijkbudgetPaths.demoCode(round.slug)} class="inline-form">
          <CsrfField token={props.demoCodeForm} />
          <p class="utrecht-paragraph">{t('wijkbudget.demo.codeIntro')}</p>
          <SubmitButton label={t('wijkbudget.demo.codeButton')} />
        </form>
      ) : null}

      <h2 class="utrecht-heading-2">{t('wijkbudget.round.facts')}</h2>
      <dl class="facts">
        <dt>{t('wijkbudget.round.area')}</dt>
        <dd>{round.wijkName ?? t('wijkbudget.area.all')}</dd>
        <dt>{t('wijkbudget.round.budget')}</dt>
        <dd>{euros(round.budgetCents)}</dd>
        <dt>{t('wijkbudget.round.ballot')}</dt>
        <dd>{ballotDescription(round.ballot)}</dd>
        <dt>{t('wijkbudget.round.rule')}</dt>
        <dd>
          {ruleName(round.rule)}. {ruleExplanation(round.rule)}
        </dd>
        <dt>{t('wijkbudget.round.who')}</dt>
        <dd>
          {t('wijkbudget.round.minimumAge', { age: round.minimumAge })}{' '}
          {t(`wijkbudget.eligibility.${round.eligibility}`)}
        </dd>
      </dl>

      <h2 class="utrecht-heading-2">{t('wijkbudget.round.schedule')}</h2>
      <dl class="facts">
        <dt>{t('wijkbudget.phase.submitting')}</dt>
        <dd>
          {t('wijkbudget.round.fromUntil', { from: when(round.submitFrom), until: when(round.submitUntil) })}
        </dd>
        <dt>{t('wijkbudget.phase.review')}</dt>
        <dd>{t('wijkbudget.round.until', { until: when(round.reviewUntil) })}</dd>
        <dt>{t('wijkbudget.phase.voting')}</dt>
        <dd>
          {t('wijkbudget.round.fromUntil', { from: when(round.voteFrom), until: when(round.voteUntil) })}
        </dd>
        <dt>{t('wijkbudget.phase.result')}</dt>
        <dd>
          {round.resultPublishedAt
            ? t('wijkbudget.round.published', { date: when(round.resultPublishedAt) })
            : t('wijkbudget.round.expected', { date: when(round.resultBy) })}
        </dd>
        <dt>{t('wijkbudget.phase.execution')}</dt>
        <dd>{t('wijkbudget.round.from', { from: when(round.executionFrom) })}</dd>
      </dl>

      <h2 class="utrecht-heading-2">{t('wijkbudget.plans.title', { count: plans.length })}</h2>
      {plans.length > 0 ? (
        <ul class="card-grid">
          {plans.map((plan) => (
            <PlanCard round={round} plan={plan} />
          ))}
        </ul>
      ) : (
        <p class="utrecht-paragraph">{t('wijkbudget.plans.none')}</p>
      )}
    </>
  );
}
