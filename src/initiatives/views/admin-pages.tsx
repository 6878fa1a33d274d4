// SPDX-License-Identifier: EUPL-1.2

import { ErrorSummary } from '../../platform/components/error-summary.tsx';
import { CsrfField, Select, SubmitButton, Textarea, TextInput } from '../../platform/components/field.tsx';
import { FilterForm, FilterSelect } from '../../platform/components/filter-form.tsx';
import { Pagination } from '../../platform/components/pagination.tsx';
import { StatusTag } from '../../platform/components/status-tag.tsx';
import { Table } from '../../platform/components/table.tsx';
import { type FieldErrors, type FormValues, textValue } from '../../platform/forms.ts';
import { formatDate, formatEuros, t } from '../../platform/i18n.ts';
import type { HistoryEntry } from '../../platform/workflow/service.ts';
import { StatusHistory } from '../../platform/workflow/views/status-history.tsx';
import { initiativesPaths } from '../paths.ts';
import { type InitiativeStatus, initiativeStatuses, isOverdue } from '../rules.ts';
import type { Application, InitiativeSettings } from '../service.ts';
import type { pendingDecision } from '../staff-service.ts';
import { InitiativeStatusTag, statusLabel } from './pages.tsx';

export const adminBase = initiativesPaths.admin.list;

interface ListRow {
  id: number;
  title: string | null;
  status: InitiativeStatus;
  decisionDueOn: string | null;
  wijk: string | null;
  askedEuros: number;
  demo: boolean;
}

export function AdminListPage(props: {
  rows: ListRow[];
  total: number;
  page: number;
  pageCount: number;
  query: Record<string, string | undefined>;
  wijken: { slug: string; name: string }[];
  today: string;
  canManage: boolean;
}) {
  return (
    <>
      <h1 class="utrecht-heading-1">{t('initiatives.admin.title')}</h1>
      {props.canManage ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`${adminBase}/instellingen`}>
            {t('initiatives.admin.settings.title')}
          </a>
        </p>
      ) : null}
      <FilterForm action={adminBase} label={t('initiatives.admin.filter')} resetHref={adminBase}>
        <FilterSelect
          name="status"
          label={t('initiatives.admin.column.status')}
          value={props.query.status}
          options={initiativeStatuses
            .filter((s) => s !== 'draft')
            .map((s) => ({ value: s, label: statusLabel(s) }))}
        />
        <FilterSelect
          name="wijk"
          label={t('initiatives.admin.column.wijk')}
          value={props.query.wijk}
          options={props.wijken.map((w) => ({ value: w.slug, label: w.name }))}
        />
        <FilterSelect
          name="termijn"
          label={t('initiatives.admin.column.due')}
          value={props.query.termijn}
          options={[{ value: 'verlopen', label: t('initiatives.admin.overdueOnly') }]}
        />
      </FilterForm>
      <p class="utrecht-paragraph">{t('initiatives.admin.count', { count: props.total })}</p>
      <Table
        caption={t('initiatives.admin.caption')}
        empty={t('initiatives.admin.empty')}
        rows={props.rows}
        columns={[
          { header: t('initiatives.admin.column.number'), cell: (r) => String(r.id), rowHeader: true },
          {
            header: t('initiatives.admin.column.title'),
            cell: (r) => (
              <>
                <a class="utrecht-link" href={`${adminBase}/${r.id}`}>
                  {r.title ?? t('initiatives.mine.untitled')}
                </a>
                {r.demo ? (
                  <>
                    {' '}
                    <StatusTag label={t('initiatives.example')} tone="neutral" />
                  </>
                ) : null}
              </>
            ),
          },
          { header: t('initiatives.admin.column.wijk'), cell: (r) => r.wijk ?? t('initiatives.unknown') },
          {
            header: t('initiatives.admin.column.status'),
            cell: (r) => <InitiativeStatusTag status={r.status} />,
          },
          {
            header: t('initiatives.admin.column.asked'),
            cell: (r) => formatEuros(r.askedEuros),
            numeric: true,
          },
          {
            header: t('initiatives.admin.column.due'),
            cell: (r) =>
              r.decisionDueOn ? (
                <>
                  {formatDate(r.decisionDueOn)}
                  {isOverdue(r.status, r.decisionDueOn, props.today) ? (
                    <>
                      {' '}
                      <StatusTag label={t('initiatives.admin.overdue')} tone="danger" />
                    </>
                  ) : null}
                </>
              ) : (
                '—'
              ),
          },
        ]}
      />
      <Pagination path={adminBase} query={props.query} page={props.page} pageCount={props.pageCount} />
    </>
  );
}

