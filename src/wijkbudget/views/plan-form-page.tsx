// SPDX-License-Identifier: EUPL-1.2
import { randomUUID } from 'node:crypto';
import { ErrorSummary } from '../../platform/components/error-summary.tsx';
import { CsrfField, Select, SubmitButton, Textarea, TextInput } from '../../platform/components/field.tsx';
import { type FieldErrors, type FormValues, textValue } from '../../platform/forms.ts';
import { t } from '../../platform/i18n.ts';
import { wijkbudgetPaths } from '../paths.ts';
import type { Round } from '../service.ts';
import { Notice } from './admin-parts.tsx';
import { PhaseBanner, RoundHeading } from './parts.tsx';

interface Props {
  round: Round;
  buurten: { code: string; name: string }[];
  csrfToken: string;
  errors?: FieldErrors;
  values?: FormValues;
  /** A refusal about the whole form (too many plans in a short time), shown above it. */
  refusal?: string | undefined;
}

export function PlanFormPage({ round, buurten, csrfToken, errors = {}, values = {}, refusal }: Props) {
  const v = (name: string) => textValue(values, name);
  return (
    <>
      <ErrorSummary errors={errors} />
      {refusal ? <Notice kind="warning">{refusal}</Notice> : null}
      <RoundHeading round={round} title={t('wijkbudget.submit.title')} />
      <PhaseBanner round={round} />
      <p class="utrecht-paragraph">{t('wijkbudget.submit.intro', { round: round.title })}</p>
      <form
        method="post"
        action={wijkbudgetPaths.submitPlan(round.slug)}
        enctype="multipart/form-data"
        class="utrecht-form"
        novalidate
      >
        <CsrfField token={csrfToken} />
        <PlanFields buurten={buurten} errors={errors} values={values} />
        <div class={`utrecht-form-field${errors.photo ? ' utrecht-form-field--invalid' : ''}`}>
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label" for="field-photo">
              {t('wijkbudget.submit.photo')}
            </label>
          </div>
          <div class="utrecht-form-field-description" id="field-photo-hint">
            {t('wijkbudget.submit.photoHint')}
          </div>
          {errors.photo ? (
            <div class="utrecht-form-field-error-message" id="field-photo-error">
              {errors.photo}
            </div>
          ) : null}
          <div class="utrecht-form-field__input">
            <input
              type="file"
              id="field-photo"
              name="photo"
              accept="image/jpeg,image/png,image/webp"
              aria-describedby={errors.photo ? 'field-photo-hint field-photo-error' : 'field-photo-hint'}
              aria-invalid={errors.photo ? 'true' : undefined}
            />
          </div>
        </div>
        <TextInput
          name="email"
          type="email"
          autocomplete="email"
          label={t('wijkbudget.submit.email')}
          hint={t('wijkbudget.submit.emailHint')}
          value={v('email')}
          error={errors.email}
        />
        {/* This form's own key: sent twice, it still makes one plan. Kept when the form comes back with errors. */}
        <input type="hidden" name="submission" value={v('submission') || randomUUID()} />
        <SubmitButton label={t('wijkbudget.submit.button')} />
      </form>
    </>
  );
}

export function PlanSentPage({
  round,
  planId,
  pending,
  mailed,
}: {
  round: Round;
  planId: number;
  /** The plan waits for a staff check: no link yet, it is not public. */
  pending: boolean;
  /** The resident gave an e-mail address. */
  mailed: boolean;
}) {
  return (
    <>
      <RoundHeading round={round} title={t('wijkbudget.submit.sentTitle')} />
      <p class="utrecht-paragraph">
        {t(mailed ? 'wijkbudget.submit.sentMail' : 'wijkbudget.submit.sentNoMail')}
      </p>
      <p class="utrecht-paragraph">{t('wijkbudget.submit.sentNext')}</p>
      {pending ? (
        <p class="utrecht-paragraph">{t('wijkbudget.submit.sentPending')}</p>
      ) : (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={wijkbudgetPaths.plan(round.slug, planId)}>
            {t('wijkbudget.submit.sentLink')}
          </a>
        </p>
      )}
    </>
  );
}

/** The questions about the plan itself, asked the same way of a resident and of staff typing in a resident's plan. */
export function PlanFields({
  buurten,
  errors,
  values,
}: {
  buurten: Props['buurten'];
  errors: FieldErrors;
  values: FormValues;
}) {
  const v = (name: string) => textValue(values, name);
  return (
    <>
      <TextInput
        name="title"
        label={t('wijkbudget.submit.planTitle')}
        value={v('title')}
        error={errors.title}
        required
      />
      <Textarea
        name="description"
        label={t('wijkbudget.submit.description')}
        hint={t('wijkbudget.submit.descriptionHint')}
        value={v('description')}
        error={errors.description}
        rows={8}
        required
      />
      <Select
        name="buurtCode"
        label={t('wijkbudget.submit.buurt')}
        value={v('buurtCode')}
        error={errors.buurtCode}
        options={[
          { value: '', label: t('wijkbudget.submit.buurtChoose') },
          ...buurten.map((b) => ({ value: b.code, label: b.name })),
        ]}
        required
      />
      <TextInput
        name="location"
        label={t('wijkbudget.submit.location')}
        hint={t('wijkbudget.submit.locationHint')}
        value={v('location')}
        error={errors.location}
      />
      <TextInput
        name="costEuros"
        label={t('wijkbudget.submit.cost')}
        hint={t('wijkbudget.submit.costHint')}
        value={v('costEuros')}
        error={errors.costEuros}
        inputmode="numeric"
        required
      />
    </>
  );
}
