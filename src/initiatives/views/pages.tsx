// SPDX-License-Identifier: EUPL-1.2
import type { Child } from 'hono/jsx';
import { ErrorSummary } from '../../platform/components/error-summary.tsx';
import {
  Checkboxes,
  CsrfField,
  Select,
  SubmitButton,
  Textarea,
  TextInput,
} from '../../platform/components/field.tsx';
import { FileUpload, formatBytes } from '../../platform/components/file-upload.tsx';
import { StatusTag, type StatusTone } from '../../platform/components/status-tag.tsx';
import { type FieldErrors, type FormValues, textValue } from '../../platform/forms.ts';
import { formatDate, formatEuros, t } from '../../platform/i18n.ts';
import { StatusHistory } from '../../platform/workflow/views/status-history.tsx';
import { BUDGET_ROWS } from '../forms.ts';
import { initiativesPaths as paths } from '../paths.ts';
import {
  type ApplicationStep,
  applicationSteps,
  type InitiativeStatus,
  initiativeStatuses,
  nextStepOf,
} from '../rules.ts';
import type { Application, InitiativeSettings } from '../service.ts';

export const statusTone: Record<InitiativeStatus, StatusTone> = {
  draft: 'neutral',
  received: 'info',
  'needs-info': 'warning',
  complete: 'info',
  'in-review': 'info',
  granted: 'success',
  'partly-granted': 'success',
  rejected: 'danger',
  paid: 'success',
  accounted: 'info',
  closed: 'neutral',
};

export function statusLabel(status: string): string {
  return (initiativeStatuses as readonly string[]).includes(status)
    ? t(`initiatives.status.${status as InitiativeStatus}`)
    : status;
}

export function InitiativeStatusTag({ status }: { status: InitiativeStatus }) {
  return <StatusTag label={statusLabel(status)} tone={statusTone[status]} />;
}

function Notice({ children, kind = 'info' }: { children: Child; kind?: 'info' | 'warning' | 'ok' }) {
  return <div class={`utrecht-alert utrecht-alert--${kind}`}>{children}</div>;
}

/** The start: what the regulation is for, and an e-mail address to begin or come back. */
export function HomePage(props: {
  csrfToken: string;
  errors?: FieldErrors;
  values?: FormValues;
  refusal?: string;
}) {
  const errors = props.errors ?? {};
  return (
    <>
      <ErrorSummary errors={errors} />
      {props.refusal ? <Notice kind="warning">{props.refusal}</Notice> : null}
      <h1 class="utrecht-heading-1">{t('initiatives.home.title')}</h1>
      <p class="utrecht-paragraph">{t('initiatives.home.intro')}</p>
      <p class="utrecht-paragraph">{t('initiatives.home.how')}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={paths.showcase}>
          {t('initiatives.home.showcaseLink')}
        </a>
      </p>
      <h2 class="utrecht-heading-2">{t('initiatives.start.title')}</h2>
      <p class="utrecht-paragraph">{t('initiatives.start.intro')}</p>
      <form method="post" action={paths.requestLink} class="utrecht-form" novalidate>
        <CsrfField token={props.csrfToken} />
        <TextInput
          name="email"
          type="email"
          autocomplete="email"
          label={t('initiatives.start.email')}
          hint={t('initiatives.start.emailHint')}
          value={textValue(props.values, 'email')}
          error={errors.email}
          required
        />
        <SubmitButton label={t('initiatives.start.button')} />
      </form>
    </>
  );
}

export function LinkSentPage() {
  return (
    <>
      <h1 class="utrecht-heading-1">{t('initiatives.sent.title')}</h1>
      <p class="utrecht-paragraph">{t('initiatives.sent.body')}</p>
      <p class="utrecht-paragraph">{t('initiatives.sent.noMail')}</p>
    </>
  );
}

/** A link from the mail is used with a button, so a mail program that opens links does not use it up. */
export function LinkConfirmPage({ token, csrfToken }: { token: string; csrfToken: string }) {
  return (
    <>
      <h1 class="utrecht-heading-1">{t('initiatives.link.title')}</h1>
      <p class="utrecht-paragraph">{t('initiatives.link.body')}</p>
      <form method="post" action={paths.useLink} class="utrecht-form">
        <CsrfField token={csrfToken} />
        <input type="hidden" name="token" value={token} />
        <SubmitButton label={t('initiatives.link.button')} />
      </form>
    </>
  );
}

