// SPDX-License-Identifier: EUPL-1.2
/**
 * Counting and publishing. The count is a recount of the published file: the anonymous ballots are
 * written as a Pabulib file, that text is parsed and counted by the engine (src/pb), so anyone who
 * downloads the file and runs `npx pb-count` gets exactly the published outcome. A published result
 * never changes (the service refuses, and a database trigger refuses too).
 */
import { createHash } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import {
  type Ballot,
  countVotes,
  describe,
  explain,
  type Instance,
  type Outcome,
  parsePabulib,
  writePabulib,
} from '../pb/index.ts';
import { wijkIdsOfBuurt } from '../places/service.ts';
import { recordAudit } from '../platform/audit/service.ts';
import type { SignedInUser } from '../platform/auth/sessions.ts';
import { toCsv } from '../platform/csv.ts';
import { formatEuros, t } from '../platform/i18n.ts';
import { changeStatusIn } from '../platform/workflow/service.ts';
import { addActivityFromElsewhere } from '../programme/service.ts';
import { listOpenPaperBallots, listPollingPlaces, sealBallots } from './ballot-service.ts';
import { type BuurtTurnout, type CodesPerKind, codesPerKind, turnoutPerBuurt } from './code-batch-rules.ts';
import { batchCounts } from './code-batches.ts';
import { countsVisible, pabulibVoteTypes, planWorkflow, type WijkbudgetRule } from './rules.ts';
import { ballots, plans, pollingPlaces, results, rounds, type StoredChoice } from './schema.ts';
import { decisionMail, getRound, listPlans, type Round, type WijkbudgetDeps } from './service.ts';

/** One plan in the result. Money in whole euros (cents when a cost has them). */
export interface ResultPlan {
  id: string;
  title: string;
  cost: number;
  /** Voters who chose the plan (gave it at least 1 point on a points ballot). */
  votes: number;
  /** Points ballots only: all points the plan got. */
  points?: number;
  selected: boolean;
  /** One Dutch sentence: why it was or was not chosen. */
  explanation: string;
}

