// SPDX-License-Identifier: EUPL-1.2
import type { Child } from 'hono/jsx';
import { DateInput } from '../../platform/components/date-input.tsx';
import { ErrorSummary } from '../../platform/components/error-summary.tsx';
import {
  Checkboxes,
  CsrfField,
  Radios,
  Select,
  SubmitButton,
  Textarea,
  TextInput,
} from '../../platform/components/field.tsx';
import { type FieldErrors, type FormValues, listValue, textValue } from '../../platform/forms.ts';
import { t } from '../../platform/i18n.ts';
import { consultationsPaths } from '../paths.ts';
import type { FormOptions } from '../service.ts';
import { consultationLevels } from '../types.ts';
import { type NearbyItem, NearbyWarning } from './nearby-warning.tsx';

interface Props {
  csrfToken: string;
  options: FormOptions;
  /** Editing this consultation (with its public address), or null for a new one. */
  editing: { id: number; slug: string; title: string } | null;
  values: FormValues;
  errors?: FieldErrors | undefined;
  nearby: NearbyItem[];
  saved?: boolean;
  /** The closing summary's form, below the consultation's. */
  children?: Child;
}

/** Staff create or edit a consultation; other consultations close by in the same wijk are a warning at the top. */
export function ConsultationFormPage({
  csrfToken,
  options,
  editing,
  values,
  errors = {},
  nearby,
  saved,
  children,
}: Props) {
  const field = (name: string) => ({ name, value: textValue(values, name), error: errors[name] });
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1 class="utrecht-heading-1">
        {editing
          ? t('consultations.admin.edit.title', { title: editing.title })
          : t('consultations.admin.new.title')}
      </h1>
      {saved ? (
        <p class="utrecht-alert utrecht-alert--ok" role="status">
          {t('consultations.admin.saved')}
        </p>
      ) : null}
      <NearbyWarning nearby={nearby} />
      {editing ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={consultationsPaths.consultation(editing.slug)}>
            {t('consultations.admin.public')}
          </a>
        </p>
      ) : null}
      {editing ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={consultationsPaths.admin.enterContribution(editing.id)}>
            {t('consultations.enter.link')}
          </a>
        </p>
      ) : null}
      <form
        method="post"
        action={editing ? consultationsPaths.admin.consultation(editing.id) : consultationsPaths.admin.create}
        class="utrecht-form"
        novalidate
      >
        <CsrfField token={csrfToken} />
        <TextInput {...field('title')} label={t('consultations.field.title')} required />
        <TextInput
          {...field('organiser')}
          label={t('consultations.field.organiser')}
          hint={t('consultations.field.organiser.hint')}
          required
        />
        <Textarea {...field('summary')} label={t('consultations.field.summary')} rows={4} required />
        <Select
          {...field('wijk')}
          label={t('consultations.field.wijk')}
          options={[
            { value: '', label: t('consultations.field.wijk.choose') },
            ...options.wijken.map((w) => ({ value: w.slug, label: w.name })),
          ]}
          required
        />
        <Checkboxes
          name="buurten"
          legend={t('consultations.field.buurten')}
          hint={t('consultations.field.buurten.hint')}
          error={errors.buurten}
          checked={listValue(values, 'buurten')}
          options={options.wijken.flatMap((w) =>
            w.buurten.map((b) => ({ value: b.code, label: `${b.name} (${w.name})` })),
          )}
        />
        <DateInput {...field('startsOn')} label={t('consultations.field.startsOn')} required />
        <DateInput {...field('endsOn')} label={t('consultations.field.endsOn')} required />
        <Radios
          name="level"
          legend={t('consultations.field.level')}
          error={errors.level}
          checked={textValue(values, 'level')}
          options={consultationLevels.map((level) => ({
            value: level,
            label: `${t(`consultations.level.${level}`)}: ${t(`consultations.levelHint.${level}`)}`,
          }))}
        />
        <Textarea {...field('openForDiscussion')} label={t('consultations.field.open')} rows={4} required />
        <Textarea
          {...field('notOpenForDiscussion')}
          label={t('consultations.field.notOpen')}
          rows={4}
          required
        />
        <DateInput
          {...field('answerPromisedOn')}
          label={t('consultations.field.answerOn')}
          hint={t('consultations.field.answerOn.hint')}
          required
        />
        <TextInput
          {...field('method')}
          label={t('consultations.field.method')}
          hint={t('consultations.field.method.hint')}
          required
        />
        <SubmitButton
          label={editing ? t('consultations.admin.edit.submit') : t('consultations.admin.new.submit')}
        />
      </form>
      {children}
    </>
  );
}
