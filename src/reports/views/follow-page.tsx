// SPDX-License-Identifier: EUPL-1.2
/** The reporter's own page, reached through the follow link: no account, no one else's data. */
import { ErrorSummary } from '../../platform/components/error-summary.tsx';
import { CsrfField, Radios, SubmitButton, Textarea } from '../../platform/components/field.tsx';
import { PublicAnswer } from '../../platform/components/public-answer.tsx';
import { Timeline } from '../../platform/components/timeline.tsx';
import { type FieldErrors, type FormValues, textValue } from '../../platform/forms.ts';
import { t } from '../../platform/i18n.ts';
import type { HistoryEntry } from '../../platform/workflow/service.ts';
import { reportPaths } from '../paths.ts';
import { canReopen, isCategory, isReportStatus, type ReportStatus, referenceOf } from '../rules.ts';
import type { Report } from '../service.ts';
import { Notice, ReportStatusTag, SafeChannel, statusTone } from './parts.tsx';

interface Props {
  report: Report;
  token: string;
  buurtName: string;
  history: HistoryEntry[];
  csrfToken: string;
  /** Just sent: show the reference and say to keep the link. */
  justSent?: boolean;
  /** The reporter's answer was saved: 'solved' or 'reopened'. */
  thanks?: 'solved' | 'reopened' | undefined;
  errors?: FieldErrors | undefined;
  values?: FormValues | undefined;
}

export function FollowPage(props: Props) {
  const { report } = props;
  const status = report.status as ReportStatus;
  const reference = referenceOf(report.id);
  return (
    <>
      <ErrorSummary errors={props.errors} />
      {props.thanks ? (
        <Notice kind="ok">
          {t(props.thanks === 'solved' ? 'reports.feedback.thanksSolved' : 'reports.feedback.thanksReopened')}
        </Notice>
      ) : null}
      <h1 class="utrecht-heading-1">
        {props.justSent ? t('reports.sent.title') : t('reports.follow.title', { reference })}
      </h1>
      {props.justSent ? (
        <>
          <p class="utrecht-paragraph">
            <strong>{t('reports.sent.reference', { reference })}</strong>
          </p>
          <p class="utrecht-paragraph">{t('reports.sent.keepLink')}</p>
          {report.contactEmail ? <p class="utrecht-paragraph">{t('reports.sent.mailed')}</p> : null}
        </>
      ) : null}
      <h2 class="utrecht-heading-2">{t('reports.follow.status')}</h2>
      <p class="utrecht-paragraph">
        <ReportStatusTag status={status} />
      </p>
      <p class="utrecht-paragraph">{t(`reports.status.explain.${status}`)}</p>
      {report.forwardedTo && status === 'forwarded' ? (
        <p class="utrecht-paragraph">{t('reports.follow.forwardedTo', { name: report.forwardedTo })}</p>
      ) : null}
      {status === 'merged' && report.mergedIntoId !== null ? (
        <p class="utrecht-paragraph">
          {t('reports.follow.merged', { reference: referenceOf(report.mergedIntoId) })}
        </p>
      ) : null}
      {report.publicAnswer && report.answeredAt ? (
        <PublicAnswer
          heading={t('reports.follow.answerHeading')}
          body={report.publicAnswer}
          answeredBy={t('reports.follow.answeredBy')}
          answeredOn={report.answeredAt}
        />
      ) : null}
      <Feedback {...props} />
      {report.sensitive ? <SafeChannel /> : null}
      <h2 class="utrecht-heading-2">{t('reports.follow.history')}</h2>
      <Timeline
        entries={[
          { at: report.createdAt, title: t('reports.status.received') },
          ...props.history.map((entry) => ({
            at: entry.changedAt,
            title: isReportStatus(entry.toStatus) ? t(`reports.status.${entry.toStatus}`) : entry.toStatus,
            body: entry.reason ?? undefined,
            status: isReportStatus(entry.toStatus)
              ? { label: t(`reports.status.${entry.toStatus}`), tone: statusTone[entry.toStatus] }
              : undefined,
          })),
        ]}
      />
      <h2 class="utrecht-heading-2">{t('reports.follow.yours')}</h2>
      <dl class="facts">
        <dt>{t('reports.summary.what')}</dt>
        <dd>{isCategory(report.category) ? t(`reports.category.${report.category}`) : report.category}</dd>
        <dt>{t('reports.summary.where')}</dt>
        <dd>
          {props.buurtName}: {report.location}
        </dd>
        <dt>{t('reports.describe.description')}</dt>
        <dd>{report.description}</dd>
      </dl>
      {report.hasPhoto ? (
        <figure>
          <img src={reportPaths.followPhoto(props.token)} alt={t('reports.follow.photo')} width="320" />
        </figure>
      ) : null}
    </>
  );
}

/** After closing: did it solve the problem? "No" reopens the report, once, with a reason. */
function Feedback(props: Props) {
  const { report } = props;
  if (report.solved === true) return <p class="utrecht-paragraph">{t('reports.feedback.givenSolved')}</p>;
  if (report.status !== 'closed') return null;
  if (!canReopen({ status: 'closed', reopenedAt: report.reopenedAt }))
    return <p class="utrecht-paragraph">{t('reports.feedback.reopenedOnce')}</p>;
  const errors = props.errors ?? {};
  return (
    <form
      method="post"
      action={`${reportPaths.follow(props.token)}/antwoord`}
      class="utrecht-form"
      novalidate
    >
      <CsrfField token={props.csrfToken} />
      <Radios
        name="solved"
        legend={t('reports.feedback.legend')}
        error={errors.solved}
        checked={textValue(props.values, 'solved')}
        options={[
          { value: 'yes', label: t('reports.feedback.yes') },
          { value: 'no', label: t('reports.feedback.no') },
        ]}
      />
      <Textarea
        name="reason"
        label={t('reports.feedback.reason')}
        hint={t('reports.feedback.reasonHint')}
        value={textValue(props.values, 'reason')}
        error={errors.reason}
        rows={4}
      />
      <SubmitButton label={t('reports.feedback.send')} />
    </form>
  );
}