export function LinkInvalidPage() {
  return (
    <>
      <h1 class="utrecht-heading-1">{t('initiatives.link.invalidTitle')}</h1>
      <p class="utrecht-paragraph">{t('initiatives.link.invalid')}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={paths.home}>
          {t('initiatives.link.again')}
        </a>
      </p>
    </>
  );
}

export function MinePage(props: {
  email: string;
  csrfToken: string;
  applications: {
    id: number;
    title: string | null;
    status: InitiativeStatus;
    decisionDueOn: string | null;
  }[];
}) {
  return (
    <>
      <h1 class="utrecht-heading-1">{t('initiatives.mine.title')}</h1>
      <p class="utrecht-paragraph">{t('initiatives.mine.signedInAs', { email: props.email })}</p>
      {props.applications.length === 0 ? (
        <p class="utrecht-paragraph">{t('initiatives.mine.none')}</p>
      ) : (
        <ul class="plain-list">
          {props.applications.map((a) => (
            <li>
              <a class="utrecht-link" href={paths.application(a.id)}>
                {a.title ?? t('initiatives.mine.untitled')}
              </a>{' '}
              <InitiativeStatusTag status={a.status} />
            </li>
          ))}
        </ul>
      )}
      <form method="post" action={paths.start} class="utrecht-form">
        <CsrfField token={props.csrfToken} />
        <SubmitButton label={t('initiatives.mine.new')} />
      </form>
      <form method="post" action={paths.signOut} class="utrecht-form">
        <CsrfField token={props.csrfToken} />
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">
          {t('initiatives.mine.signOut')}
        </button>
      </form>
    </>
  );
}

const stepTitle = (step: ApplicationStep) => t(`initiatives.step.${step}`);

/** The applicant's overview: where it is, what comes next, the steps and the button to send. */
export function ApplicationPage(props: {
  application: Application;
  missing: ApplicationStep[];
  editable: boolean;
  history: Parameters<typeof StatusHistory>[0]['entries'];
  csrfToken: string;
  settings: InitiativeSettings;
  refusal?: string | undefined;
}) {
  const a = props.application;
  const next = nextStepOf(a.status);
  const total = a.budgetLines.reduce((sum, line) => sum + line.amountEuros, 0);
  const needsInfo = props.history.filter((h) => h.toStatus === 'needs-info').at(-1);
  return (
    <>
      {props.refusal ? <Notice kind="warning">{props.refusal}</Notice> : null}
      <h1 class="utrecht-heading-1">{a.title ?? t('initiatives.mine.untitled')}</h1>
      <p class="utrecht-paragraph">
        {t('initiatives.application.number', { id: a.id })} <InitiativeStatusTag status={a.status} />
      </p>
      {a.status === 'needs-info' && needsInfo?.reason ? (
        <Notice kind="warning">{t('initiatives.application.missing', { reason: needsInfo.reason })}</Notice>
      ) : null}
      <h2 class="utrecht-heading-2">{t('initiatives.application.nextTitle')}</h2>
      <p class="utrecht-paragraph">{t(`initiatives.next.${a.status}`)}</p>
      {next && a.status !== 'draft' ? (
        <p class="utrecht-paragraph">
          {t('initiatives.application.nextStatus', { status: statusLabel(next) })}
        </p>
      ) : null}
      {a.decisionDueOn ? (
        <p class="utrecht-paragraph">
          {t('initiatives.application.due', { date: formatDate(a.decisionDueOn) })}
        </p>
      ) : null}
      <h2 class="utrecht-heading-2">{t('initiatives.application.stepsTitle')}</h2>
      <ol class="step-list">
        {applicationSteps.map((step) => (
          <li>
            {props.editable ? (
              <a class="utrecht-link" href={paths.step(a.id, step)}>
                {stepTitle(step)}
              </a>
            ) : (
              stepTitle(step)
            )}{' '}
            {step === 'bijlagen'
              ? t('initiatives.application.attachmentCount', { count: a.attachments.length })
              : props.missing.includes(step)
                ? t('initiatives.application.stepTodo')
                : t('initiatives.application.stepDone')}
          </li>
        ))}
      </ol>
      <p class="utrecht-paragraph">
        {t('initiatives.application.total', {
          total: formatEuros(total),
          maximum: formatEuros(props.settings.maximumEuros),
        })}
      </p>
      {props.editable ? (
        props.missing.length === 0 ? (
          <form method="post" action={paths.send(a.id)} class="utrecht-form">
            <CsrfField token={props.csrfToken} />
            <input type="hidden" name="from" value={a.status} />
            <SubmitButton
              label={t(
                a.status === 'draft' ? 'initiatives.application.send' : 'initiatives.application.sendAgain',
              )}
            />
          </form>
        ) : (
          <p class="utrecht-paragraph">{t('initiatives.application.notYet')}</p>
        )
      ) : null}
      <StatusHistory entries={props.history} label={statusLabel} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={paths.mine}>
          {t('initiatives.application.back')}
        </a>
      </p>
    </>
  );
}

