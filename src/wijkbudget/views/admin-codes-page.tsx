// SPDX-License-Identifier: EUPL-1.2
import { ErrorSummary } from '../../platform/components/error-summary.tsx';
import { CsrfField, Radios, SubmitButton, TextInput } from '../../platform/components/field.tsx';
import { type FieldErrors, type FormValues, textValue } from '../../platform/forms.ts';
import { formatDate, formatNumber, t } from '../../platform/i18n.ts';
import { helpDeskSituations } from '../forms.ts';
import type { Round } from '../service.ts';
import { Notice, PhaseLine, RoundNav } from './admin-parts.tsx';

export interface CodeBatchRow {
  id: number;
  kind: 'letters' | 'help-desk';
  label: string;
  size: number;
  createdAt: Date | string;
}

interface Props {
  round: Round;
  batches: CodeBatchRow[];
  counts: { made: number; used: number | null };
  /** Why no codes can be made now, or null when they can. */
  refusal: string | null;
  csrfToken: string;
  canEnterPaper: boolean;
  failed?: { form: 'batch' | 'help-desk'; errors: FieldErrors; values: FormValues } | undefined;
}

/** Voting codes: make a batch for the letters (a CSV download), or one code at the help desk. */
export function AdminCodesPage({ round, batches, counts, refusal, csrfToken, canEnterPaper, failed }: Props) {
  const errorsOf = (form: 'batch' | 'help-desk') => (failed?.form === form ? failed.errors : {});
  const typed = (form: 'batch' | 'help-desk', name: string) =>
    failed?.form === form ? textValue(failed.values, name) : '';
  return (
    <>
      <ErrorSummary errors={failed?.errors} />
      {refusal ? <Notice kind="warning">{refusal}</Notice> : null}
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

      {refusal ? null : (
        <>
          <section aria-labelledby="reeks">
            <h2 class="utrecht-heading-2" id="reeks">
              {t('wijkbudget.admin.codes.batchTitle')}
            </h2>
            <p class="utrecht-paragraph">{t('wijkbudget.admin.codes.batchIntro')}</p>
            <form
              method="post"
              action={`/beheer/wijkbudget/${round.id}/stemcodes`}
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
              <SubmitButton label={t('wijkbudget.admin.codes.batchSubmit')} />
            </form>
          </section>

          <section aria-labelledby="balie">
            <h2 class="utrecht-heading-2" id="balie">
              {t('wijkbudget.admin.codes.helpDeskTitle')}
            </h2>
            <p class="utrecht-paragraph">{t('wijkbudget.admin.codes.helpDeskIntro')}</p>
            <form
              method="post"
              action={`/beheer/wijkbudget/${round.id}/stemcodes/balie`}
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
              <SubmitButton label={t('wijkbudget.admin.codes.helpDeskSubmit')} />
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
            <li>
              {t(
                b.kind === 'help-desk'
                  ? 'wijkbudget.admin.codes.helpDeskRow'
                  : 'wijkbudget.admin.codes.batchRow',
                {
                  label: b.label,
                  size: formatNumber(b.size),
                  date: formatDate(b.createdAt instanceof Date ? b.createdAt : new Date(b.createdAt)),
                },
              )}
            </li>
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
        <a class="utrecht-link" href={`/beheer/wijkbudget/${round.id}/stemcodes`}>
          {t('wijkbudget.admin.helpDesk.back')}
        </a>
      </p>
    </>
  );
}
