// SPDX-License-Identifier: EUPL-1.2
import { ErrorSummary } from '../../platform/components/error-summary.tsx';
import { CsrfField, SubmitButton, Textarea, TextInput } from '../../platform/components/field.tsx';
import { Pagination } from '../../platform/components/pagination.tsx';
import { PublicAnswer } from '../../platform/components/public-answer.tsx';
import { StatusTag, type StatusTone } from '../../platform/components/status-tag.tsx';
import { type FieldErrors, type FormValues, textValue } from '../../platform/forms.ts';
import { formatDate, t, tPlural } from '../../platform/i18n.ts';
import type { PublicContribution } from '../contribution-service.ts';
import { consultationsPaths } from '../paths.ts';
import { isOverdue } from '../rules.ts';
import type { Consultation } from '../service.ts';
import type { ContributionStatus } from '../types.ts';
import { datesText } from './parts.tsx';

export const contributionTones: Record<ContributionStatus, StatusTone> = {
  received: 'neutral',
  'in-progress': 'info',
  answered: 'success',
  merged: 'success',
  hidden: 'danger',
};

export function ContributionStatusTag({ status }: { status: ContributionStatus }) {
  return <StatusTag label={t(`consultations.status.${status}`)} tone={contributionTones[status]} />;
}

/** Where a contribution came from, and for how many people when it came from a meeting or on paper. */
export function channelText(c: Pick<PublicContribution, 'channel' | 'peopleCount'>): string {
  const channel = t(`consultations.contribution.channel.${c.channel}`);
  return c.channel === 'online'
    ? channel
    : `${channel}, ${tPlural('consultations.contribution.people', c.peopleCount)}`;
}

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .filter((p) => p.trim())
        .map((p) => (
          <p class="utrecht-paragraph">{p.trim()}</p>
        ))}
    </>
  );
}

/** One contribution as the public sees it: the text (or the moderation reason), and the public answer. */
export function ContributionItem({
  contribution: c,
  consultation,
  today,
}: {
  contribution: PublicContribution;
  consultation: Consultation;
  today: string;
}) {
  return (
    <li class="contribution" id={`reactie-${c.id}`}>
      <h3 class="utrecht-heading-3">{t('consultations.contribution.heading', { number: c.id })}</h3>
      <p class="utrecht-paragraph">
        <ContributionStatusTag status={c.status} />{' '}
        {t('consultations.contribution.received', { date: formatDate(c.createdAt) })}. {channelText(c)}.
      </p>
      {c.status === 'hidden' ? (
        <p class="utrecht-paragraph">
          {t('consultations.contribution.hidden', { reason: c.moderationReason ?? '' })}
        </p>
      ) : (
        <Paragraphs text={c.body ?? ''} />
      )}
      {c.status === 'merged' && c.mergedIntoId !== null ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`#reactie-${c.mergedIntoId}`}>
            {t('consultations.contribution.merged', { number: c.mergedIntoId })}
          </a>
        </p>
      ) : null}
      {isOverdue({ status: c.status, answerPromisedOn: consultation.answerPromisedOn }, today) ? (
        <p class="utrecht-paragraph">
          <StatusTag label={t('consultations.overdue')} tone="warning" />{' '}
          {t('consultations.contribution.overdue')}
        </p>
      ) : null}
      {c.status === 'answered' && c.answer && c.answeredAt ? (
        <PublicAnswer
          body={c.answer}
          answeredBy={consultation.organiser}
          answeredOn={c.answeredAt}
          heading={t('consultations.contribution.answerHeading', { number: c.id })}
          headingLevel={3}
        />
      ) : null}
    </li>
  );
}

export function ContributionList(props: {
  consultation: Consultation;
  contributions: PublicContribution[];
  total: number;
  page: number;
  pageCount: number;
  today: string;
}) {
  return (
    <section aria-labelledby="reacties" id="reacties-lijst">
      <h2 class="utrecht-heading-2" id="reacties">
        {t('consultations.contributions.title')}
      </h2>
      <p class="utrecht-paragraph">{tPlural('consultations.contributions.count', props.total)}</p>
      {props.contributions.length === 0 ? (
        <p class="utrecht-paragraph">{t('consultations.contributions.empty')}</p>
      ) : (
        <ol class="plain-list contributions">
          {props.contributions.map((c) => (
            <ContributionItem contribution={c} consultation={props.consultation} today={props.today} />
          ))}
        </ol>
      )}
      <Pagination
        path={consultationsPaths.consultation(props.consultation.slug)}
        query={{}}
        page={props.page}
        pageCount={props.pageCount}
        label={t('consultations.contributions.pages')}
      />
    </section>
  );
}

/** The resident's form: no account, e-mail only for the answer. Only while the consultation is open. */
export function ContributeForm(props: {
  consultation: Consultation;
  open: boolean;
  csrfToken: string | null;
  errors?: FieldErrors | undefined;
  values?: FormValues | undefined;
  notice?: string | undefined;
  sent?: boolean;
}) {
  const c = props.consultation;
  const errors = props.errors ?? {};
  return (
    <section aria-labelledby="reageren" id="reageren-blok">
      <h2 class="utrecht-heading-2" id="reageren">
        {t('consultations.contribute.title')}
      </h2>
      {props.sent ? (
        <p class="utrecht-alert utrecht-alert--ok" role="status">
          {t('consultations.contribute.sent', { date: formatDate(c.answerPromisedOn) })}
        </p>
      ) : null}
      {props.notice ? (
        <p class="utrecht-alert utrecht-alert--warning" role="alert">
          {props.notice}
        </p>
      ) : null}
      {props.open && props.csrfToken ? (
        <>
          <ErrorSummary errors={errors} />
          <p class="utrecht-paragraph">
            {t('consultations.contribute.intro', { date: formatDate(c.answerPromisedOn) })}
          </p>
          <form
            method="post"
            action={`${consultationsPaths.consultation(c.slug)}/reageren`}
            class="utrecht-form"
            novalidate
          >
            <CsrfField token={props.csrfToken} />
            <Textarea
              name="body"
              label={t('consultations.contribute.body')}
              value={textValue(props.values, 'body')}
              error={errors.body}
              rows={6}
              required
            />
            <TextInput
              name="email"
              type="email"
              autocomplete="email"
              label={t('consultations.contribute.email')}
              hint={t('consultations.contribute.email.hint')}
              value={textValue(props.values, 'email')}
              error={errors.email}
            />
            <SubmitButton label={t('consultations.contribute.submit')} />
          </form>
        </>
      ) : (
        <p class="utrecht-paragraph">
          {t('consultations.contribute.closed', {
            from: formatDate(c.startsOn),
            until: formatDate(c.endsOn),
          })}
        </p>
      )}
    </section>
  );
}

export { datesText };