export interface StepPageProps {
  application: Application;
  step: ApplicationStep;
  csrfToken: string;
  errors: FieldErrors;
  values: FormValues;
  buurten: { code: string; name: string; wijk: string }[];
  settings: InitiativeSettings;
}

/** One short step of the form: its questions, "save and continue", and the way back to the overview. */
export function StepPage(props: StepPageProps) {
  const index = applicationSteps.indexOf(props.step);
  const multipart = props.step === 'bijlagen';
  return (
    <>
      <ErrorSummary errors={props.errors} />
      <p class="utrecht-paragraph">
        {t('initiatives.step.of', { step: index + 1, count: applicationSteps.length })}
      </p>
      <h1 class="utrecht-heading-1">{stepTitle(props.step)}</h1>
      {multipart ? <Attachments {...props} /> : null}
      <form
        method="post"
        action={paths.step(props.application.id, props.step)}
        class="utrecht-form"
        enctype={multipart ? 'multipart/form-data' : undefined}
        novalidate
      >
        <CsrfField token={props.csrfToken} />
        <StepFields {...props} />
        <SubmitButton label={t(multipart ? 'initiatives.step.upload' : 'initiatives.step.save')} />
      </form>
      {multipart ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={paths.step(props.application.id, 'verklaring')}>
            {t('initiatives.step.continue')}
          </a>
        </p>
      ) : null}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={paths.application(props.application.id)}>
          {t('initiatives.step.overview')}
        </a>
      </p>
    </>
  );
}

