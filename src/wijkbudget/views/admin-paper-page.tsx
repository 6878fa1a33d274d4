// SPDX-License-Identifier: EUPL-1.2
import { ErrorSummary, fieldId } from '../../platform/components/error-summary.tsx';
import { Checkboxes, CsrfField, Select, SubmitButton, TextInput } from '../../platform/components/field.tsx';
import { type FieldErrors, type FormValues, listValue, textValue } from '../../platform/forms.ts';
import { formatEuros, formatNumber, t } from '../../platform/i18n.ts';
import type { Turnout } from '../ballot-service.ts';
import { wijkbudgetPaths } from '../paths.ts';
import { paperNeedsCode } from '../rules.ts';
import type { PaperRefusal, StoredChoice } from '../schema.ts';
import type { Plan, Round } from '../service.ts';
import { Notice, PhaseLine, RoundNav } from './admin-parts.tsx';

export interface OpenPaperBallot {
  serial: string;
  pollingPlace: string;
  firstBy: number;
  secondBy: number | null;
  firstChoice: StoredChoice;
  secondChoice: StoredChoice | null;
  /** The two entries have different voting codes (the codes themselves are never shown). */
  codesDiffer: boolean;
}

export interface RefusedPaperBallot {
  serial: string;
  refused: PaperRefusal;
}

export type PaperForm = 'place' | 'ballot';

interface Props {
  round: Round;
  userId: number;
  places: { id: number; name: string }[];
  /** The plans on the ballot (feasible), in ballot order. */
  plans: Plan[];
  open: OpenPaperBallot[];
  /** Sheets that do not count because their voting code could not be used. */
  refusedBallots: RefusedPaperBallot[];
  /** Shown only once voting has closed. */
  turnout: Turnout | null;
  /** Why paper ballots cannot be entered now, or null when they can. */
  closed: string | null;
  /** What happened to the last entry (a sentence), for the status message. */
  entered?: string | undefined;
  /** A refusal of the last entry, with the reason. */
  refused?: string | undefined;
  canManage: boolean;
  csrfToken: string;
  failed?: { form: PaperForm; errors: FieldErrors; values: FormValues } | undefined;
}

/** A stored choice as text: the plan titles (with points on a points ballot). */
function choiceText(choice: StoredChoice, titles: Map<number, string>): string {
  const title = (id: number) => titles.get(id) ?? `#${id}`;
  if ('planIds' in choice) return choice.planIds.map(title).join(', ') || '-';
  const parts = Object.entries(choice.points).map(([id, points]) =>
    t('wijkbudget.admin.paper.pointsFor', { title: title(Number(id)), points }),
  );
  return parts.join(', ') || '-';
}

