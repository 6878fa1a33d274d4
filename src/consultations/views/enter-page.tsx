// SPDX-License-Identifier: EUPL-1.2
import { ErrorSummary } from '../../platform/components/error-summary.tsx';
import { CsrfField, Radios, SubmitButton, Textarea, TextInput } from '../../platform/components/field.tsx';
import { type FieldErrors, type FormValues, textValue } from '../../platform/forms.ts';
import { t } from '../../platform/i18n.ts';
import { consultationsPaths } from '../paths.ts';
import type { Consultation } from '../service.ts';

/** Staff enter a reaction collected on paper or at a meeting; it enters the same feedback loop. */
export function EnterContributionPage(props: {
  consultation: Consultation;
  csrfToken: string;
  errors?: FieldErrors | undefined;
  values?: FormValues | undefined;
}) {
  const errors = props.errors ?? {};
  const values = props.values ?? {};
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1 class="utrecht-heading-1">{t('consultations.enter.title')}</h1>
      <p class="utrecht-paragraph">{props.consultation.title}</p>
      <form
        method="post"
        action={consultationsPaths.admin.enterContribution(props.consultation.id)}
        class="utrecht-form"
        novalidate
      >
        <CsrfField token={props.csrfToken} />
        <Radios
          name="channel"
          legend={t('consultations.enter.channel')}
          error={errors.channel}
          checked={textValue(values, 'channel')}
          options={(['paper', 'meeting'] as const).map((ch) => ({
            value: ch,
            label: t(`consultations.contribution.channel.${ch}`),
          }))}
        />
        <Textarea
          name="body"
          label={t('consultations.contribute.body')}
          value={textValue(values, 'body')}
          error={errors.body}
          rows={6}
          required
        />
        <TextInput
          name="peopleCount"
          inputmode="numeric"
          label={t('consultations.enter.people')}
          hint={t('consultations.enter.people.hint')}
          value={textValue(values, 'peopleCount') || '1'}
          error={errors.peopleCount}
        />
        <SubmitButton label={t('consultations.enter.submit')} />
      </form>
    </>
  );
}
