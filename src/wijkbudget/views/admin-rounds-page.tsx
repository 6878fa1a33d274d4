// SPDX-License-Identifier: EUPL-1.2
import { ErrorSummary } from '../../platform/components/error-summary.tsx';
import {
  Checkboxes,
  CsrfField,
  Select,
  SubmitButton,
  Textarea,
  TextInput,
} from '../../platform/components/field.tsx';
import { type FieldErrors, type FormValues, listValue, textValue } from '../../platform/forms.ts';
import { formatDate, formatEuros, t } from '../../platform/i18n.ts';
import { eligibilities, localInputValue, trackerChoices } from '../forms.ts';
import { wijkbudgetPaths } from '../paths.ts';
import {
  ballotKinds,
  canChangeRoundSetting,
  type Phase,
  phaseMessages,
  type RoundSetting,
  roundDateFields,
  wijkbudgetRules,
} from '../rules.ts';
import type { Round } from '../service.ts';

export interface WijkOption {
  slug: string;
  name: string;
}

/** The round as the settings form shows it before anything is typed. */
export function roundValues(round: Round): FormValues {
  return {
    title: round.title,
    intro: round.intro,
    wijkSlug: round.wijkSlug ?? '',
    budgetEuros: String(round.budgetCents / 100n),
    ballotKind: round.ballotKind,
    ballotLimit: round.ballotLimit === null ? '' : String(round.ballotLimit),
    rule: round.rule,
    minimumAge: String(round.minimumAge),
    eligibility: round.eligibility,
    moderatePlans: round.moderatePlans ? '1' : '',
    trackers: round.trackers ? 'on' : 'off',
    ...Object.fromEntries(roundDateFields.map((f) => [f, localInputValue(round[f])])),
  };
}

/** Which setting each field belongs to, to say on the form which fields are locked in this phase. */
const fieldSettings: Record<string, RoundSetting> = {
  title: 'text',
  intro: 'text',
  wijkSlug: 'area',
  budgetEuros: 'budget',
  ballotKind: 'ballot',
  ballotLimit: 'ballot',
  trackers: 'ballot',
  rule: 'rule',
  minimumAge: 'eligibility',
  eligibility: 'eligibility',
  ...Object.fromEntries(roundDateFields.map((f) => [f, f])),
};