/** The published result: exactly this JSON text is hashed (result_sha256). */
export interface ResultDocument {
  round: { id: number; slug: string; title: string };
  rule: WijkbudgetRule;
  budget: number;
  ballots: number;
  selected: string[];
  cost: number;
  plans: ResultPlan[];
  /** Ballots that count, online and per polling place (places without ballots included). */
  turnout?: { online: number; places: { name: string; ballots: number }[] };
  /**
   * Voting codes issued per kind of batch, how many of them were made during voting, and how many were
   * used (since issue 9: documents counted before it do not have it, and they never change).
   */
  code_batches?: CodesPerKind[];
  /** Letter codes issued and used per buurt: turnout from code marks, never from ballots (since issue 9). */
  turnout_per_buurt?: BuurtTurnout[];
  ballots_sha256: string;
  counted_at: string;
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

// --- the ballot file ------------------------------------------------------------------------------

interface StoredBallot {
  choice: { planIds: number[] } | { points: Record<string, number> };
  tracker: string | null;
  pollingPlace: string | null;
}

/** The anonymous ballots in a random but fixed order (by their random id), never in the order cast. */
async function loadBallots(db: Db, roundId: number): Promise<StoredBallot[]> {
  return db
    .select({ choice: ballots.choice, tracker: ballots.tracker, pollingPlace: pollingPlaces.name })
    .from(ballots)
    .leftJoin(pollingPlaces, eq(pollingPlaces.id, ballots.pollingPlaceId))
    .where(eq(ballots.roundId, roundId))
    .orderBy(asc(ballots.id));
}

const _euros = (cents: bigint) => Number(cents) / 100;

/** The round's ballots as a Pabulib instance: projects are the plans on the ballot, ids as text. */
function ballotInstance(
  round: Round,
  onBallot: { id: number; title: string; costCents: bigint }[],
  stored: StoredBallot[],
): Instance {
  const wholeEuros = [round.budgetCents, ...onBallot.map((p) => p.costCents)].every((c) => c % 100n === 0n);
  const scale = (cents: bigint) => (wholeEuros ? cents / 100n : cents);
  const voteType = pabulibVoteTypes[round.ballotKind];
  const meta: Record<string, string> = {
    description: `Wijkbudget: ${round.title}`,
    country: 'Netherlands',
    unit: 'Den Haag',
    subunit: round.wijkName ?? 'Zuidwest',
    instance: round.slug,
    rule: round.rule,
    date_begin: round.voteFrom.slice(0, 10),
    date_end: round.voteUntil.slice(0, 10),
    currency: 'EUR',
    language: 'nl',
    min_length: '1',
  };
  if (round.ballot.kind === 'max-plans') meta.max_length = String(round.ballot.max);
  if (round.ballot.kind === 'budget') meta.max_sum_cost = String(scale(round.budgetCents));
  if (round.ballot.kind === 'points') meta.max_sum_points = String(round.ballot.points);
  const ballotList: Ballot[] = stored.map((b, index) => {
    const fields = { voting_method: b.pollingPlace ? 'paper' : 'internet', tracker: b.tracker ?? '' };
    if ('planIds' in b.choice) {
      return { voterId: String(index + 1), projects: b.choice.planIds.map(String), fields };
    }
    const entries = Object.entries(b.choice.points);
    return {
      voterId: String(index + 1),
      projects: entries.map(([id]) => id),
      points: entries.map(([, points]) => BigInt(points)),
      fields,
    };
  });
  return {
    meta,
    voteType,
    budget: scale(round.budgetCents),
    decimals: wholeEuros ? 0 : 2,
    projects: onBallot.map((p) => ({
      id: String(p.id),
      cost: scale(p.costCents),
      fields: { name: p.title },
    })),
    ballots: ballotList,
    projectColumns: ['project_id', 'cost', 'name'],
    voteColumns:
      voteType === 'cumulative'
        ? ['voter_id', 'vote', 'points', 'voting_method', 'tracker']
        : ['voter_id', 'vote', 'voting_method', 'tracker'],
  };
}

/** The same ballots as CSV: one row per ballot, one column per plan (1 = chosen, or the points). */
export function ballotsCsv(instance: Instance): string {
  const ids = instance.projects.map((p) => p.id);
  const rows = instance.ballots.map((b) => {
    const given = new Map(b.projects.map((id, i) => [id, b.points ? Number(b.points[i]) : 1]));
    return [
      b.voterId,
      b.fields.voting_method ?? '',
      b.fields.tracker ?? '',
      ...ids.map((id) => given.get(id) ?? 0),
    ];
  });
  return toCsv(['ballot', 'voting_method', 'tracker', ...ids.map((id) => `plan_${id}`)], rows);
}

// --- counting -------------------------------------------------------------------------------------

function votesPerPlan(instance: Instance): Map<string, { votes: number; points: number }> {
  const tally = new Map(instance.projects.map((p) => [p.id, { votes: 0, points: 0 }]));
  for (const ballot of instance.ballots) {
    ballot.projects.forEach((id, i) => {
      const entry = tally.get(id)!;
      entry.votes += 1;
      entry.points += ballot.points ? Number(ballot.points[i]) : 1;
    });
  }
  return tally;
}

/** The turnout as the counted ballots show it: online, and per polling place (also those with none). */
function countedTurnout(stored: StoredBallot[], placeNames: string[]): ResultDocument['turnout'] {
  const perPlace = new Map(placeNames.map((name) => [name, 0]));
  let online = 0;
  for (const ballot of stored) {
    if (ballot.pollingPlace === null) online += 1;
    else perPlace.set(ballot.pollingPlace, (perPlace.get(ballot.pollingPlace) ?? 0) + 1);
  }
  return { online, places: [...perPlace].map(([name, ballots]) => ({ name, ballots })) };
}

function resultDocument(
  round: Round,
  instance: Instance,
  outcome: Outcome,
  turnout: ResultDocument['turnout'],
  codes: Pick<ResultDocument, 'code_batches' | 'turnout_per_buurt'>,
  ballotsSha256: string,
  countedAt: string,
): ResultDocument {
  const unit = instance.decimals === 0 ? 1 : 100;
  const tally = votesPerPlan(instance);
  const titles = new Map(instance.projects.map((p) => [p.id, p.fields.name ?? p.id]));
  const describeOptions = { formatMoney: formatEuros, projectName: (id: string) => titles.get(id) ?? id };
  const reasonById = new Map(explain(instance, outcome).map((r) => [r.id, r]));
  const selected = new Set(outcome.selected);
  return {
    round: { id: round.id, slug: round.slug, title: round.title },
    rule: round.rule,
    budget: Number(instance.budget) / unit,
    ballots: instance.ballots.length,
    selected: [...outcome.selected],
    cost: Number(outcome.cost) / unit,
    plans: instance.projects.map((p) => ({
      id: p.id,
      title: p.fields.name ?? '',
      cost: Number(p.cost) / unit,
      votes: tally.get(p.id)!.votes,
      ...(instance.voteType === 'cumulative' ? { points: tally.get(p.id)!.points } : {}),
      selected: selected.has(p.id),
      explanation: describe(reasonById.get(p.id)!, t, describeOptions),
    })),
    turnout,
    ...codes,
    ballots_sha256: ballotsSha256,
    counted_at: countedAt,
  };
}

export type CountResult =
  | { ok: true }
  | { ok: false; reason: 'not-found' | 'voting-not-closed' | 'published' | 'open-paper-ballots' };

/**
 * Staff count the votes once voting has closed. They may count again (a late paper ballot) until the
 * result is published.
 */
export async function countRound(
  db: Db,
  user: SignedInUser | null,
  roundId: number,
  now: Date,
): Promise<CountResult> {
  const round = await getRound(db, { id: roundId }, now);
  if (!round) return { ok: false, reason: 'not-found' };
  if (round.phase !== 'counting') {
    return { ok: false, reason: countsVisible(round.phase) ? 'published' : 'voting-not-closed' };
  }
  if ((await listOpenPaperBallots(db, roundId)).length > 0)
    return { ok: false, reason: 'open-paper-ballots' };
  // Every ballot, the waiting ones included, into the ballot table in one shuffled transaction first.
  await sealBallots(db, roundId);
  const onBallot = await db
    .select({ id: plans.id, title: plans.title, costCents: plans.costCents })
    .from(plans)
    .where(and(eq(plans.roundId, roundId), eq(plans.status, 'feasible')))
    .orderBy(asc(plans.id));
  const stored = await loadBallots(db, roundId);
  const places = await listPollingPlaces(db, roundId);
  const batches = await batchCounts(db, roundId);
  const instance = ballotInstance(
    round,
    onBallot.map((p) => ({ ...p, costCents: p.costCents ?? 0n })),
    stored,
  );
  const ballotsPb = writePabulib(instance);
  const published = parsePabulib(ballotsPb); // count what is published, not what is in memory
  const outcome = countVotes(published, round.rule);
  const ballotsSha256 = sha256(ballotsPb);
  const document = JSON.stringify(
    resultDocument(
      round,
      published,
      outcome,
      countedTurnout(
        stored,
        places.map((p) => p.name),
      ),
      {
        code_batches: codesPerKind(batches, new Date(round.voteFrom)),
        turnout_per_buurt: turnoutPerBuurt(batches),
      },
      ballotsSha256,
      now.toISOString(),
    ),
    null,
    2,
  );
  const row = {
    roundId,
    document,
    resultSha256: sha256(document),
    ballotsPb,
    ballotsCsv: ballotsCsv(published),
    ballotsSha256,
    countedAt: now.toISOString(),
    countedBy: user?.id ?? null,
  };
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ publishedAt: results.publishedAt })
      .from(results)
      .where(eq(results.roundId, roundId))
      .for('update');
    if (existing?.publishedAt) return { ok: false as const, reason: 'published' as const };
    await tx.insert(results).values(row).onConflictDoUpdate({ target: results.roundId, set: row });
    await recordAudit(tx, {
      user,
      action: 'wijkbudget.result.count',
      entityType: 'wijkbudget-round',
      entityId: roundId,
      after: { resultSha256: row.resultSha256, ballotsSha256, ballots: instance.ballots.length },
    });
    return { ok: true as const };
  });
}

