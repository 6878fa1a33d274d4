// SPDX-License-Identifier: EUPL-1.2
/** Staff pages of reports: the triage queue, one report, and the response-time figures. */
import { ErrorSummary } from '../../platform/components/error-summary.tsx';
import { CsrfField, Select, SubmitButton, Textarea, TextInput } from '../../platform/components/field.tsx';
import { FilterForm, FilterSelect } from '../../platform/components/filter-form.tsx';
import { Pagination, type Query } from '../../platform/components/pagination.tsx';
import { Table } from '../../platform/components/table.tsx';
import { Timeline } from '../../platform/components/timeline.tsx';
import { type FieldErrors, type FormValues, textValue } from '../../platform/forms.ts';
import { formatDateTime, formatNumber, t } from '../../platform/i18n.ts';
import type { HistoryEntry } from '../../platform/workflow/service.ts';
import { reportPaths } from '../paths.ts';
import {
  categories,
  type Figures,
  isCategory,
  isOverdue,
  isReportStatus,
  referenceOf,
  reportStatuses,
  staffNextStatuses,
} from '../rules.ts';
import type { BuurtChoice, QueueRow, Report, ReportFigures } from '../service.ts';
import { DemoTag, Notice, ReportStatusTag, statusTone } from './parts.tsx';

const categoryLabel = (category: string) =>
  isCategory(category) ? t(`reports.category.${category}`) : category;

export function AdminQueuePage(props: {
  rows: QueueRow[];
  total: number;
  query: Query;
  page: number;
  pageCount: number;
  wijken: { value: string; label: string }[];
  buurten: BuurtChoice[];
  now: Date;
}) {
  const buurtName = (code: string) => props.buurten.find((b) => b.code === code)?.name ?? code;
  return (
    <>
      <h1 class="utrecht-heading-1">{t('reports.admin.title')}</h1>
      <p class="utrecht-paragraph">{t('reports.admin.intro')}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`${reportPaths.admin}/cijfers`}>
          {t('reports.admin.figuresLink')}
        </a>
      </p>
      <FilterForm action={reportPaths.admin} label={t('reports.admin.filter')} resetHref={reportPaths.admin}>
        <FilterSelect
          name="wijk"
          label={t('reports.admin.filterWijk')}
          options={props.wijken}
          value={props.query.wijk}
        />
        <FilterSelect
          name="onderwerp"
          label={t('reports.admin.filterCategory')}
          options={categories.map((c) => ({ value: c, label: t(`reports.category.${c}`) }))}
          value={props.query.onderwerp}
        />
        <FilterSelect
          name="status"
          label={t('reports.admin.filterStatus')}
          allLabel={t('reports.admin.statusOpen')}
          options={[
            { value: 'all', label: t('reports.admin.statusAll') },
            ...reportStatuses.map((s) => ({ value: s, label: t(`reports.status.${s}`) })),
          ]}
          value={props.query.status}
        />
      </FilterForm>
      <Table
        caption={t('reports.admin.caption', { count: formatNumber(props.total) })}
        empty={t('reports.admin.empty')}
        rows={props.rows}
        columns={[
          {
            header: t('reports.admin.col.reference'),
            rowHeader: true,
            cell: (r) => (
              <a class="utrecht-link" href={reportPaths.adminReport(r.id)}>
                {referenceOf(r.id)}
              </a>
            ),
          },
          {
            header: t('reports.admin.col.category'),
            cell: (r) => (
              <>
                {categoryLabel(r.category)}{' '}
                {r.sensitive ? <strong>({t('reports.admin.sensitive')})</strong> : null}{' '}
                <DemoTag demo={r.demo} />
              </>
            ),
          },
          { header: t('reports.admin.col.place'), cell: (r) => `${buurtName(r.buurtCode)}: ${r.location}` },
          { header: t('reports.admin.col.received'), cell: (r) => formatDateTime(r.createdAt) },
          {
            header: t('reports.admin.col.status'),
            cell: (r) => (
              <>
                <ReportStatusTag status={r.status} />
                {isOverdue(r, props.now) ? (
                  <strong class="overdue"> {t('reports.admin.overdue')}</strong>
                ) : null}
              </>
            ),
          },
        ]}
      />
      <Pagination
        path={reportPaths.admin}
        query={props.query}
        page={props.page}
        pageCount={props.pageCount}
        label={t('reports.admin.pages')}
      />
    </>
  );
}

export interface AdminReportProps {
  report: Report;
  buurtName: string;
  history: HistoryEntry[];
  notes: { id: number; body: string; authorName: string | null; createdAt: Date }[];
  partners: string[];
  csrfToken: string;
  notice?: string | undefined;
  /** Which form came back with errors, its errors and what was typed. */
  failed?: { form: 'status' | 'note' | 'merge'; errors: FieldErrors; values: FormValues } | undefined;
}

