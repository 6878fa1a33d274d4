// SPDX-License-Identifier: EUPL-1.2
import { ErrorSummary } from '../../platform/components/error-summary.tsx';
import { CsrfField, Radios, Select, SubmitButton, TextInput } from '../../platform/components/field.tsx';
import { type FieldErrors, type FormValues, textValue } from '../../platform/forms.ts';
import { formatDate, formatNumber, t } from '../../platform/i18n.ts';
import type { BatchListing } from '../code-batches.ts';
import { helpDeskSituations } from '../forms.ts';
import { wijkbudgetPaths } from '../paths.ts';
import type { Round } from '../service.ts';
import { Notice, PhaseLine, RoundNav } from './admin-parts.tsx';
import { CodeRequestList } from './code-batches.tsx';

interface Props {
  round: Round;
  batches: BatchListing[];
  counts: { made: number; used: number | null };
  /** Why no codes can be made now, or null when they can. */
  refusal: string | null;
  /** Voting has opened: a batch is a request that a second staff member confirms. */
  fourEyes: boolean;
  /** The buurten of the round's area, for letters meant for one buurt. */
  buurten: { code: string; name: string }[];
  userId: number;
  csrfToken: string;
  canEnterPaper: boolean;
  /** What happened to the last request (a sentence), or a refusal of it. */
  notice?: { kind: 'ok' | 'warning'; text: string } | undefined;
  failed?: { form: 'batch' | 'help-desk'; errors: FieldErrors; values: FormValues } | undefined;
}

/** One line per batch: what it is for, its codes, and who asked, made, confirmed or rejected it. */
function batchLine(b: BatchListing): string {
  const date = formatDate(b.createdAt instanceof Date ? b.createdAt : new Date(b.createdAt));
  const values = { label: b.label, size: formatNumber(b.size), date };
  const parts = [
    b.status === 'made'
      ? t(
          b.kind === 'help-desk' ? 'wijkbudget.admin.codes.helpDeskRow' : 'wijkbudget.admin.codes.batchRow',
          values,
        )
      : t(
          b.kind === 'help-desk'
            ? 'wijkbudget.admin.codes.helpDeskRequestRow'
            : 'wijkbudget.admin.codes.requestRow',
          values,
        ),
  ];
  if (b.buurtName) parts.push(t('wijkbudget.admin.codes.forBuurt', { buurt: b.buurtName }));
  const requester = b.createdBy ?? t('admin.audit.system');
  const decider = b.decidedBy ?? t('admin.audit.system');
  if (b.status === 'requested') parts.push(t('wijkbudget.admin.codes.statusRequested', { name: requester }));
  if (b.status === 'rejected') parts.push(t('wijkbudget.admin.codes.statusRejected', { name: decider }));
  if (b.status === 'made' && b.decidedAt)
    parts.push(t('wijkbudget.admin.codes.statusConfirmed', { requester, confirmer: decider }));
  return parts.join(' ');
}

/**
 * Voting codes: make a batch for the letters (a PDF or CSV download), or one code at the help desk.
 * Once voting has opened, both are requests that another staff member confirms (four eyes).
 */
