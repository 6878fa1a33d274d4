// SPDX-License-Identifier: EUPL-1.2

import type { Role } from '../../platform/auth/roles.ts';
import { ErrorSummary } from '../../platform/components/error-summary.tsx';
import { CsrfField, Select, SubmitButton, Textarea, TextInput } from '../../platform/components/field.tsx';
import { type FieldErrors, type FormValues, textValue } from '../../platform/forms.ts';
import { t } from '../../platform/i18n.ts';
import type { HistoryEntry } from '../../platform/workflow/service.ts';
import { StatusHistory } from '../../platform/workflow/views/status-history.tsx';
import { programmePaths } from '../paths.ts';
import { type MeasureStatus, nextStatuses } from '../rules.ts';
import type { MeasureDetail, MeasureFormOptions } from '../service.ts';
import { MeasureFields } from './measure-fields.tsx';
import { StatusTag, statusLabel } from './measure-status.tsx';

export type EditForm = 'details' | 'status' | 'update';

interface Props {
  measure: MeasureDetail;
  csrfToken: string;
  options: MeasureFormOptions;
  canChooseAlliance: boolean;
  /** What the signed-in person may choose (their role), and the history with staff names. */
  role: Role;
  history: HistoryEntry[];
  /** Which of the three forms was sent, with its errors and what the user typed. */
  failed?: { form: EditForm; errors: FieldErrors; values: FormValues };
  saved?: string | undefined;
}

/** What the details form shows before anything is typed: the measure as it is. */
function currentValues(measure: MeasureDetail): FormValues {
  return {
    title: measure.title,
    summary: measure.summary,
    description: measure.description ?? '',
    budgetEuros: measure.budgetEuros === null ? '' : String(measure.budgetEuros),
    fundingSource: measure.fundingSource ?? '',
    lineSlugs: measure.lines.map((l) => l.slug),
    wijkSlugs: measure.wijken.map((w) => w.slug),
    allianceSlug: measure.alliance?.slug ?? '',
  };
}

export function EditMeasurePage({
  measure,
  csrfToken,
  options: formOptions,
  canChooseAlliance,
  role,
  history,
  failed,
  saved,
}: Props) {
  const errorsOf = (form: EditForm) => (failed?.form === form ? failed.errors : {});
  const typedOr = (form: EditForm, field: string, fallback: string) =>
    failed?.form === form ? textValue(failed.values, field) : fallback;
  const details = errorsOf('details');
  const statusErrors = errorsOf('status');
  const update = errorsOf('update');
  const options = nextStatuses(measure.status, role).map((s) => ({ value: s, label: statusLabel(s) }));
  const today = new Date().toISOString().slice(0, 10);
  return (
    <>
      <ErrorSummary errors={failed?.errors} />
      {saved ? (
        <div class="utrecht-alert utrecht-alert--ok" role="status">
          <p class="utrecht-paragraph">{saved}</p>
        </div>
      ) : null}
      <p class="pre-heading">{t('admin.measure.preHeading')}</p>
      <h1 class="utrecht-heading-1">{measure.title}</h1>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={programmePaths.measure(measure.slug)}>
          {t('admin.measure.viewPublic')}
        </a>
      </p>

      <section aria-labelledby="voortgang">
        <h2 class="utrecht-heading-2" id="voortgang">
          {t('admin.update.title')}
        </h2>
        <form
          method="post"
          action={programmePaths.admin.measureUpdate(measure.id)}
          class="utrecht-form"
          novalidate
        >
          <CsrfField token={csrfToken} />
          <TextInput
            name="publishedOn"
            type="date"
            label={t('admin.update.date')}
            hint={t('admin.update.dateHint')}
            value={typedOr('update', 'publishedOn', today)}
            error={update.publishedOn}
            required
          />
          <Textarea
            name="body"
            label={t('admin.update.body')}
            hint={t('admin.update.bodyHint')}
            value={typedOr('update', 'body', '')}
            error={update.body}
            required
            rows={6}
          />
          <SubmitButton label={t('admin.update.submit')} />
        </form>
      </section>

      <section aria-labelledby="status">
        <h2 class="utrecht-heading-2" id="status">
          {t('admin.status.title')}
        </h2>
        <p class="utrecht-paragraph">
          {t('admin.status.current')} <StatusTag status={measure.status} />
        </p>
        <form
          method="post"
          action={programmePaths.admin.measureStatus(measure.id)}
          class="utrecht-form"
          novalidate
        >
          <CsrfField token={csrfToken} />
          {/* The status this page showed: saving checks it is still the status, so two people never both change it. */}
          <input type="hidden" name="from" value={typedOr('status', 'from', '') || measure.status} />
          <Select
            name="status"
            label={t('admin.status.new')}
            options={options}
            value={typedOr('status', 'status', options[0]?.value ?? '')}
            error={statusErrors.status}
            required
          />
          <Textarea
            name="note"
            label={t('admin.status.note')}
            hint={t('admin.status.noteHint')}
            value={typedOr('status', 'note', '')}
            error={statusErrors.note}
            rows={3}
          />
          <SubmitButton label={t('admin.status.submit')} />
        </form>
        <StatusHistory
          entries={history}
          label={(s) => statusLabel(s as MeasureStatus)}
          showNames
          headingLevel={3}
        />
      </section>

      <section aria-labelledby="gegevens">
        <h2 class="utrecht-heading-2" id="gegevens">
          {t('admin.details.title')}
        </h2>
        <form method="post" action={programmePaths.admin.measure(measure.id)} class="utrecht-form" novalidate>
          <CsrfField token={csrfToken} />
          <MeasureFields
            values={failed?.form === 'details' ? failed.values : currentValues(measure)}
            errors={details}
            options={formOptions}
            canChooseAlliance={canChooseAlliance}
          />
          <SubmitButton label={t('admin.details.submit')} />
        </form>
      </section>
    </>
  );
}
