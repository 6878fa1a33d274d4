// SPDX-License-Identifier: EUPL-1.2
import { ErrorSummary } from '../../platform/components/error-summary.tsx';
import { CsrfField, SubmitButton, TextInput } from '../../platform/components/field.tsx';
import { type FieldErrors, type FormValues, listValue, textValue } from '../../platform/forms.ts';
import { t } from '../../platform/i18n.ts';
import { wijkbudgetPaths } from '../paths.ts';
import { remainingBudget } from '../rules.ts';
import type { Plan, Round } from '../service.ts';
import { ballotDescription, euros, PhaseBanner, RoundHeading, when } from './parts.tsx';

const ballotScriptPath = wijkbudgetPaths.ballotScript;

interface BallotProps {
  round: Round;
  plans: Plan[];
  csrfToken: string;
  errors?: FieldErrors;
  values?: FormValues;
}

function PlanChoice({ round, plan, values }: { round: Round; plan: Plan; values: FormValues }) {
  const id = `plan-${plan.id}`;
  const details = (
    <>
      <span class="plan-choice__title">{plan.title}</span>{' '}
      <span class="plan-choice__cost">{euros(plan.costCents)}</span>
    </>
  );
  return (
    <li class="plan-choice">
      {plan.hasPhoto ? (
        <img
          class="plan-choice__photo"
          src={wijkbudgetPaths.planPhoto(round.slug, plan.id)}
          alt=""
          width="96"
          height="72"
          loading="lazy"
        />
      ) : null}
      {round.ballot.kind === 'points' ? (
        <div class="plan-choice__points">
          <label class="utrecht-form-label" for={id}>
            {details}
          </label>
          <input
            class="utrecht-textbox points-input"
            type="number"
            min="0"
            step="1"
            inputmode="numeric"
            id={id}
            name={`points-${plan.id}`}
            value={textValue(values, `points-${plan.id}`)}
          />
        </div>
      ) : (
        <div class="checkbox-group__item">
          <input
            class="utrecht-checkbox"
            type="checkbox"
            id={id}
            name="plan"
            value={String(plan.id)}
            checked={listValue(values, 'plan').includes(String(plan.id))}
            data-cost={String(Number(plan.costCents ?? 0n) / 100)}
          />
          <label class="utrecht-form-label" for={id}>
            {details}
          </label>
        </div>
      )}
      <p class="utrecht-paragraph plan-choice__more">
        <a class="utrecht-link" href={wijkbudgetPaths.plan(round.slug, plan.id)}>
          {t('wijkbudget.vote.readMore', { title: plan.title })}
        </a>
      </p>
    </li>
  );
}

/** The ballot: the code, the plans, the declaration. Works without JavaScript; a script adds a running total. */
export function BallotPage({ round, plans, csrfToken, errors = {}, values = {} }: BallotProps) {
  const chosen = remainingBudget(
    round.budgetCents,
    plans.map((p) => ({ id: String(p.id), costCents: p.costCents ?? 0n })),
    listValue(values, 'plan'),
  );
  return (
    <>
      <ErrorSummary errors={errors} />
      <RoundHeading round={round} title={t('wijkbudget.vote.title', { round: round.title })} />
      <PhaseBanner round={round} />
      <form
        method="post"
        action={wijkbudgetPaths.vote(round.slug)}
        class="utrecht-form ballot-form"
        novalidate
      >
        <CsrfField token={csrfToken} />
        <TextInput
          name="code"
          label={t('wijkbudget.vote.code')}
          hint={t('wijkbudget.code.hint')}
          value={textValue(values, 'code')}
          error={errors.code}
          autocomplete="off"
          required
        />
        <fieldset
          class={`utrecht-form-fieldset${errors.plan ? ' utrecht-form-field--invalid' : ''}`}
          id="field-plan"
          aria-describedby={errors.plan ? 'field-plan-hint field-plan-error' : 'field-plan-hint'}
        >
          <legend class="utrecht-form-label">{t('wijkbudget.vote.plans')}</legend>
          <div class="utrecht-form-field-description" id="field-plan-hint">
            {ballotDescription(round.ballot)}{' '}
            {round.ballot.kind === 'budget'
              ? `${t('wijkbudget.vote.budgetIs', { budget: euros(round.budgetCents) })} ${t('wijkbudget.vote.totalLater')}`
              : ''}
          </div>
          {errors.plan ? (
            <div class="utrecht-form-field-error-message" id="field-plan-error">
              {errors.plan}
            </div>
          ) : null}
          <ul class="plan-choices">
            {plans.map((plan) => (
              <PlanChoice round={round} plan={plan} values={values} />
            ))}
          </ul>
        </fieldset>
        {round.ballot.kind === 'budget' ? (
          // Hidden until the script shows it: without JavaScript it could not follow the boxes, and a total
          // that stays at "€ 0 gekozen" while plans are ticked would lie. The confirm page shows the total.
          <p
            class="utrecht-paragraph ballot-total"
            id="ballot-total"
            hidden
            aria-live="polite"
            data-budget={String(Number(round.budgetCents) / 100)}
            data-template={t('wijkbudget.vote.remainingBudget')}
            data-template-over={t('wijkbudget.vote.overBudget')}
          >
            {/* Over the budget, say by how much rather than "nog € -1.000 over". */}
            {chosen.remainingCents < 0n
              ? t('wijkbudget.vote.overBudget', {
                  total: euros(chosen.chosenCents),
                  over: euros(-chosen.remainingCents),
                  budget: euros(round.budgetCents),
                })
              : t('wijkbudget.vote.remainingBudget', {
                  chosen: euros(chosen.chosenCents),
                  remaining: euros(chosen.remainingCents),
                })}
          </p>
        ) : null}
        <div class={`utrecht-form-field${errors.declaration ? ' utrecht-form-field--invalid' : ''}`}>
          {errors.declaration ? (
            <div class="utrecht-form-field-error-message" id="field-declaration-error">
              {errors.declaration}
            </div>
          ) : null}
          <div class="checkbox-group__item">
            <input
              class="utrecht-checkbox"
              type="checkbox"
              id="field-declaration"
              name="declaration"
              value="1"
              checked={textValue(values, 'declaration') === '1'}
              aria-describedby={errors.declaration ? 'field-declaration-error' : undefined}
            />
            <label class="utrecht-form-label" for="field-declaration">
              {t('wijkbudget.vote.declaration', {
                age: round.minimumAge,
                area: round.wijkName ?? t('wijkbudget.area.all'),
              })}
            </label>
          </div>
        </div>
        <SubmitButton label={t('wijkbudget.vote.check')} />
      </form>
      {round.ballot.kind === 'budget' ? <script src={ballotScriptPath} defer /> : null}
    </>
  );
}