export function AdminCodesPage(props: Props) {
  const { round, batches, counts, refusal, fourEyes, csrfToken, canEnterPaper, failed } = props;
  const errorsOf = (form: 'batch' | 'help-desk') => (failed?.form === form ? failed.errors : {});
  const typed = (form: 'batch' | 'help-desk', name: string) =>
    failed?.form === form ? textValue(failed.values, name) : '';
  const requests = batches.filter((b) => b.status === 'requested');
  return (
    <>
      <ErrorSummary errors={failed?.errors} />
      {refusal ? <Notice kind="warning">{refusal}</Notice> : null}
      {props.notice ? <Notice kind={props.notice.kind}>{props.notice.text}</Notice> : null}
      <p class="pre-heading">{round.title}</p>
      <h1 class="utrecht-heading-1">{t('wijkbudget.admin.codes.title')}</h1>
      <PhaseLine phase={round.phase} />
      <RoundNav roundId={round.id} current="codes" canManage canEnterPaper={canEnterPaper} />
      <p class="utrecht-paragraph">{t('wijkbudget.admin.codes.intro')}</p>
      <p class="utrecht-paragraph">
        {counts.used === null
          ? t('wijkbudget.admin.codes.made', { made: formatNumber(counts.made) })
          : t('wijkbudget.admin.codes.madeAndUsed', {
              made: formatNumber(counts.made),
              used: formatNumber(counts.used),
            })}
      </p>
      {fourEyes && !refusal ? <p class="utrecht-paragraph">{t('wijkbudget.admin.codes.fourEyes')}</p> : null}

      {requests.length > 0 || (fourEyes && !refusal) ? (
        <CodeRequestList roundId={round.id} requests={requests} userId={props.userId} csrfToken={csrfToken} />
      ) : null}

      {refusal ? null : (
        <>
          <section aria-labelledby="reeks">
            <h2 class="utrecht-heading-2" id="reeks">
              {t('wijkbudget.admin.codes.batchTitle')}
            </h2>
            <p class="utrecht-paragraph">{t('wijkbudget.admin.codes.batchIntro')}</p>
            <form
              method="post"
              action={wijkbudgetPaths.admin.codes(round.id)}
              class="utrecht-form"
              novalidate
            >
              <CsrfField token={csrfToken} />
              <TextInput
                name="label"
                label={t('wijkbudget.admin.codes.label')}
                hint={t('wijkbudget.admin.codes.labelHint')}
                value={typed('batch', 'label')}
                error={errorsOf('batch').label}
                required
              />
              <TextInput
                name="size"
                label={t('wijkbudget.admin.codes.size')}
                hint={t('wijkbudget.admin.codes.sizeHint')}
                value={typed('batch', 'size')}
                error={errorsOf('batch').size}
                inputmode="numeric"
                required
              />
              <Select
                name="buurtCode"
                label={t('wijkbudget.admin.codes.buurt')}
                hint={t('wijkbudget.admin.codes.buurtHint')}
                value={typed('batch', 'buurtCode')}
                error={errorsOf('batch').buurtCode}
                options={[
                  { value: '', label: t('wijkbudget.admin.codes.noBuurt') },
                  ...props.buurten.map((b) => ({ value: b.code, label: b.name })),
                ]}
              />
              <Radios
                name="format"
                legend={t('wijkbudget.admin.codes.format')}
                hint={t('wijkbudget.admin.codes.formatHint')}
                error={errorsOf('batch').format}
                options={[
                  { value: 'pdf', label: t('wijkbudget.admin.codes.format.pdf') },
                  { value: 'csv', label: t('wijkbudget.admin.codes.format.csv') },
                ]}
                checked={typed('batch', 'format') || 'pdf'}
              />
              <SubmitButton
                label={
                  fourEyes
                    ? t('wijkbudget.admin.codes.batchRequest')
                    : t('wijkbudget.admin.codes.batchSubmit')
                }
              />
            </form>
          </section>

          <section aria-labelledby="balie">
            <h2 class="utrecht-heading-2" id="balie">
              {t('wijkbudget.admin.codes.helpDeskTitle')}
            </h2>
            <p class="utrecht-paragraph">{t('wijkbudget.admin.codes.helpDeskIntro')}</p>
            <form
              method="post"
              action={wijkbudgetPaths.admin.helpDeskCode(round.id)}
              class="utrecht-form"
              novalidate
            >
              <CsrfField token={csrfToken} />
              <Radios
                name="situation"
                legend={t('wijkbudget.admin.codes.situation')}
                error={errorsOf('help-desk').situation}
                options={helpDeskSituations.map((value) => ({
                  value,
                  label: t(`wijkbudget.admin.codes.situation.${value}`),
                }))}
                checked={typed('help-desk', 'situation')}
              />
              <TextInput
                name="letter"
                label={t('wijkbudget.admin.codes.letter')}
                hint={t('wijkbudget.admin.codes.letterHint')}
                value={typed('help-desk', 'letter')}
                error={errorsOf('help-desk').letter}
              />
              <SubmitButton
                label={
                  fourEyes
                    ? t('wijkbudget.admin.codes.helpDeskRequest')
                    : t('wijkbudget.admin.codes.helpDeskSubmit')
                }
              />
            </form>
          </section>
        </>
      )}

      <section aria-labelledby="reeksen">
        <h2 class="utrecht-heading-2" id="reeksen">
          {t('wijkbudget.admin.codes.batchesTitle')}
        </h2>
        {batches.length === 0 ? (
          <p class="utrecht-paragraph">{t('wijkbudget.admin.codes.noBatches')}</p>
        ) : null}
        <ul class="plain-list">
          {batches.map((b) => (
            <li>{batchLine(b)}</li>
          ))}
        </ul>
      </section>
    </>
  );
}

/**
 * The one time a help-desk code is shown, with its own letter number (to replace it if it is lost too)
 * and, for a lost letter, that the letter's code no longer works. Never stored by a browser or a cache.
 */
export function HelpDeskCodePage({
  round,
  code,
  letter,
  replaced,
}: {
  round: Round;
  code: string;
  /** This code's own letter number. */
  letter: string;
  /** The letter number whose code this one replaces, or null. */
  replaced: string | null;
}) {
  return (
    <>
      <p class="pre-heading">{round.title}</p>
      <h1 class="utrecht-heading-1">{t('wijkbudget.admin.helpDesk.title')}</h1>
      {replaced ? (
        <Notice kind="ok">{t('wijkbudget.admin.helpDesk.replaced', { letter: replaced })}</Notice>
      ) : null}
      <p class="utrecht-paragraph">{t('wijkbudget.admin.helpDesk.intro')}</p>
      <p class="utrecht-heading-2">
        <code>{code}</code>
      </p>
      <p class="utrecht-paragraph">{t('wijkbudget.admin.helpDesk.once')}</p>
      <p class="utrecht-paragraph">{t('wijkbudget.admin.helpDesk.number', { letter })}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={wijkbudgetPaths.admin.codes(round.id)}>
          {t('wijkbudget.admin.helpDesk.back')}
        </a>
      </p>
    </>
  );
}
