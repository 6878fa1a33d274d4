// SPDX-License-Identifier: EUPL-1.2
import { t } from '../../platform/i18n.ts';
import type { Plan, Round } from '../service.ts';
import { euros, Paragraphs, PhaseBanner, PlanStatusTag, RoundHeading } from './parts.tsx';

export function PlanPage({ round, plan, mergedInto }: { round: Round; plan: Plan; mergedInto: Plan | null }) {
  return (
    <>
      <RoundHeading round={round} title={plan.title} />
      <PhaseBanner round={round} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/wijkbudget/${round.slug}`}>
          {t('wijkbudget.plan.back', { round: round.title })}
        </a>
      </p>
      {plan.hasPhoto ? (
        <img
          class="plan-photo"
          src={`/wijkbudget/${round.slug}/plannen/${plan.id}/foto`}
          alt={t('wijkbudget.plan.photoAlt', { title: plan.title })}
        />
      ) : null}
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
              <a class="utrecht-link" href={`/wijkbudget/${round.slug}/plannen/${mergedInto.id}`}>
                {mergedInto.title}
              </a>
            </dd>
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
              <a class="utrecht-link" href={`/maatregelen/${plan.measureSlug}`}>
                {t('wijkbudget.plan.progressLink')}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
    </>
  );
}