/** The fields of a round, for the new-round form and the settings form. */
export function RoundFields({
  values,
  errors,
  wijken,
  phase,
}: {
  values: FormValues;
  errors: FieldErrors;
  wijken: WijkOption[];
  /** The round's phase when editing: locked fields say so in their hint. */
  phase?: Phase;
}) {
  const locked = (field: string, hint?: string) =>
    phase && !canChangeRoundSetting(phase, fieldSettings[field]!)
      ? t('wijkbudget.admin.round.locked', { phase: t(phaseMessages[phase]) })
      : hint;
  const field = (name: string) => ({ name, value: textValue(values, name), error: errors[name] });
  return (
    <>
      <TextInput
        {...field('title')}
        label={t('wijkbudget.admin.round.title')}
        hint={locked('title')}
        required
      />
      <Textarea
        {...field('intro')}
        label={t('wijkbudget.admin.round.intro')}
        hint={locked('intro', t('wijkbudget.admin.round.introHint'))}
        rows={5}
        required
      />
      <Select
        {...field('wijkSlug')}
        label={t('wijkbudget.admin.round.area')}
        hint={locked('wijkSlug')}
        options={[
          { value: '', label: t('wijkbudget.admin.round.allZuidwest') },
          ...wijken.map((w) => ({ value: w.slug, label: w.name })),
        ]}
      />
      <TextInput
        {...field('budgetEuros')}
        label={t('wijkbudget.admin.round.budget')}
        hint={locked('budgetEuros', t('wijkbudget.admin.round.budgetHint'))}
        inputmode="numeric"
        required
      />
      <Select
        {...field('ballotKind')}
        label={t('wijkbudget.admin.round.ballotKind')}
        hint={locked('ballotKind')}
        options={ballotKinds.map((k) => ({
          value: k,
          label: t(`wijkbudget.admin.ballotKind.${k}`),
        }))}
        required
      />
      <TextInput
        {...field('ballotLimit')}
        label={t('wijkbudget.admin.round.ballotLimit')}
        hint={locked('ballotLimit', t('wijkbudget.admin.round.ballotLimitHint'))}
        inputmode="numeric"
      />
      <Select
        {...field('trackers')}
        label={t('wijkbudget.admin.round.trackers')}
        hint={locked('trackers', t('wijkbudget.admin.round.trackersHint'))}
        options={trackerChoices.map((choice) => ({
          value: choice,
          label: t(`wijkbudget.admin.trackers.${choice}`),
        }))}
        required
      />
      <Select
        {...field('rule')}
        label={t('wijkbudget.admin.round.rule')}
        hint={locked('rule', t('wijkbudget.admin.round.ruleHint'))}
        options={wijkbudgetRules.map((r) => ({
          value: r,
          label: t(`wijkbudget.admin.rule.${r}`),
        }))}
        required
      />
      <TextInput
        {...field('minimumAge')}
        label={t('wijkbudget.admin.round.minimumAge')}
        hint={locked('minimumAge')}
        inputmode="numeric"
        required
      />
      <Select
        {...field('eligibility')}
        label={t('wijkbudget.admin.round.eligibility')}
        hint={locked('eligibility')}
        options={eligibilities.map((e) => ({
          value: e,
          label: t(`wijkbudget.admin.eligibility.${e}`),
        }))}
        required
      />
      <Checkboxes
        name="moderatePlans"
        legend={t('wijkbudget.admin.round.moderation')}
        hint={t('wijkbudget.admin.round.moderationHint')}
        options={[{ value: '1', label: t('wijkbudget.admin.round.moderatePlans') }]}
        checked={listValue(values, 'moderatePlans')}
      />
      <fieldset class="utrecht-form-fieldset">
        <legend class="utrecht-form-label">{t('wijkbudget.admin.round.dates')}</legend>
        <p class="utrecht-paragraph">{t('wijkbudget.admin.round.datesHint')}</p>
        {roundDateFields.map((f) => (
          <TextInput
            type="datetime-local"
            {...field(f)}
            label={t(`wijkbudget.admin.date.${f}`)}
            hint={locked(f)}
          />
        ))}
      </fieldset>
    </>
  );
}

export function NewRoundPage({
  csrfToken,
  wijken,
  errors = {},
  values = {},
}: {
  csrfToken: string;
  wijken: WijkOption[];
  errors?: FieldErrors;
  values?: FormValues;
}) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1 class="utrecht-heading-1">{t('wijkbudget.admin.new.title')}</h1>
      <p class="utrecht-paragraph">{t('wijkbudget.admin.new.intro')}</p>
      <form method="post" action={wijkbudgetPaths.admin.newRound} class="utrecht-form" novalidate>
        <CsrfField token={csrfToken} />
        <RoundFields values={values} errors={errors} wijken={wijken} />
        <SubmitButton label={t('wijkbudget.admin.new.submit')} />
      </form>
    </>
  );
}

export function RoundsPage({ rounds, canManage }: { rounds: Round[]; canManage: boolean }) {
  return (
    <>
      <h1 class="utrecht-heading-1">{t('wijkbudget.admin.title')}</h1>
      <p class="utrecht-paragraph">{t('wijkbudget.admin.intro')}</p>
      {canManage ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={wijkbudgetPaths.admin.newRound}>
            {t('wijkbudget.admin.new.title')}
          </a>
        </p>
      ) : null}
      {rounds.length === 0 ? <p class="utrecht-paragraph">{t('wijkbudget.admin.noRounds')}</p> : null}
      <ul class="plain-list">
        {rounds.map((r) => (
          <li class="card">
            <h2 class="utrecht-heading-3">
              <a class="utrecht-link" href={wijkbudgetPaths.admin.round(r.id)}>
                {r.title}
              </a>
            </h2>
            <p class="utrecht-paragraph">
              {t('wijkbudget.admin.list.summary', {
                phase: t(phaseMessages[r.phase]),
                area: r.wijkName ?? t('wijkbudget.admin.round.allZuidwest'),
                budget: formatEuros(Number(r.budgetCents / 100n)),
              })}
            </p>
            <p class="utrecht-paragraph muted">
              {t('wijkbudget.admin.list.voting', {
                from: formatDate(r.voteFrom),
                until: formatDate(r.voteUntil),
              })}
              {r.demo ? ` ${t('wijkbudget.admin.list.demo')}` : ''}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
