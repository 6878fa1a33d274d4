// SPDX-License-Identifier: EUPL-1.2
/**
 * Reporting in three short steps, one question group per page (GOV.UK's "one thing per page"), without
 * JavaScript: each step is a form; the answers of the steps before travel along in hidden fields, and
 * nothing is stored before the last step is sent.
 */
import { ErrorSummary } from '../../platform/components/error-summary.tsx';
import {
  CsrfField,
  Radios,
  Select,
  SubmitButton,
  Textarea,
  TextInput,
} from '../../platform/components/field.tsx';
import { FileUpload } from '../../platform/components/file-upload.tsx';
import { type FieldErrors, type FormValues, textValue } from '../../platform/forms.ts';
import { t } from '../../platform/i18n.ts';
import { MAX_PHOTO_BYTES } from '../../platform/photos/photos.ts';
import { reportPaths } from '../paths.ts';
import { categories, isCategory, isSensitive } from '../rules.ts';
import type { BuurtChoice } from '../service.ts';
import { Notice, SafeChannel } from './parts.tsx';

export type Step = 1 | 2 | 3;

/** The fields each step asks; the later steps carry the earlier ones as hidden fields. */
const stepFields: Record<Step, string[]> = {
  1: ['category'],
  2: ['buurtCode', 'location'],
  3: ['description', 'email', 'phone'],
};

interface StepProps {
  step: Step;
  buurten: BuurtChoice[];
  csrfToken: string;
  /** A fresh form key, used when the values do not carry one yet. */
  submission: string;
  errors?: FieldErrors | undefined;
  values?: FormValues | undefined;
  /** A refusal about the whole form (too many reports in a short time). */
  refusal?: string | undefined;
}

export function ReportStartPage({ startHref }: { startHref: string }) {
  return (
    <>
      <h1 class="utrecht-heading-1">{t('reports.title')}</h1>
      <p class="utrecht-paragraph">{t('reports.intro')}</p>
      <p class="utrecht-paragraph">{t('reports.why')}</p>
      <p class="utrecht-paragraph">{t('reports.anonymous')}</p>
      <p class="utrecht-paragraph">
        <strong>{t('reports.emergency')}</strong>
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-button utrecht-button--primary-action button-link" href={startHref}>
          {t('reports.start')}
        </a>
      </p>
    </>
  );
}

export function ReportStepPage(props: StepProps) {
  const { step, errors = {}, values = {} } = props;
  const carried = ([1, 2, 3] as Step[]).filter((s) => s < step).flatMap((s) => stepFields[s]);
  const title = [t('reports.what.title'), t('reports.where.title'), t('reports.describe.title')][step - 1]!;
  const category = textValue(values, 'category');
  return (
    <>
      <ErrorSummary errors={errors} />
      {props.refusal ? <Notice kind="warning">{props.refusal}</Notice> : null}
      <p class="utrecht-paragraph step-count">{t('reports.step', { step })}</p>
      <h1 class="utrecht-heading-1">{title}</h1>
      {step === 1 ? <p class="utrecht-paragraph">{t('reports.anonymous')}</p> : null}
      {step > 1 && isSensitive(category) ? <SafeChannel /> : null}
      {step > 1 ? <Summary values={values} buurten={props.buurten} step={step} /> : null}
      <form
        method="post"
        action={reportPaths.report}
        class="utrecht-form"
        novalidate
        enctype={step === 3 ? 'multipart/form-data' : undefined}
      >
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="step" value={String(step)} />
        <input type="hidden" name="submission" value={textValue(values, 'submission') || props.submission} />
        {carried.map((name) => (
          <input type="hidden" name={name} value={textValue(values, name)} />
        ))}
        {step === 1 ? <WhatFields errors={errors} values={values} /> : null}
        {step === 2 ? <WhereFields errors={errors} values={values} buurten={props.buurten} /> : null}
        {step === 3 ? <DescribeFields errors={errors} values={values} /> : null}
        <div class="form-actions">
          <SubmitButton label={step === 3 ? t('reports.send') : t('reports.next')} />
          {step > 1 ? (
            <button
              type="submit"
              name="back"
              value="1"
              class="utrecht-button utrecht-button--secondary-action"
            >
              {t('reports.back')}
            </button>
          ) : null}
        </div>
      </form>
      {step === 1 ? <SafeChannel /> : null}
    </>
  );
}

function WhatFields({ errors, values }: { errors: FieldErrors; values: FormValues }) {
  return (
    <Radios
      name="category"
      legend={t('reports.what.legend')}
      hint={t('reports.what.hint')}
      error={errors.category}
      checked={textValue(values, 'category')}
      options={categories.map((c) => ({ value: c, label: t(`reports.category.${c}`) }))}
    />
  );
}

function WhereFields({
  errors,
  values,
  buurten,
}: {
  errors: FieldErrors;
  values: FormValues;
  buurten: BuurtChoice[];
}) {
  return (
    <>
      <Select
        name="buurtCode"
        label={t('reports.where.buurt')}
        value={textValue(values, 'buurtCode')}
        error={errors.buurtCode}
        required
        options={[
          { value: '', label: t('reports.where.buurtChoose') },
          ...buurten.map((b) => ({ value: b.code, label: `${b.name} (${b.wijken.join(', ')})` })),
        ]}
      />
      <TextInput
        name="location"
        label={t('reports.where.location')}
        hint={t('reports.where.locationHint')}
        value={textValue(values, 'location')}
        error={errors.location}
        autocomplete="street-address"
        required
      />
    </>
  );
}

function DescribeFields({ errors, values }: { errors: FieldErrors; values: FormValues }) {
  return (
    <>
      <Textarea
        name="description"
        label={t('reports.describe.description')}
        hint={t('reports.describe.descriptionHint')}
        value={textValue(values, 'description')}
        error={errors.description}
        rows={6}
        required
      />
      <FileUpload
        name="photo"
        label={t('reports.describe.photo')}
        accept={['image/jpeg', 'image/png', 'image/webp']}
        typesText={t('reports.describe.photoTypes')}
        maxBytes={MAX_PHOTO_BYTES}
        error={errors.photo}
      />
      <fieldset class="utrecht-form-fieldset" aria-describedby="contact-hint">
        <legend class="utrecht-form-label">{t('reports.contact.legend')}</legend>
        <div class="utrecht-form-field-description" id="contact-hint">
          {t('reports.contact.hint')}
        </div>
        <TextInput
          name="email"
          type="email"
          autocomplete="email"
          label={t('reports.contact.email')}
          value={textValue(values, 'email')}
          error={errors.email}
        />
        <TextInput
          name="phone"
          autocomplete="tel"
          inputmode="numeric"
          label={t('reports.contact.phone')}
          value={textValue(values, 'phone')}
          error={errors.phone}
        />
      </fieldset>
    </>
  );
}

/** What the resident answered so far, so each short page still shows the whole report. */
function Summary({ values, buurten, step }: { values: FormValues; buurten: BuurtChoice[]; step: Step }) {
  const category = textValue(values, 'category');
  const buurt = buurten.find((b) => b.code === textValue(values, 'buurtCode'));
  return (
    <dl class="facts" aria-label={t('reports.summary.title')}>
      <dt>{t('reports.summary.what')}</dt>
      <dd>{isCategory(category) ? t(`reports.category.${category}`) : ''}</dd>
      {step === 3 && buurt ? (
        <>
          <dt>{t('reports.summary.where')}</dt>
          <dd>
            {buurt.name}: {textValue(values, 'location')}
          </dd>
        </>
      ) : null}
    </dl>
  );
}