export interface StoredResult {
  document: ResultDocument;
  documentText: string;
  resultSha256: string;
  ballotsSha256: string;
  countedAt: string;
  publishedAt: string | null;
}

/** The counted result (published or not). Only staff see an unpublished one. */
export async function getResult(db: Db, roundId: number): Promise<StoredResult | null> {
  const [row] = await db
    .select({
      document: results.document,
      resultSha256: results.resultSha256,
      ballotsSha256: results.ballotsSha256,
      countedAt: results.countedAt,
      publishedAt: results.publishedAt,
    })
    .from(results)
    .where(eq(results.roundId, roundId));
  if (!row) return null;
  return { ...row, documentText: row.document, document: JSON.parse(row.document) as ResultDocument };
}

export async function getPublishedResult(db: Db, roundId: number): Promise<StoredResult | null> {
  const result = await getResult(db, roundId);
  return result?.publishedAt ? result : null;
}

/** The published ballot file (Pabulib or CSV), or null before publication. */
export async function getBallotFile(db: Db, roundId: number, format: 'pb' | 'csv'): Promise<string | null> {
  const [row] = await db
    .select({ pb: results.ballotsPb, csv: results.ballotsCsv, publishedAt: results.publishedAt })
    .from(results)
    .where(eq(results.roundId, roundId));
  if (!row?.publishedAt) return null;
  return format === 'pb' ? row.pb : row.csv;
}

export type PublishResult = { ok: true } | { ok: false; reason: 'not-found' | 'not-counted' | 'published' };

/**
 * Publishes the counted result: the round moves to 'result', plans on the ballot become funded or not
 * funded, every funded plan becomes a measure in the programme register (not for example rounds),
 * both SHA-256 sums go into the audit log, and every submitter is mailed.
 */
