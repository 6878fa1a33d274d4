// SPDX-License-Identifier: EUPL-1.2
import { randomUUID } from 'node:crypto';
import { ErrorSummary } from '../../platform/components/error-summary.tsx';
import { CsrfField, SubmitButton, TextInput } from '../../platform/components/field.tsx';
import { type FieldErrors, type FormValues, textValue } from '../../platform/forms.ts';
import { t } from '../../platform/i18n.ts';
import { wijkbudgetPaths } from '../paths.ts';
import type { Round } from '../service.ts';
import { Notice, PhaseLine, RoundNav } from './admin-parts.tsx';
import { PlanFields } from './plan-form-page.tsx';

interface Props {
  round: Round;
  buurten: { code: string; name: string }[];
  csrfToken: string;
  canEnterPaper: boolean;
  /** Why no plan can be entered now (the round does not take plans), or null when it can. */
  closed: string | null;
  errors?: FieldErrors | undefined;
  values?: FormValues | undefined;
}

/**
 * Staff type in a plan for a resident without internet or e-mail (at the desk, on the phone). The same
 * questions as the residents' form; the e-mail address is the resident's and not required. The plan is
 * marked as entered via the desk.
 */
export function AdminPlanFormPage({
  round,
  buurten,
  csrfToken,
  canEnterPaper,
  closed,
  errors = {},
  values = {},
}: Props) {
  const v = (name: string) => textValue(values, name);
  return (
    <>
      <ErrorSummary errors={errors} />
      {closed ? <Notice kind="warning">{closed}</Notice> : null}
      <p class="pre-heading">{round.title}</p>
      <h1 class="utrecht-heading-1">{t('wijkbudget.admin.planForResident.title')}</h1>
      <PhaseLine phase={round.phase} />
      <RoundNav roundId={round.id} current="round" canManage canEnterPaper={canEnterPaper} />
      <p class="utrecht-paragraph">{t('wijkbudget.admin.planForResident.intro')}</p>
      {closed ? null : (
        <form method="post" action={wijkbudgetPaths.admin.newPlan(round.id)} class="utrecht-form" novalidate>
          <CsrfField token={csrfToken} />
          <PlanFields buurten={buurten} errors={errors} values={values} />
          <TextInput
            name="email"
            type="email"
            autocomplete="off"
            label={t('wijkbudget.admin.planForResident.email')}
            hint={t('wijkbudget.admin.planForResident.emailHint')}
            value={v('email')}
            error={errors.email}
          />
          {/* This form's own key: sent twice (a double click), it still makes one plan. */}
          <input type="hidden" name="submission" value={v('submission') || randomUUID()} />
          <SubmitButton label={t('wijkbudget.admin.planForResident.submit')} />
        </form>
      )}
    </>
  );
}
