// SPDX-License-Identifier: EUPL-1.2
import { ErrorSummary } from '../../platform/components/error-summary.tsx';
import { CsrfField, SubmitButton } from '../../platform/components/field.tsx';
import type { FieldErrors, FormValues } from '../../platform/forms.ts';
import { formatDate, formatEuros, t } from '../../platform/i18n.ts';
import type { BuurtTurnout } from '../code-batch-rules.ts';
import type { BatchListing } from '../code-batches.ts';
import { wijkbudgetPaths } from '../paths.ts';
import { phaseMessages, planStatusMessages } from '../rules.ts';
import type { Plan, Round } from '../service.ts';
import { Notice, PhaseLine, RoundNav } from './admin-parts.tsx';
import { RoundFields, roundValues, type WijkOption } from './admin-rounds-page.tsx';
import { BuurtTurnoutTable, buurtTurnoutNote, CodeRequestList } from './code-batches.tsx';
import { when } from './parts.tsx';

const euros = (cents: bigint | null) => (cents === null ? '-' : formatEuros(Number(cents / 100n)));

interface Props {
  round: Round;
  plans: Plan[];
  wijken: WijkOption[];
  csrfToken: string;
  canManage: boolean;
  canEnterPaper: boolean;
  failed?: { errors: FieldErrors; values: FormValues } | undefined;
  saved?: string | undefined;
  /** When the round reached its limit of wrong voting codes per minute, newest first. */
  guessAlarms?: Date[];
  /** Requests for voting codes that wait for a second staff member (shown to those who manage rounds). */
  codeRequests?: BatchListing[];
  /** The signed-in staff member (their own requests get no confirm button). */
  userId?: number;
  /** Turnout per buurt from used letter codes, from the start of voting on; null before. */
  buurtTurnout?: BuurtTurnout[] | null;
}

/** A round's staff page: where it stands, its plans and their status, and its settings. */
export function AdminRoundPage({
  round,
  plans,
  wijken,
  csrfToken,
  canManage,
  canEnterPaper,
  failed,
  saved,
  guessAlarms = [],
  codeRequests = [],
  userId = 0,
  buurtTurnout = null,
}: Props) {
  return (
    <>
      <ErrorSummary errors={failed?.errors} />
      {saved ? <Notice kind="ok">{saved}</Notice> : null}
      {guessAlarms.length > 0 ? (
        <Notice kind="warning">
          {t('wijkbudget.admin.round.guessAlarm', {
            count: guessAlarms.length,
            last: when(guessAlarms[0]!.toISOString()),
          })}
        </Notice>
      ) : null}
      <p class="pre-heading">{t('wijkbudget.admin.round.preHeading')}</p>
      <h1 class="utrecht-heading-1">{round.title}</h1>
      <PhaseLine phase={round.phase} />
      {round.next ? (
        <p class="utrecht-paragraph">
          {t('wijkbudget.admin.round.next', {
            phase: t(phaseMessages[round.next.phase]),
            date: formatDate(round.next.at),
          })}
        </p>
      ) : null}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={wijkbudgetPaths.round(round.slug)}>
          {t('wijkbudget.admin.round.viewPublic')}
        </a>
      </p>
      <RoundNav roundId={round.id} current="round" canManage={canManage} canEnterPaper={canEnterPaper} />

      {canManage && codeRequests.length > 0 ? (
        <CodeRequestList roundId={round.id} requests={codeRequests} userId={userId} csrfToken={csrfToken} />
      ) : null}

      {buurtTurnout ? (
        <section aria-labelledby="opkomst-buurt">
          <h2 class="utrecht-heading-2" id="opkomst-buurt">
            {t('wijkbudget.admin.buurtTurnout.title')}
          </h2>
          <p class="utrecht-paragraph">{buurtTurnoutNote()}</p>
          {buurtTurnout.length === 0 ? (
            <p class="utrecht-paragraph">{t('wijkbudget.admin.buurtTurnout.none')}</p>
          ) : (
            <BuurtTurnoutTable rows={buurtTurnout} />
          )}
        </section>
      ) : null}

      <section aria-labelledby="plannen">
        <h2 class="utrecht-heading-2" id="plannen">
          {t('wijkbudget.admin.plans.title', { count: plans.length })}
        </h2>
        {canManage && round.phase === 'submitting' ? (
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={wijkbudgetPaths.admin.newPlan(round.id)}>
              {t('wijkbudget.admin.planForResident.link')}
            </a>
          </p>
        ) : null}
        {plans.length === 0 ? <p class="utrecht-paragraph">{t('wijkbudget.admin.plans.none')}</p> : null}
        <ul class="plain-list">
          {plans.map((plan) => (
            <li class="card">
              <h3 class="utrecht-heading-4">
                {canManage ? (
                  <a class="utrecht-link" href={wijkbudgetPaths.admin.plan(round.id, plan.id)}>
                    {plan.title}
                  </a>
                ) : (
                  plan.title
                )}
              </h3>
              <p class="utrecht-paragraph">
                {t('wijkbudget.admin.plans.status', { status: t(planStatusMessages[plan.status]) })}
              </p>
              {plan.viaDesk ? (
                <p class="utrecht-paragraph muted">{t('wijkbudget.plan.viaDeskShort')}</p>
              ) : null}
              <p class="utrecht-paragraph muted">
                {t('wijkbudget.admin.plans.costs', {
                  submitter: euros(plan.submitterCostCents),
                  municipality: euros(plan.costCents),
                  buurt: plan.buurtName,
                })}
              </p>
            </li>
          ))}
        </ul>
      </section>

      {canManage ? (
        <section aria-labelledby="instellingen">
          <h2 class="utrecht-heading-2" id="instellingen">
            {t('wijkbudget.admin.settings.title')}
          </h2>
          <p class="utrecht-paragraph">{t('wijkbudget.admin.settings.intro')}</p>
          <form method="post" action={wijkbudgetPaths.admin.round(round.id)} class="utrecht-form" novalidate>
            <CsrfField token={csrfToken} />
            <RoundFields
              values={failed?.values ?? roundValues(round)}
              errors={failed?.errors ?? {}}
              wijken={wijken}
              phase={round.phase}
            />
            <SubmitButton label={t('wijkbudget.admin.settings.submit')} />
          </form>
        </section>
      ) : null}
    </>
  );
}