function StepFields({ step, errors, values, buurten, settings }: StepPageProps) {
  const v = (name: string) => textValue(values, name);
  switch (step) {
    case 'wie':
      return (
        <>
          <TextInput
            name="groupName"
            label={t('initiatives.form.groupName')}
            hint={t('initiatives.form.groupNameHint')}
            value={v('groupName')}
            error={errors.groupName}
            required
          />
          <TextInput
            name="contactName"
            label={t('initiatives.form.contactName')}
            autocomplete="name"
            value={v('contactName')}
            error={errors.contactName}
            required
          />
          <TextInput
            name="phone"
            label={t('initiatives.form.phone')}
            hint={t('initiatives.form.optional')}
            autocomplete="tel"
            value={v('phone')}
            error={errors.phone}
          />
        </>
      );
    case 'wat':
      return (
        <>
          <TextInput
            name="title"
            label={t('initiatives.form.title')}
            value={v('title')}
            error={errors.title}
            required
          />
          <Textarea
            name="description"
            label={t('initiatives.form.description')}
            hint={t('initiatives.form.descriptionHint')}
            value={v('description')}
            error={errors.description}
            rows={8}
            required
          />
        </>
      );
    case 'waar':
      return (
        <>
          <Select
            name="buurtCode"
            label={t('initiatives.form.buurt')}
            value={v('buurtCode')}
            error={errors.buurtCode}
            required
            options={[
              { value: '', label: t('initiatives.form.buurtChoose') },
              ...buurten.map((b) => ({ value: b.code, label: `${b.name} (${b.wijk})` })),
            ]}
          />
          <TextInput
            name="location"
            label={t('initiatives.form.location')}
            hint={t('initiatives.form.optional')}
            value={v('location')}
            error={errors.location}
          />
        </>
      );
    case 'wanneer':
      return (
        <>
          <TextInput
            name="startsOn"
            type="date"
            label={t('initiatives.form.startsOn')}
            value={v('startsOn')}
            error={errors.startsOn}
            required
          />
          <TextInput
            name="endsOn"
            type="date"
            label={t('initiatives.form.endsOn')}
            hint={t('initiatives.form.endsOnHint')}
            value={v('endsOn')}
            error={errors.endsOn}
          />
        </>
      );
    case 'deelnemers':
      return (
        <>
          <Textarea
            name="audience"
            label={t('initiatives.form.audience')}
            hint={t('initiatives.form.audienceHint')}
            value={v('audience')}
            error={errors.audience}
            rows={4}
            required
          />
          <TextInput
            name="participants"
            inputmode="numeric"
            label={t('initiatives.form.participants')}
            value={v('participants')}
            error={errors.participants}
            required
          />
        </>
      );
    case 'begroting':
      return <BudgetFields errors={errors} values={values} settings={settings} />;
    case 'bijlagen':
      return (
        <FileUpload
          name="file"
          label={t('initiatives.form.file')}
          accept={['application/pdf', 'image/jpeg', 'image/png', 'image/webp']}
          typesText={t('initiatives.form.fileTypes')}
          maxBytes={10 * 1024 * 1024}
          error={errors.file}
        />
      );
    case 'verklaring':
      return (
        <>
          <p class="utrecht-paragraph">{t('initiatives.form.declarationText')}</p>
          <Checkboxes
            name="declared"
            legend={t('initiatives.form.declaredLegend')}
            error={errors.declared}
            options={[{ value: '1', label: t('initiatives.form.declared') }]}
            checked={v('declared') === '1' ? ['1'] : []}
          />
          <Checkboxes
            name="publishConsent"
            legend={t('initiatives.form.consentLegend')}
            hint={t('initiatives.form.consentHint')}
            options={[{ value: '1', label: t('initiatives.form.consent') }]}
            checked={v('publishConsent') === '1' ? ['1'] : []}
          />
        </>
      );
  }
}

function BudgetFields({
  errors,
  values,
  settings,
}: {
  errors: FieldErrors;
  values: FormValues;
  settings: InitiativeSettings;
}) {
  const v = (name: string) => textValue(values, name);
  return (
    <fieldset class="utrecht-form-fieldset budget-lines" id="field-budget">
      <legend class="utrecht-form-label">{t('initiatives.form.budgetLegend')}</legend>
      <p class="utrecht-form-field-description">
        {t('initiatives.form.budgetHint', { maximum: formatEuros(settings.maximumEuros) })}
      </p>
      {errors.budget ? <p class="utrecht-form-field-error-message">{errors.budget}</p> : null}
      {Array.from({ length: BUDGET_ROWS }, (_, i) => i + 1).map((row) => (
        <div class="budget-lines__row">
          <TextInput
            name={`item-${row}`}
            label={t('initiatives.form.item', { row })}
            value={v(`item-${row}`)}
            error={errors[`item-${row}`]}
          />
          <TextInput
            name={`amount-${row}`}
            inputmode="numeric"
            label={t('initiatives.form.amount', { row })}
            value={v(`amount-${row}`)}
            error={errors[`amount-${row}`]}
          />
        </div>
      ))}
    </fieldset>
  );
}

function Attachments({ application, csrfToken }: StepPageProps) {
  if (application.attachments.length === 0)
    return <p class="utrecht-paragraph">{t('initiatives.attachments.none')}</p>;
  return (
    <ul class="plain-list">
      {application.attachments.map((file) => (
        <li>
          <a class="utrecht-link" href={paths.attachment(application.id, file.id)}>
            {file.fileName}
          </a>{' '}
          ({formatBytes(file.size)})
          <form method="post" action={paths.removeAttachment(application.id, file.id)} class="inline-form">
            <CsrfField token={csrfToken} />
            <button type="submit" class="utrecht-button utrecht-button--secondary-action">
              {t('initiatives.attachments.remove', { name: file.fileName })}
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}