export function AdminApplicationPage(props: {
  application: Application;
  wijk: string | null;
  applicantEmail: string | null;
  history: HistoryEntry[];
  next: InitiativeStatus[];
  pending: Awaited<ReturnType<typeof pendingDecision>>;
  pendingByMe: boolean;
  canDecide: boolean;
  settings: InitiativeSettings;
  csrfToken: string;
  errors?: FieldErrors;
  values?: FormValues;
  notice?: string | undefined;
  today: string;
}) {
  const a = props.application;
  const errors = props.errors ?? {};
  const total = a.budgetLines.reduce((sum, line) => sum + line.amountEuros, 0);
  const row = (label: string, value: string | null) => (
    <>
      <dt>{label}</dt>
      <dd>{value ?? t('initiatives.unknown')}</dd>
    </>
  );
  return (
    <>
      <ErrorSummary errors={errors} />
      {props.notice ? <div class="utrecht-alert utrecht-alert--info">{props.notice}</div> : null}
      <h1 class="utrecht-heading-1">{a.title ?? t('initiatives.mine.untitled')}</h1>
      <p class="utrecht-paragraph">
        {t('initiatives.application.number', { id: a.id })} <InitiativeStatusTag status={a.status} />
        {a.demo ? (
          <>
            {' '}
            <StatusTag label={t('initiatives.example')} tone="neutral" />
          </>
        ) : null}
      </p>
      {a.decisionDueOn ? (
        <p class="utrecht-paragraph">
          {t('initiatives.admin.dueOn', { date: formatDate(a.decisionDueOn) })}
          {isOverdue(a.status, a.decisionDueOn, props.today) ? (
            <>
              {' '}
              <StatusTag label={t('initiatives.admin.overdue')} tone="danger" />
            </>
          ) : null}
        </p>
      ) : null}
      <dl class="facts">
        {row(t('initiatives.form.groupName'), a.groupName)}
        {row(t('initiatives.form.contactName'), a.contactName)}
        {row(t('initiatives.admin.email'), props.applicantEmail)}
        {row(t('initiatives.form.phone'), a.phone)}
        {row(t('initiatives.form.description'), a.description)}
        {row(t('initiatives.admin.column.wijk'), props.wijk)}
        {row(t('initiatives.form.location'), a.location)}
        {row(t('initiatives.form.startsOn'), a.startsOn ? formatDate(a.startsOn) : null)}
        {row(t('initiatives.form.endsOn'), a.endsOn ? formatDate(a.endsOn) : null)}
        {row(t('initiatives.form.audience'), a.audience)}
        {row(t('initiatives.form.participants'), a.participants === null ? null : String(a.participants))}
        {row(
          t('initiatives.form.consentLegend'),
          t(a.publishConsent ? 'initiatives.admin.yes' : 'initiatives.admin.no'),
        )}
        {row(t('initiatives.admin.granted'), a.grantedEuros === null ? null : formatEuros(a.grantedEuros))}
      </dl>
      <Table
        caption={t('initiatives.admin.budgetCaption', {
          total: formatEuros(total),
          maximum: formatEuros(props.settings.maximumEuros),
        })}
        rows={a.budgetLines}
        columns={[
          { header: t('initiatives.admin.column.item'), cell: (l) => l.item, rowHeader: true },
          {
            header: t('initiatives.admin.column.amount'),
            cell: (l) => formatEuros(l.amountEuros),
            numeric: true,
          },
        ]}
      />
      <h2 class="utrecht-heading-2">{t('initiatives.step.bijlagen')}</h2>
      {a.attachments.length === 0 ? (
        <p class="utrecht-paragraph">{t('initiatives.admin.noAttachments')}</p>
      ) : (
        <ul class="plain-list">
          {a.attachments.map((file) => (
            <li>
              <a class="utrecht-link" href={`${adminBase}/${a.id}/bijlagen/${file.id}`}>
                {file.fileName}
              </a>
            </li>
          ))}
        </ul>
      )}
      {props.pending ? (
        <section aria-labelledby="pending-title">
          <h2 class="utrecht-heading-2" id="pending-title">
            {t('initiatives.admin.pending.title')}
          </h2>
          <p class="utrecht-paragraph">
            {t('initiatives.admin.pending.body', {
              status: statusLabel(props.pending.toStatus),
              amount: formatEuros(props.pending.grantedEuros),
              reason: props.pending.reason,
            })}
          </p>
          {props.canDecide && !props.pendingByMe ? (
            <form method="post" action={`${adminBase}/${a.id}/bevestigen`} class="utrecht-form">
              <CsrfField token={props.csrfToken} />
              <SubmitButton label={t('initiatives.admin.pending.confirm')} />
            </form>
          ) : (
            <p class="utrecht-paragraph">{t('initiatives.admin.pending.waiting')}</p>
          )}
          {props.canDecide ? (
            <form method="post" action={`${adminBase}/${a.id}/intrekken`} class="utrecht-form">
              <CsrfField token={props.csrfToken} />
              <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                {t('initiatives.admin.pending.withdraw')}
              </button>
            </form>
          ) : null}
        </section>
      ) : props.next.length > 0 ? (
        <section aria-labelledby="status-title">
          <h2 class="utrecht-heading-2" id="status-title">
            {t('initiatives.admin.status.title')}
          </h2>
          <form method="post" action={`${adminBase}/${a.id}/status`} class="utrecht-form" novalidate>
            <CsrfField token={props.csrfToken} />
            <input type="hidden" name="from" value={a.status} />
            <Select
              name="to"
              label={t('initiatives.admin.status.to')}
              value={textValue(props.values, 'to')}
              error={errors.to}
              options={[
                { value: '', label: t('initiatives.admin.status.choose') },
                ...props.next.map((s) => ({ value: s, label: statusLabel(s) })),
              ]}
            />
            <Textarea
              name="reason"
              label={t('initiatives.admin.status.reason')}
              hint={t('initiatives.admin.status.reasonHint')}
              value={textValue(props.values, 'reason')}
              error={errors.reason}
              rows={4}
            />
            {props.next.some((s) => s === 'granted' || s === 'partly-granted') ? (
              <TextInput
                name="grantedEuros"
                inputmode="numeric"
                label={t('initiatives.admin.status.amount')}
                hint={t('initiatives.admin.status.amountHint', {
                  amount: formatEuros(props.settings.fourEyesAboveEuros),
                })}
                value={textValue(props.values, 'grantedEuros')}
                error={errors.grantedEuros}
              />
            ) : null}
            <SubmitButton label={t('initiatives.admin.status.save')} />
          </form>
        </section>
      ) : null}
      <StatusHistory entries={props.history} label={statusLabel} showNames />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={adminBase}>
          {t('initiatives.admin.back')}
        </a>
      </p>
    </>
  );
}