/** Hidden fields that carry the choice from the check to the cast (and back to the ballot). */
function ChoiceFields({ values }: { values: FormValues }) {
  return (
    <>
      {Object.entries(values).flatMap(([name, value]) =>
        name === 'tracker' || name === '_back'
          ? []
          : [value].flat().map((v) => <input type="hidden" name={name} value={v} />),
      )}
    </>
  );
}

export function ConfirmPage(props: {
  round: Round;
  chosen: { plan: Plan; points: number | null }[];
  totalCents: bigint;
  csrfToken: string;
  values: FormValues;
}) {
  const { round } = props;
  return (
    <>
      <RoundHeading round={round} title={t('wijkbudget.confirm.title')} />
      <p class="utrecht-paragraph">{t('wijkbudget.confirm.intro')}</p>
      <ul class="utrecht-unordered-list confirm-list">
        {props.chosen.map(({ plan, points }) => (
          <li>
            {plan.title}:{' '}
            {points === null ? euros(plan.costCents) : t('wijkbudget.confirm.points', { points })}
          </li>
        ))}
      </ul>
      {round.ballot.kind === 'points' ? null : (
        <p class="utrecht-paragraph">{t('wijkbudget.confirm.total', { total: euros(props.totalCents) })}</p>
      )}
      <p class="utrecht-paragraph">
        <strong>{t('wijkbudget.confirm.final')}</strong>
      </p>
      <form method="post" action={wijkbudgetPaths.castVote(round.slug)} class="utrecht-form">
        <CsrfField token={props.csrfToken} />
        <ChoiceFields values={props.values} />
        {round.trackers ? (
          <>
            <div class="checkbox-group__item">
              <input
                class="utrecht-checkbox"
                type="checkbox"
                id="field-tracker"
                name="tracker"
                value="1"
                aria-describedby="field-tracker-hint"
              />
              <label class="utrecht-form-label" for="field-tracker">
                {t('wijkbudget.confirm.tracker')}
              </label>
            </div>
            <div class="utrecht-form-field-description" id="field-tracker-hint">
              {t('wijkbudget.confirm.trackerHint')}
            </div>
          </>
        ) : null}
        <SubmitButton label={t('wijkbudget.confirm.cast')} />
      </form>
      <form method="post" action={wijkbudgetPaths.vote(round.slug)} class="utrecht-form">
        <CsrfField token={props.csrfToken} />
        <ChoiceFields values={props.values} />
        <input type="hidden" name="_back" value="1" />
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">
          {t('wijkbudget.confirm.back')}
        </button>
      </form>
    </>
  );
}

export function CastPage({ round, tracker }: { round: Round; tracker: string | null }) {
  return (
    <>
      <RoundHeading round={round} title={t('wijkbudget.cast.title')} />
      <p class="utrecht-paragraph lead">{t('wijkbudget.cast.thanks')}</p>
      {tracker ? (
        <div class="tracker">
          <p class="utrecht-paragraph">{t('wijkbudget.cast.trackerIntro')}</p>
          <p class="tracker__code">{tracker}</p>
          <p class="utrecht-paragraph">{t('wijkbudget.cast.trackerOnce')}</p>
        </div>
      ) : null}
      <p class="utrecht-paragraph">{t('wijkbudget.cast.next', { date: when(round.resultBy) })}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={wijkbudgetPaths.round(round.slug)}>
          {t('wijkbudget.plan.back', { round: round.title })}
        </a>
      </p>
    </>
  );
}

export function VotingClosedPage({ round }: { round: Round }) {
  return (
    <>
      <RoundHeading round={round} title={t('wijkbudget.vote.title', { round: round.title })} />
      <PhaseBanner round={round} />
      <p class="utrecht-paragraph">
        {round.eligibility === 'paper'
          ? t('wijkbudget.vote.paperOnly')
          : t('wijkbudget.vote.closed', { from: when(round.voteFrom), until: when(round.voteUntil) })}
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={wijkbudgetPaths.round(round.slug)}>
          {t('wijkbudget.plan.back', { round: round.title })}
        </a>
      </p>
    </>
  );
}

export function DemoCodePage({ round, code }: { round: Round; code: string }) {
  return (
    <>
      <RoundHeading round={round} title={t('wijkbudget.demo.codeTitle')} />
      <p class="utrecht-paragraph">{t('wijkbudget.demo.codeShown')}</p>
      <p class="tracker__code">{code}</p>
      <p class="utrecht-paragraph">
        <a
          class="utrecht-button utrecht-button--primary-action button-link"
          href={wijkbudgetPaths.vote(round.slug)}
        >
          {t('wijkbudget.vote.link')}
        </a>
      </p>
    </>
  );
}
