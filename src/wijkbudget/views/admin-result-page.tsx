// SPDX-License-Identifier: EUPL-1.2
import { ErrorSummary } from '../../platform/components/error-summary.tsx';
import { CsrfField, SubmitButton } from '../../platform/components/field.tsx';
import type { FieldErrors } from '../../platform/forms.ts';
import { formatDate, formatEuros, formatNumber, t } from '../../platform/i18n.ts';
import type { Turnout } from '../ballot-service.ts';
import { wijkbudgetPaths } from '../paths.ts';
import type { StoredResult } from '../result-service.ts';
import { type Phase, phaseMessages } from '../rules.ts';
import type { Plan, Round } from '../service.ts';
import { TurnoutTable } from './admin-paper-page.tsx';
import { Notice, PhaseLine, RoundNav } from './admin-parts.tsx';

interface Props {
  round: Round;
  result: StoredResult | null;
  turnout: Turnout | null;
  openPaperBallots: number;
  /** Funded plans, for "Toch niet uit te voeren" after publication. */
  funded: Plan[];
  csrfToken: string;
  canEnterPaper: boolean;
  notice?: string | undefined;
  refused?: string | undefined;
  errors?: FieldErrors | undefined;
}

const countable = (phase: Phase) => phase === 'counting';

/** Count the votes, check the outcome, publish it; afterwards, the published result and its sums. */
export function AdminResultPage(props: Props) {
  const { round, result, turnout, csrfToken } = props;
  const published = result?.publishedAt ? result : null;
  return (
    <>
      <ErrorSummary errors={props.errors} />
      {props.refused ? <Notice kind="warning">{props.refused}</Notice> : null}
      {props.notice ? <Notice kind="ok">{props.notice}</Notice> : null}
      <p class="pre-heading">{round.title}</p>
      <h1 class="utrecht-heading-1">{t('wijkbudget.admin.result.title')}</h1>
      <PhaseLine phase={round.phase} />
      <RoundNav roundId={round.id} current="result" canManage canEnterPaper={props.canEnterPaper} />

      {turnout === null ? (
        <p class="utrecht-paragraph">
          {t('wijkbudget.admin.result.notYet', {
            phase: t(phaseMessages[round.phase]),
            date: formatDate(round.voteUntil),
          })}
        </p>
      ) : (
        <TurnoutTable turnout={turnout} />
      )}

      {countable(round.phase) ? (
        <section aria-labelledby="tellen">
          <h2 class="utrecht-heading-2" id="tellen">
            {t('wijkbudget.admin.result.countTitle')}
          </h2>
          {props.openPaperBallots > 0 ? (
            <p class="utrecht-paragraph">
              {t('wijkbudget.admin.result.openPaper', { count: props.openPaperBallots })}
            </p>
          ) : null}
          <p class="utrecht-paragraph">
            {result ? t('wijkbudget.admin.result.recountIntro') : t('wijkbudget.admin.result.countIntro')}
          </p>
          <form method="post" action={wijkbudgetPaths.admin.count(round.id)} class="utrecht-form">
            <CsrfField token={csrfToken} />
            <SubmitButton label={t('wijkbudget.admin.result.countSubmit')} />
          </form>
        </section>
      ) : null}

      {result ? <Outcome result={result} /> : null}

      {result && !published && countable(round.phase) ? (
        <section aria-labelledby="publiceren">
          <h2 class="utrecht-heading-2" id="publiceren">
            {t('wijkbudget.admin.result.publishTitle')}
          </h2>
          <p class="utrecht-paragraph">{t('wijkbudget.admin.result.publishWarning')}</p>
          <form
            method="post"
            action={wijkbudgetPaths.admin.publish(round.id)}
            class="utrecht-form"
            novalidate
          >
            <CsrfField token={csrfToken} />
            <div class={`utrecht-form-field${props.errors?.confirm ? ' utrecht-form-field--invalid' : ''}`}>
              {props.errors?.confirm ? (
                <div class="utrecht-form-field-error-message" id="field-confirm-error">
                  {props.errors.confirm}
                </div>
              ) : null}
              <div class="checkbox-group__item">
                <input
                  class="utrecht-checkbox utrecht-checkbox--html-input"
                  type="checkbox"
                  id="field-confirm"
                  name="confirm"
                  value="yes"
                  aria-describedby={props.errors?.confirm ? 'field-confirm-error' : undefined}
                  aria-invalid={props.errors?.confirm ? 'true' : undefined}
                />
                <label class="utrecht-form-label utrecht-form-label--checkbox" for="field-confirm">
                  {t('wijkbudget.admin.result.confirm')}
                </label>
              </div>
            </div>
            <SubmitButton label={t('wijkbudget.admin.result.publishSubmit')} />
          </form>
        </section>
      ) : null}

      {published ? (
        <section aria-labelledby="gepubliceerd">
          <h2 class="utrecht-heading-2" id="gepubliceerd">
            {t('wijkbudget.admin.result.publishedTitle')}
          </h2>
          <p class="utrecht-paragraph">
            {t('wijkbudget.admin.result.publishedOn', { date: formatDate(published.publishedAt!) })}
          </p>
          <p class="utrecht-paragraph">
            {t('wijkbudget.admin.result.resultSha', { sha: published.resultSha256 })}
          </p>
          <p class="utrecht-paragraph">
            {t('wijkbudget.admin.result.ballotsSha', { sha: published.ballotsSha256 })}
          </p>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={wijkbudgetPaths.round(round.slug)}>
              {t('wijkbudget.admin.round.viewPublic')}
            </a>
          </p>
          <h3 class="utrecht-heading-3">{t('wijkbudget.admin.result.impossibleTitle')}</h3>
          <p class="utrecht-paragraph">{t('wijkbudget.admin.result.impossibleIntro')}</p>
          <ul class="plain-list">
            {props.funded.map((p) => (
              <li>
                <a class="utrecht-link" href={wijkbudgetPaths.admin.plan(round.id, p.id)}>
                  {t('wijkbudget.admin.result.impossibleLink', { title: p.title })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/** The counted outcome: every plan with its votes, cost, whether it is chosen, and why. */
function Outcome({ result }: { result: StoredResult }) {
  const doc = result.document;
  const points = doc.plans.some((p) => p.points !== undefined);
  return (
    <section aria-labelledby="uitkomst">
      <h2 class="utrecht-heading-2" id="uitkomst">
        {result.publishedAt
          ? t('wijkbudget.admin.result.outcomeTitle')
          : t('wijkbudget.admin.result.draftTitle')}
      </h2>
      <p class="utrecht-paragraph">
        {t('wijkbudget.admin.result.summary', {
          ballots: formatNumber(doc.ballots),
          budget: formatEuros(doc.budget),
          cost: formatEuros(doc.cost),
          rule: t(`wijkbudget.admin.rule.${doc.rule}`),
        })}
      </p>
      <p class="utrecht-paragraph muted">
        {t('wijkbudget.admin.result.countedAt', { date: formatDate(result.countedAt) })}
      </p>
      <div class="utrecht-table-container">
        <table class="utrecht-table">
          <caption class="utrecht-table__caption">{t('wijkbudget.admin.result.caption')}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">
                {t('wijkbudget.admin.result.plan')}
              </th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                {t('wijkbudget.admin.result.votes')}
              </th>
              {points ? (
                <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                  {t('wijkbudget.admin.result.points')}
                </th>
              ) : null}
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                {t('wijkbudget.admin.result.cost')}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t('wijkbudget.admin.result.selected')}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t('wijkbudget.admin.result.why')}
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {doc.plans.map((p) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">
                  {p.title}
                </th>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{formatNumber(p.votes)}</td>
                {points ? (
                  <td class="utrecht-table__cell utrecht-table__cell--numeric">
                    {formatNumber(p.points ?? 0)}
                  </td>
                ) : null}
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{formatEuros(p.cost)}</td>
                <td class="utrecht-table__cell">
                  {p.selected ? t('wijkbudget.admin.result.yes') : t('wijkbudget.admin.result.no')}
                </td>
                <td class="utrecht-table__cell">{p.explanation}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