export function AdminSettingsPage(props: {
  csrfToken: string;
  values: FormValues;
  errors?: FieldErrors;
  saved?: boolean;
}) {
  const errors = props.errors ?? {};
  const v = (name: string) => textValue(props.values, name);
  return (
    <>
      <ErrorSummary errors={errors} />
      {props.saved ? (
        <div class="utrecht-alert utrecht-alert--ok">{t('initiatives.admin.settings.saved')}</div>
      ) : null}
      <h1 class="utrecht-heading-1">{t('initiatives.admin.settings.title')}</h1>
      <form method="post" action={`${adminBase}/instellingen`} class="utrecht-form" novalidate>
        <CsrfField token={props.csrfToken} />
        <TextInput
          name="maximumEuros"
          inputmode="numeric"
          label={t('initiatives.admin.settings.maximum')}
          value={v('maximumEuros')}
          error={errors.maximumEuros}
          required
        />
        <TextInput
          name="fourEyesAboveEuros"
          inputmode="numeric"
          label={t('initiatives.admin.settings.fourEyes')}
          hint={t('initiatives.admin.settings.fourEyesHint')}
          value={v('fourEyesAboveEuros')}
          error={errors.fourEyesAboveEuros}
          required
        />
        <TextInput
          name="decisionDays"
          inputmode="numeric"
          label={t('initiatives.admin.settings.days')}
          value={v('decisionDays')}
          error={errors.decisionDays}
          required
        />
        <SubmitButton label={t('initiatives.admin.settings.save')} />
      </form>
    </>
  );
}
