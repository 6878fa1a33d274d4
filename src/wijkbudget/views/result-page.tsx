// SPDX-License-Identifier: EUPL-1.2
import { BarChart } from '../../platform/components/bar-chart.tsx';
import { formatNumber, t } from '../../platform/i18n.ts';
import { wijkbudgetPaths } from '../paths.ts';
import type { ResultDocument, ResultPlan, StoredResult } from '../result-service.ts';
import type { Plan, Round } from '../service.ts';
import { BuurtTurnoutTable, buurtTurnoutNote, CodesPerKindTable } from './code-batches.tsx';
import { euros, PhaseBanner, RoundHeading, ruleExplanation, ruleName, when } from './parts.tsx';
import { PlanStatusTag } from './plan-status.tsx';

/** Chosen plans first, then the most votes (or points), so a reader sees the outcome at a glance. */
export function byOutcomeThenVotes(plans: readonly ResultPlan[]): ResultPlan[] {
  return [...plans].sort(
    (a, b) => Number(b.selected) - Number(a.selected) || (b.points ?? b.votes) - (a.points ?? a.votes),
  );
}

export function ResultPage(props: { round: Round; result: StoredResult; plans: Plan[] }) {
  const { round, result } = props;
  const doc = result.document;
  const planById = new Map(props.plans.map((p) => [String(p.id), p]));
  const money = (amount: number) => euros(BigInt(Math.round(amount * 100)));
  const sorted = byOutcomeThenVotes(doc.plans);
  return (
    <>
      <RoundHeading round={round} title={t('wijkbudget.result.title', { round: round.title })} />
      <PhaseBanner round={round} />
      <p class="utrecht-paragraph lead">
        {t('wijkbudget.result.summary', {
          ballots: formatNumber(doc.ballots),
          funded: doc.selected.length,
          cost: money(doc.cost),
          budget: money(doc.budget),
        })}
      </p>
      <h2 class="utrecht-heading-2">{t('wijkbudget.result.funded')}</h2>
      <ol class="utrecht-ordered-list">
        {doc.selected.map((id) => {
          const plan = planById.get(id);
          return (
            <li>
              <a class="utrecht-link" href={wijkbudgetPaths.plan(round.slug, id)}>
                {plan?.title ?? id}
              </a>{' '}
              {plan && plan.status !== 'funded' ? <PlanStatusTag status={plan.status} /> : null}
              {plan?.status === 'impossible' && plan.statusReason ? <> {plan.statusReason}</> : null}
            </li>
          );
        })}
      </ol>
      <h2 class="utrecht-heading-2">{t('wijkbudget.result.rule')}</h2>
      <p class="utrecht-paragraph">
        <strong>{ruleName(round.rule)}.</strong> {ruleExplanation(round.rule)}
      </p>
      <h2 class="utrecht-heading-2">{t('wijkbudget.result.allPlans')}</h2>
      <VotesChart round={round} plans={sorted} />
      <ul class="result-list">
        {sorted.map((plan) => (
          <li class="result-list__item">
            <h3 class="utrecht-heading-3">
              <a class="utrecht-link" href={wijkbudgetPaths.plan(round.slug, plan.id)}>
                {plan.title}
              </a>{' '}
              {plan.selected ? <PlanStatusTag status="funded" /> : null}
            </h3>
            <dl class="facts">
              <dt>
                {round.ballot.kind === 'points'
                  ? t('wijkbudget.result.points')
                  : t('wijkbudget.result.votes')}
              </dt>
              <dd>{formatNumber(plan.points ?? plan.votes)}</dd>
              <dt>{t('wijkbudget.plan.cost')}</dt>
              <dd>{money(plan.cost)}</dd>
            </dl>
            <p class="utrecht-paragraph">{plan.explanation}</p>
          </li>
        ))}
      </ul>
      {doc.turnout ? <TurnoutList turnout={doc.turnout} /> : null}
      {/* Documents counted before issue 9 have no code counts; a published document never changes. */}
      {doc.turnout_per_buurt && doc.turnout_per_buurt.length > 0 ? (
        <>
          <h2 class="utrecht-heading-2">{t('wijkbudget.result.buurtTitle')}</h2>
          <p class="utrecht-paragraph">{buurtTurnoutNote()}</p>
          <BuurtTurnoutTable rows={doc.turnout_per_buurt} />
        </>
      ) : null}
      {doc.code_batches && doc.code_batches.length > 0 ? (
        <>
          <h2 class="utrecht-heading-2">{t('wijkbudget.result.codesTitle')}</h2>
          <p class="utrecht-paragraph">{t('wijkbudget.result.codesIntro')}</p>
          <CodesPerKindTable rows={doc.code_batches} />
        </>
      ) : null}
      <h2 class="utrecht-heading-2">{t('wijkbudget.result.check')}</h2>
      <p class="utrecht-paragraph">{t('wijkbudget.result.checkIntro')}</p>
      <ul class="utrecht-unordered-list">
        <li>
          <a class="utrecht-link" href={wijkbudgetPaths.api.ballots(round.id, 'pb')}>
            {t('wijkbudget.result.downloadPb')}
          </a>
        </li>
        <li>
          <a class="utrecht-link" href={wijkbudgetPaths.api.ballots(round.id, 'csv')}>
            {t('wijkbudget.result.downloadCsv')}
          </a>
        </li>
        <li>
          <a class="utrecht-link" href={wijkbudgetPaths.api.result(round.id)}>
            {t('wijkbudget.result.downloadResult')}
          </a>
        </li>
      </ul>
      <p class="utrecht-paragraph">{t('wijkbudget.result.recount')}</p>
      {/* A paragraph, not <pre>: the command may wrap at its spaces, so a 360 px phone needs no sideways scrolling. */}
      <p class="utrecht-paragraph code-block">
        <code>{`npx pb-count --rule ${round.rule} ballots.pb`}</code>
      </p>
      <dl class="facts hashes">
        <dt>{t('wijkbudget.result.resultHash')}</dt>
        <dd>
          <code>{result.resultSha256}</code>
        </dd>
        <dt>{t('wijkbudget.result.ballotsHash')}</dt>
        <dd>
          <code>{result.ballotsSha256}</code>
        </dd>
        <dt>{t('wijkbudget.result.publishedAt')}</dt>
        <dd>{result.publishedAt ? when(result.publishedAt) : ''}</dd>
      </dl>
      {round.trackers ? (
        <p class="utrecht-paragraph">
          {t('wijkbudget.result.trackerNote')}{' '}
          <a class="utrecht-link" href={wijkbudgetPaths.tracker(round.slug)}>
            {t('wijkbudget.tracker.link')}
          </a>
        </p>
      ) : null}
    </>
  );
}

