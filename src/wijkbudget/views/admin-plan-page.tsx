// SPDX-License-Identifier: EUPL-1.2
import { ErrorSummary } from '../../platform/components/error-summary.tsx';
import { CsrfField, Select, SubmitButton, Textarea, TextInput } from '../../platform/components/field.tsx';
import { type FieldErrors, type FormValues, textValue } from '../../platform/forms.ts';
import { formatEuros, t } from '../../platform/i18n.ts';
import type { HistoryEntry } from '../../platform/workflow/service.ts';
import { StatusHistory } from '../../platform/workflow/views/status-history.tsx';
import { programmePaths } from '../../programme/paths.ts';
import { wijkbudgetPaths } from '../paths.ts';
import { type PlanStatus, phaseMessages, planStatusMessages } from '../rules.ts';
import type { Plan, Round } from '../service.ts';
import { PhaseLine } from './admin-parts.tsx';
import { planStatusLabel } from './plan-status.tsx';

interface Props {
  round: Round;
  plan: Plan;
  contactEmail: string | null;
  /** The staff member who typed the plan in for a resident, or null when the resident sent it. */
  enteredBy: string | null;
  /** The statuses staff can choose now (nextPlanStatuses). */
  statuses: PlanStatus[];
  /** Plans this one can be merged into. */
  mergeTargets: Plan[];
  csrfToken: string;
  /** The plan's status history, with the names of the staff who changed it. */
  history: HistoryEntry[];
  failed?: { errors: FieldErrors; values: FormValues } | undefined;
}

const euros = (cents: bigint | null) =>
  cents === null ? t('wijkbudget.admin.plan.noCost') : formatEuros(Number(cents / 100n));

/** One plan for staff: everything about it (the contact e-mail too) and the review form. */
export function AdminPlanPage({
  round,
  plan,
  contactEmail,
  enteredBy,
  statuses,
  mergeTargets,
  csrfToken,
  history,
  failed,
}: Props) {
  const errors = failed?.errors ?? {};
  const values = failed?.values ?? {};
  const mergedInto = plan.mergedIntoId === null ? null : mergeTargets.find((p) => p.id === plan.mergedIntoId);
  return (
    <>
      <ErrorSummary errors={failed?.errors} />
      <p class="pre-heading">{t('wijkbudget.admin.plan.preHeading', { round: round.title })}</p>
      <h1 class="utrecht-heading-1">{plan.title}</h1>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`${wijkbudgetPaths.admin.round(round.id)}#plannen`}>
          {t('wijkbudget.admin.plan.back')}
        </a>
      </p>
      {plan.hasPhoto ? (
        <img
          class="plan-photo"
          src={wijkbudgetPaths.admin.planPhoto(round.id, plan.id)}
          alt={t('wijkbudget.plan.photoAlt', { title: plan.title })}
        />
      ) : null}
      <dl class="facts">
        <dt>{t('wijkbudget.admin.plan.status')}</dt>
        <dd>{t(planStatusMessages[plan.status])}</dd>
        {enteredBy ? (
          <>
            <dt>{t('wijkbudget.admin.plan.channel')}</dt>
            <dd>{t('wijkbudget.admin.plan.enteredBy', { name: enteredBy })}</dd>
          </>
        ) : null}
        {plan.statusReason ? (
          <>
            <dt>{t('wijkbudget.admin.plan.reasonShown')}</dt>
            <dd>{plan.statusReason}</dd>
          </>
        ) : null}
        {plan.mergedIntoId !== null ? (
          <>
            <dt>{t('wijkbudget.admin.plan.mergedInto')}</dt>
            <dd>{mergedInto?.title ?? `#${plan.mergedIntoId}`}</dd>
          </>
        ) : null}
        <dt>{t('wijkbudget.admin.plan.buurt')}</dt>
        <dd>{plan.buurtName}</dd>
        {plan.location ? (
          <>
            <dt>{t('wijkbudget.admin.plan.location')}</dt>
            <dd>{plan.location}</dd>
          </>
        ) : null}
        <dt>{t('wijkbudget.admin.plan.submitterCost')}</dt>
        <dd>{euros(plan.submitterCostCents)}</dd>
        <dt>{t('wijkbudget.admin.plan.municipalityCost')}</dt>
        <dd>{euros(plan.costCents)}</dd>
        <dt>{t('wijkbudget.admin.plan.contact')}</dt>
        <dd>{contactEmail ?? '-'}</dd>
        {plan.measureSlug ? (
          <>
            <dt>{t('wijkbudget.admin.plan.measure')}</dt>
            <dd>
              <a class="utrecht-link" href={programmePaths.measure(plan.measureSlug)}>
                {t('wijkbudget.admin.plan.measureLink')}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      <p class="utrecht-paragraph muted">{t('wijkbudget.admin.plan.contactHint')}</p>
      <h2 class="utrecht-heading-2">{t('wijkbudget.admin.plan.description')}</h2>
      {plan.description
        .split(/\n\s*\n/)
        .filter((part) => part.trim() !== '')
        .map((part) => (
          <p class="utrecht-paragraph">{part}</p>
        ))}

      <section aria-labelledby="beoordelen">
        <h2 class="utrecht-heading-2" id="beoordelen">
          {plan.status === 'funded'
            ? t('wijkbudget.admin.review.impossibleTitle')
            : t('wijkbudget.admin.review.title')}
        </h2>
        <PhaseLine phase={round.phase} />
        {statuses.length === 0 ? (
          <p class="utrecht-paragraph">
            {t('wijkbudget.admin.review.none', { phase: t(phaseMessages[round.phase]) })}
          </p>
        ) : (
          <form
            method="post"
            action={wijkbudgetPaths.admin.plan(round.id, plan.id)}
            class="utrecht-form"
            novalidate
          >
            <CsrfField token={csrfToken} />
            {/* The status this page showed: the decision is saved only if it is still the status. */}
            <input type="hidden" name="from" value={textValue(values, 'from') || plan.status} />
            <p class="utrecht-paragraph">{t('wijkbudget.admin.review.mailNote')}</p>
            <Select
              name="status"
              label={t('wijkbudget.admin.review.status')}
              value={textValue(values, 'status')}
              error={errors.status}
              options={statuses.map((s) => ({ value: s, label: t(planStatusMessages[s]) }))}
              required
            />
            <Textarea
              name="reason"
              label={t('wijkbudget.admin.review.reason')}
              hint={t('wijkbudget.admin.review.reasonHint')}
              value={textValue(values, 'reason')}
              error={errors.reason}
              rows={4}
            />
            {statuses.includes('feasible') ? (
              <TextInput
                name="costEuros"
                label={t('wijkbudget.admin.review.cost')}
                hint={t('wijkbudget.admin.review.costHint')}
                value={textValue(values, 'costEuros')}
                error={errors.costEuros}
                inputmode="numeric"
              />
            ) : null}
            {statuses.includes('merged') ? (
              <Select
                name="mergedIntoId"
                label={t('wijkbudget.admin.review.mergeTarget')}
                hint={t('wijkbudget.admin.review.mergeTargetHint')}
                value={textValue(values, 'mergedIntoId')}
                error={errors.mergedIntoId}
                options={[
                  { value: '', label: t('wijkbudget.admin.review.noMerge') },
                  ...mergeTargets.map((p) => ({ value: String(p.id), label: p.title })),
                ]}
              />
            ) : null}
            <SubmitButton label={t('wijkbudget.admin.review.submit')} />
          </form>
        )}
      </section>
      <StatusHistory entries={history} label={planStatusLabel} showNames />
    </>
  );
}