export function AdminPaperPage(props: Props) {
  const { round, places, plans, open, turnout, closed, csrfToken, failed } = props;
  const errorsOf = (form: PaperForm) => (failed?.form === form ? failed.errors : {});
  const values = failed?.form === 'ballot' ? failed.values : {};
  const ballotErrors = errorsOf('ballot');
  const titles = new Map(plans.map((p) => [p.id, p.title]));
  const isPoints = round.ballot.kind === 'points';
  const needsCode = paperNeedsCode(round.eligibility);
  return (
    <>
      <ErrorSummary errors={failed?.errors} />
      {props.refused ? <Notice kind="warning">{props.refused}</Notice> : null}
      {props.entered ? <Notice kind="ok">{props.entered}</Notice> : null}
      <p class="pre-heading">{round.title}</p>
      <h1 class="utrecht-heading-1">{t('wijkbudget.admin.paper.title')}</h1>
      <PhaseLine phase={round.phase} />
      <RoundNav roundId={round.id} current="paper" canManage={props.canManage} canEnterPaper />
      <p class="utrecht-paragraph">{t('wijkbudget.admin.paper.intro')}</p>
      {needsCode ? <p class="utrecht-paragraph">{t('wijkbudget.admin.paper.introCodes')}</p> : null}

      <section aria-labelledby="invoeren">
        <h2 class="utrecht-heading-2" id="invoeren">
          {t('wijkbudget.admin.paper.enterTitle')}
        </h2>
        {closed ? (
          <p class="utrecht-paragraph">{closed}</p>
        ) : places.length === 0 ? (
          <p class="utrecht-paragraph">{t('wijkbudget.admin.paper.noPlaces')}</p>
        ) : (
          <form method="post" action={wijkbudgetPaths.admin.paper(round.id)} class="utrecht-form" novalidate>
            <CsrfField token={csrfToken} />
            <TextInput
              name="serial"
              label={t('wijkbudget.admin.paper.serial')}
              hint={t('wijkbudget.admin.paper.serialHint')}
              value={textValue(values, 'serial')}
              error={ballotErrors.serial}
              required
            />
            <Select
              name="pollingPlaceId"
              label={t('wijkbudget.admin.paper.place')}
              value={textValue(values, 'pollingPlaceId')}
              error={ballotErrors.pollingPlaceId}
              options={[
                { value: '', label: t('wijkbudget.admin.paper.choosePlace') },
                ...places.map((p) => ({ value: String(p.id), label: p.name })),
              ]}
              required
            />
            {needsCode ? (
              <TextInput
                name="code"
                label={t('wijkbudget.admin.paper.code')}
                hint={t('wijkbudget.admin.paper.codeHint')}
                value={textValue(values, 'code')}
                error={ballotErrors.code}
                autocomplete="off"
                required
              />
            ) : null}
            {isPoints ? (
              <fieldset
                class={`utrecht-form-fieldset${ballotErrors.points ? ' utrecht-form-field--invalid' : ''}`}
                id={fieldId('points')}
                aria-describedby={ballotErrors.points ? `${fieldId('points')}-error` : undefined}
              >
                <legend class="utrecht-form-label">
                  {t('wijkbudget.admin.paper.pointsLegend', {
                    points: round.ballot.kind === 'points' ? round.ballot.points : 0,
                  })}
                </legend>
                {ballotErrors.points ? (
                  <div class="utrecht-form-field-error-message" id={`${fieldId('points')}-error`}>
                    {ballotErrors.points}
                  </div>
                ) : null}
                {plans.map((p) => (
                  <TextInput
                    name={`points-${p.id}`}
                    label={p.title}
                    value={textValue(values, `points-${p.id}`)}
                    inputmode="numeric"
                  />
                ))}
              </fieldset>
            ) : (
              <Checkboxes
                name="plan"
                legend={t('wijkbudget.admin.paper.plansLegend')}
                hint={t('wijkbudget.admin.paper.plansHint')}
                error={ballotErrors.plan}
                options={plans.map((p) => ({
                  value: String(p.id),
                  label: `${p.title} (${formatEuros(Number((p.costCents ?? 0n) / 100n))})`,
                }))}
                checked={listValue(values, 'plan')}
              />
            )}
            <SubmitButton label={t('wijkbudget.admin.paper.submit')} />
          </form>
        )}
      </section>

      <section aria-labelledby="open">
        <h2 class="utrecht-heading-2" id="open">
          {t('wijkbudget.admin.paper.openTitle', { count: open.length })}
        </h2>
        {open.length === 0 ? <p class="utrecht-paragraph">{t('wijkbudget.admin.paper.noneOpen')}</p> : null}
        <ul class="plain-list">
          {open.map((b) => (
            <li class="card">
              <h3 class="utrecht-heading-4">
                {/* No polling place: during voting no page adds up paper ballots per place (ADR 0008). */}
                {t('wijkbudget.admin.paper.ballot', { serial: b.serial })}
              </h3>
              {b.secondChoice === null ? (
                // The first entry stays hidden: the second person must enter the paper on their own.
                <p class="utrecht-paragraph">
                  {b.firstBy === props.userId
                    ? t('wijkbudget.admin.paper.waitingYours')
                    : t('wijkbudget.admin.paper.waiting')}
                </p>
              ) : (
                <>
                  <p class="utrecht-paragraph">{t('wijkbudget.admin.paper.mismatch')}</p>
                  <dl class="facts">
                    <dt>
                      {b.firstBy === props.userId
                        ? t('wijkbudget.admin.paper.firstEntryYours')
                        : t('wijkbudget.admin.paper.firstEntry')}
                    </dt>
                    <dd>{choiceText(b.firstChoice, titles)}</dd>
                    <dt>
                      {b.secondBy === props.userId
                        ? t('wijkbudget.admin.paper.secondEntryYours')
                        : t('wijkbudget.admin.paper.secondEntry')}
                    </dt>
                    <dd>{choiceText(b.secondChoice, titles)}</dd>
                    {needsCode ? (
                      <>
                        <dt>{t('wijkbudget.admin.paper.codeTitle')}</dt>
                        <dd>
                          {b.codesDiffer
                            ? t('wijkbudget.admin.paper.codeDifferent')
                            : t('wijkbudget.admin.paper.codeSame')}
                        </dd>
                      </>
                    ) : null}
                  </dl>
                </>
              )}
            </li>
          ))}
        </ul>
      </section>

      {props.refusedBallots.length > 0 ? (
        <section aria-labelledby="geweigerd">
          <h2 class="utrecht-heading-2" id="geweigerd">
            {t('wijkbudget.admin.paper.refusedTitle', { count: props.refusedBallots.length })}
          </h2>
          <p class="utrecht-paragraph">{t('wijkbudget.admin.paper.refusedIntro')}</p>
          <ul class="plain-list">
            {props.refusedBallots.map((b) => (
              <li>
                {/* No polling place, like the open sheets: no counts per place during voting (ADR 0008). */}
                {t('wijkbudget.admin.paper.refusedRow', {
                  serial: b.serial,
                  reason: t(`wijkbudget.admin.paper.refusal.${b.refused}`),
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="opkomst">
        <h2 class="utrecht-heading-2" id="opkomst">
          {t('wijkbudget.admin.turnout.title')}
        </h2>
        {turnout ? (
          <TurnoutTable turnout={turnout} />
        ) : (
          <p class="utrecht-paragraph">{t('wijkbudget.admin.turnout.hidden')}</p>
        )}
      </section>

      <section aria-labelledby="stembureaus">
        <h2 class="utrecht-heading-2" id="stembureaus">
          {t('wijkbudget.admin.places.title')}
        </h2>
        {places.length === 0 ? null : (
          <ul class="plain-list">
            {places.map((p) => (
              <li>{p.name}</li>
            ))}
          </ul>
        )}
        <form
          method="post"
          action={wijkbudgetPaths.admin.pollingPlaces(round.id)}
          class="utrecht-form"
          novalidate
        >
          <CsrfField token={csrfToken} />
          <TextInput
            name="name"
            label={t('wijkbudget.admin.places.name')}
            hint={t('wijkbudget.admin.places.nameHint')}
            value={failed?.form === 'place' ? textValue(failed.values, 'name') : ''}
            error={errorsOf('place').name}
            required
          />
          <SubmitButton label={t('wijkbudget.admin.places.submit')} />
        </form>
      </section>
    </>
  );
}

/** How many ballots count, online and per polling place. Only rendered once voting has closed. */
export function TurnoutTable({ turnout }: { turnout: Turnout }) {
  return (
    <div class="utrecht-table-container">
      <table class="utrecht-table">
        <caption class="utrecht-table__caption">{t('wijkbudget.admin.turnout.caption')}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">
              {t('wijkbudget.admin.turnout.where')}
            </th>
            <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
              {t('wijkbudget.admin.turnout.ballots')}
            </th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="row">
              {t('wijkbudget.admin.turnout.online')}
            </th>
            <td class="utrecht-table__cell utrecht-table__cell--numeric">{formatNumber(turnout.online)}</td>
          </tr>
          {turnout.places.map((p) => (
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">
                {p.name}
              </th>
              <td class="utrecht-table__cell utrecht-table__cell--numeric">{formatNumber(p.ballots)}</td>
            </tr>
          ))}
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="row">
              {t('wijkbudget.admin.turnout.total')}
            </th>
            <td class="utrecht-table__cell utrecht-table__cell--numeric">{formatNumber(turnout.total)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