function VotesChart({ round, plans }: { round: Round; plans: ResultPlan[] }) {
  const points = round.ballot.kind === 'points';
  const caption = points ? t('wijkbudget.result.chartPoints') : t('wijkbudget.result.chartVotes');
  return (
    <BarChart
      caption={caption}
      summary={t('wijkbudget.result.chartSummary', { caption })}
      columns={[
        t('wijkbudget.result.chartPlan'),
        points ? t('wijkbudget.result.points') : t('wijkbudget.result.votes'),
        t('wijkbudget.result.chartOutcome'),
      ]}
      bars={plans.map((plan) => ({
        label: plan.title,
        value: plan.points ?? plan.votes,
        highlight: plan.selected,
        note: plan.selected ? t('wijkbudget.result.chosen') : t('wijkbudget.result.notChosen'),
      }))}
    />
  );
}

function TurnoutList({ turnout }: { turnout: NonNullable<ResultDocument['turnout']> }) {
  return (
    <>
      <h2 class="utrecht-heading-2">{t('wijkbudget.result.turnout')}</h2>
      <ul class="utrecht-unordered-list">
        <li>{t('wijkbudget.result.turnoutOnline', { count: formatNumber(turnout.online) })}</li>
        {turnout.places.map((place) => (
          <li>
            {t('wijkbudget.result.turnoutPlace', { place: place.name, count: formatNumber(place.ballots) })}
          </li>
        ))}
      </ul>
    </>
  );
}