export function AdminReportPage(props: AdminReportProps) {
  const { report } = props;
  const reference = referenceOf(report.id);
  return (
    <>
      <ErrorSummary errors={props.failed?.errors} />
      {props.notice ? <Notice kind="ok">{props.notice}</Notice> : null}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={reportPaths.admin}>
          {t('reports.admin.report.back')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{t('reports.admin.report.title', { reference })}</h1>
      <p class="utrecht-paragraph">
        <ReportStatusTag status={report.status} /> <DemoTag demo={report.demo} />
        {report.sensitive ? <strong> {t('reports.admin.sensitive')}</strong> : null}
      </p>
      <dl class="facts">
        <dt>{t('reports.summary.what')}</dt>
        <dd>{categoryLabel(report.category)}</dd>
        <dt>{t('reports.summary.where')}</dt>
        <dd>
          {props.buurtName}: {report.location}
        </dd>
        <dt>{t('reports.describe.description')}</dt>
        <dd>{report.description}</dd>
        <dt>{t('reports.admin.report.received')}</dt>
        <dd>{formatDateTime(report.createdAt)}</dd>
        <dt>{t('reports.admin.report.contact')}</dt>
        <dd>
          {report.contactEmail || report.contactPhone
            ? [report.contactEmail, report.contactPhone].filter(Boolean).join(', ')
            : t('reports.admin.report.noContact')}
        </dd>
        {report.forwardedTo ? (
          <>
            <dt>{t('reports.admin.status.partner')}</dt>
            <dd>{report.forwardedTo}</dd>
          </>
        ) : null}
      </dl>
      {report.solved === true ? <p class="utrecht-paragraph">{t('reports.admin.report.solved')}</p> : null}
      {report.hasPhoto ? (
        <figure>
          <img
            src={`${reportPaths.adminReport(report.id)}/foto`}
            alt={t('reports.admin.report.photo')}
            width="320"
          />
        </figure>
      ) : null}
      <StatusForm {...props} />
      <NotesSection {...props} />
      <MergeForm {...props} />
      <h2 class="utrecht-heading-2">{t('reports.admin.history')}</h2>
      <Timeline
        entries={props.history.map((entry) => ({
          at: entry.changedAt,
          title: isReportStatus(entry.toStatus) ? t(`reports.status.${entry.toStatus}`) : entry.toStatus,
          body: entry.reason ?? undefined,
          actor: entry.changedByName ?? t('reports.admin.system'),
          status: isReportStatus(entry.toStatus)
            ? { label: t(`reports.status.${entry.toStatus}`), tone: statusTone[entry.toStatus] }
            : undefined,
        }))}
      />
    </>
  );
}

function formState(props: AdminReportProps, form: 'status' | 'note' | 'merge') {
  const failed = props.failed?.form === form ? props.failed : undefined;
  return { errors: failed?.errors ?? {}, values: failed?.values ?? {} };
}

function StatusForm(props: AdminReportProps) {
  const next = staffNextStatuses(props.report.status);
  const { errors, values } = formState(props, 'status');
  return (
    <section aria-labelledby="status-form">
      <h2 class="utrecht-heading-2" id="status-form">
        {t('reports.admin.status.title')}
      </h2>
      {next.length === 0 ? (
        <p class="utrecht-paragraph">{t('reports.admin.status.none')}</p>
      ) : (
        <form
          method="post"
          action={`${reportPaths.adminReport(props.report.id)}/status`}
          class="utrecht-form"
          novalidate
        >
          <CsrfField token={props.csrfToken} />
          <input type="hidden" name="from" value={props.report.status} />
          <Select
            name="to"
            label={t('reports.admin.status.next')}
            value={textValue(values, 'to')}
            error={errors.to}
            required
            options={[
              { value: '', label: t('reports.admin.status.choose') },
              ...next.map((s) => ({ value: s, label: t(`reports.status.${s}`) })),
            ]}
          />
          <Select
            name="forwardedTo"
            label={t('reports.admin.status.partner')}
            hint={t('reports.admin.status.partnerHint')}
            value={textValue(values, 'forwardedTo')}
            error={errors.forwardedTo}
            options={[
              { value: '', label: t('reports.admin.status.partnerChoose') },
              ...props.partners.map((p) => ({ value: p, label: p })),
            ]}
          />
          <Textarea
            name="answer"
            label={t('reports.admin.status.answer')}
            hint={t('reports.admin.status.answerHint')}
            value={textValue(values, 'answer')}
            error={errors.answer}
            rows={5}
          />
          <SubmitButton label={t('reports.admin.status.save')} />
        </form>
      )}
    </section>
  );
}

function NotesSection(props: AdminReportProps) {
  const { errors, values } = formState(props, 'note');
  return (
    <section aria-labelledby="notes">
      <h2 class="utrecht-heading-2" id="notes">
        {t('reports.admin.note.title')}
      </h2>
      <p class="utrecht-paragraph">{t('reports.admin.note.hint')}</p>
      {props.notes.length === 0 ? (
        <p class="utrecht-paragraph">{t('reports.admin.note.none')}</p>
      ) : (
        <ul class="utrecht-unordered-list">
          {props.notes.map((note) => (
            <li>
              <p class="utrecht-paragraph">{note.body}</p>
              <p class="utrecht-paragraph">
                <small>
                  {t('reports.admin.note.by', {
                    name: note.authorName ?? '',
                    date: formatDateTime(note.createdAt),
                  })}
                </small>
              </p>
            </li>
          ))}
        </ul>
      )}
      <form
        method="post"
        action={`${reportPaths.adminReport(props.report.id)}/notitie`}
        class="utrecht-form"
        novalidate
      >
        <CsrfField token={props.csrfToken} />
        <Textarea
          name="body"
          label={t('reports.admin.note.body')}
          value={textValue(values, 'body')}
          error={errors.body}
          rows={3}
          required
        />
        <SubmitButton label={t('reports.admin.note.save')} />
      </form>
    </section>
  );
}

function MergeForm(props: AdminReportProps) {
  if (props.report.status === 'merged' || props.report.status === 'closed') return null;
  const { errors, values } = formState(props, 'merge');
  return (
    <section aria-labelledby="merge">
      <h2 class="utrecht-heading-2" id="merge">
        {t('reports.admin.merge.title')}
      </h2>
      <form
        method="post"
        action={`${reportPaths.adminReport(props.report.id)}/samenvoegen`}
        class="utrecht-form"
        novalidate
      >
        <CsrfField token={props.csrfToken} />
        <TextInput
          name="into"
          label={t('reports.admin.merge.into')}
          hint={t('reports.admin.merge.hint')}
          value={textValue(values, 'into')}
          error={errors.into}
          required
        />
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">
          {t('reports.admin.merge.save')}
        </button>
      </form>
    </section>
  );
}

const hours = (value: number | null) => (value === null ? t('reports.figures.none') : formatNumber(value));

/** A table of figures: one row per group. Shared by the staff page and the public page. */
export function FiguresTable({
  caption,
  rows,
}: {
  caption: string;
  rows: { label: string; figures: Figures }[];
}) {
  return (
    <Table
      caption={caption}
      rows={rows}
      columns={[
        { header: t('reports.figures.col.group'), rowHeader: true, cell: (r) => r.label },
        { header: t('reports.figures.col.count'), numeric: true, cell: (r) => r.figures.count },
        { header: t('reports.figures.col.closed'), numeric: true, cell: (r) => r.figures.closed },
        {
          header: t('reports.figures.col.response'),
          numeric: true,
          cell: (r) => hours(r.figures.medianHoursToResponse),
        },
        {
          header: t('reports.figures.col.close'),
          numeric: true,
          cell: (r) => hours(r.figures.medianDaysToClose),
        },
        {
          header: t('reports.figures.col.solved'),
          numeric: true,
          cell: (r) =>
            t('reports.figures.solved', {
              solved: formatNumber(r.figures.solvedByReporter),
              judged: formatNumber(r.figures.judgedByReporter),
            }),
        },
      ]}
    />
  );
}

export function FiguresSections({ figures }: { figures: ReportFigures }) {
  return (
    <>
      <p class="utrecht-paragraph">{t('reports.figures.intro')}</p>
      <FiguresTable
        caption={t('reports.figures.all')}
        rows={[{ label: t('reports.figures.all'), figures: figures.all }]}
      />
      <FiguresTable
        caption={t('reports.figures.byCategory')}
        rows={figures.byCategory.map((g) => ({
          label: t(`reports.category.${g.group}`),
          figures: g.figures,
        }))}
      />
      <FiguresTable
        caption={t('reports.figures.byWijk')}
        rows={figures.byWijk.map((g) => ({ label: g.group.name, figures: g.figures }))}
      />
      <p class="utrecht-paragraph">{t('reports.figures.wijkNote')}</p>
    </>
  );
}

export function AdminFiguresPage({ figures }: { figures: ReportFigures }) {
  return (
    <>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={reportPaths.admin}>
          {t('reports.admin.report.back')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{t('reports.figures.title')}</h1>
      <FiguresSections figures={figures} />
    </>
  );
}