export async function publishResult(
  db: Db,
  deps: WijkbudgetDeps,
  user: SignedInUser | null,
  roundId: number,
  now: Date,
): Promise<PublishResult> {
  const round = await getRound(db, { id: roundId }, now);
  if (!round) return { ok: false, reason: 'not-found' };
  const result = await getResult(db, roundId);
  if (!result) return { ok: false, reason: 'not-counted' };
  if (result.publishedAt || round.phase !== 'counting') return { ok: false, reason: 'published' };
  const selected = new Set(result.document.selected.map(Number));
  const onBallot = await listPlans(db, roundId, { audience: 'staff', statuses: ['feasible'] });
  const publishedAt = now.toISOString();
  // The submitters' addresses, for the mails (never shown; read here, in one query).
  const emails = new Map(
    (
      await db
        .select({ id: plans.id, email: plans.contactEmail })
        .from(plans)
        .where(eq(plans.roundId, roundId))
    ).map((row) => [row.id, row.email]),
  );
  try {
    await db.transaction(async (tx) => {
      // Only a result not yet published: a second publication at the same moment finds none and stops.
      const publishing = await tx
        .update(results)
        .set({ publishedAt, publishedBy: user?.id ?? null })
        .where(and(eq(results.roundId, roundId), isNull(results.publishedAt)))
        .returning({ roundId: results.roundId });
      if (publishing.length === 0) throw new PublishedMeanwhile();
      await tx.update(rounds).set({ resultPublishedAt: publishedAt }).where(eq(rounds.id, roundId));
      for (const plan of onBallot) {
        const funded = selected.has(plan.id);
        const measureId = funded && !round.demo ? await createMeasureForPlan(tx, round, plan) : null;
        const status = funded ? 'funded' : 'not-funded';
        const mail = decisionMail(
          deps,
          emails.get(plan.id) ?? null,
          round,
          plan,
          status,
          null,
          plan.costCents,
        );
        // Through the shared workflow: history, audit entry and mail with the new status. A plan that is
        // no longer feasible means someone else published at the same moment: this publication rolls back.
        const changed = await changeStatusIn(tx, deps.outbox, {
          workflow: planWorkflow,
          table: plans,
          id: plan.id,
          from: 'feasible',
          to: status,
          reason: null,
          actor: user,
          set: { measureId },
          audit: { action: 'wijkbudget.plan.publish', after: { status, measureId } },
          mails: mail ? [mail] : [],
        });
        if (!changed.ok) throw new PublishedMeanwhile();
      }
      await recordAudit(tx, {
        user,
        action: 'wijkbudget.result.publish',
        entityType: 'wijkbudget-round',
        entityId: roundId,
        after: {
          resultSha256: result.resultSha256,
          ballotsSha256: result.ballotsSha256,
          selected: result.document.selected,
        },
      });
    });
  } catch (error) {
    if (error instanceof PublishedMeanwhile) return { ok: false, reason: 'published' };
    throw error;
  }
  return { ok: true };
}

/** Thrown inside the publication's transaction to roll it back when another publication came first. */
class PublishedMeanwhile extends Error {}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** A funded plan in the register: linked to its round and wijk, with status and updates from then on. */
async function createMeasureForPlan(
  tx: Tx,
  round: Round,
  plan: { id: number; title: string; description: string; buurtCode: string; costCents: bigint | null },
): Promise<number> {
  const wijkIds = round.wijkId !== null ? [round.wijkId] : await wijkIdsOfBuurt(tx, plan.buurtCode);
  return addActivityFromElsewhere(tx, {
    slug: `wijkbudget-${round.slug}-${plan.id}`,
    title: plan.title,
    summary: t('wijkbudget.measure.summary', { round: round.title }),
    description: plan.description,
    budgetEuros: plan.costCents === null ? null : Number(plan.costCents / 100n),
    fundingSource: t('wijkbudget.measure.funding', { round: round.title }),
    position: 200_000 + plan.id,
    wijkIds,
  });
}

/**
 * The published ballot with this tracker, or null. Only after publication and only for rounds that offer
 * trackers; the same ballots are in the published file for anyone to read, so this reveals nothing new.
 */
export async function publishedBallotByTracker(
  db: Db,
  roundId: number,
  tracker: string,
): Promise<StoredChoice | null> {
  if (!(await getPublishedResult(db, roundId))) return null;
  const [row] = await db
    .select({ choice: ballots.choice })
    .from(ballots)
    .where(and(eq(ballots.roundId, roundId), eq(ballots.tracker, tracker)));
  return row?.choice ?? null;
}
