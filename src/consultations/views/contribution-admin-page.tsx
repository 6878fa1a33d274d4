// SPDX-License-Identifier: EUPL-1.2
import { ErrorSummary } from '../../platform/components/error-summary.tsx';
import { CsrfField, Select, SubmitButton, Textarea, TextInput } from '../../platform/components/field.tsx';
import { type FieldErrors, type FormValues, textValue } from '../../platform/forms.ts';
import { t } from '../../platform/i18n.ts';
import type { HistoryEntry } from '../../platform/workflow/service.ts';
import { StatusHistory } from '../../platform/workflow/views/status-history.tsx';
import type { getContributionForStaff } from '../contribution-service.ts';
import { consultationsPaths } from '../paths.ts';
import type { Consultation } from '../service.ts';
import type { ContributionStatus } from '../types.ts';
import { ContributionItem } from './contributions.tsx';

type Contribution = NonNullable<Awaited<ReturnType<typeof getContributionForStaff>>>;

interface Props {
  contribution: Contribution;
  consultation: Consultation;
  next: ContributionStatus[];
  history: HistoryEntry[];
  csrfToken: string;
  today: string;
  errors?: FieldErrors | undefined;
  values?: FormValues | undefined;
  saved?: boolean;
}

/** Staff: one contribution, as the public sees it, with the form for its next status and its public answer. */
export function ContributionAdminPage(props: Props) {
  const { contribution: c, errors = {}, values = {} } = props;
  const field = (name: string) => ({ name, value: textValue(values, name), error: errors[name] });
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1 class="utrecht-heading-1">
        {t('consultations.admin.contribution.title', { number: c.id, title: props.consultation.title })}
      </h1>
      {props.saved ? (
        <p class="utrecht-alert utrecht-alert--ok" role="status">
          {t('consultations.admin.contribution.saved')}
        </p>
      ) : null}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={consultationsPaths.admin.queue}>
          {t('consultations.queue.link')}
        </a>
      </p>
      <ol class="plain-list contributions">
        <ContributionItem contribution={c} consultation={props.consultation} today={props.today} />
      </ol>
      <p class="utrecht-paragraph">
        {c.wantsMail
          ? t('consultations.admin.contribution.wantsMail')
          : t('consultations.admin.contribution.noMail')}
      </p>
      {props.next.length === 0 ? (
        <p class="utrecht-paragraph">{t('consultations.admin.contribution.final')}</p>
      ) : (
        <form
          method="post"
          action={consultationsPaths.admin.contribution(c.id)}
          class="utrecht-form"
          novalidate
        >
          <CsrfField token={props.csrfToken} />
          <input type="hidden" name="from" value={c.status} />
          <Select
            {...field('status')}
            label={t('consultations.admin.contribution.status')}
            options={props.next.map((s) => ({ value: s, label: t(`consultations.status.${s}`) }))}
            required
          />
          <Textarea
            {...field('answer')}
            label={t('consultations.admin.contribution.answer')}
            hint={t('consultations.admin.contribution.answer.hint')}
            rows={6}
          />
          <Textarea
            {...field('reason')}
            label={t('consultations.admin.contribution.reason')}
            hint={t('consultations.admin.contribution.reason.hint')}
            rows={3}
          />
          <TextInput
            {...field('mergeInto')}
            inputmode="numeric"
            label={t('consultations.admin.contribution.mergeInto')}
            hint={t('consultations.admin.contribution.mergeInto.hint')}
          />
          <SubmitButton label={t('consultations.admin.contribution.submit')} />
        </form>
      )}
      <StatusHistory
        entries={props.history}
        label={(s) => t(`consultations.status.${s as ContributionStatus}`)}
        showNames
      />
    </>
  );
}
