// SPDX-License-Identifier: EUPL-1.2
/**
 * Voting: voting codes (made in batches, stored only as HMACs), casting a ballot with a code, and paper
 * ballots entered twice by two staff members. A cast ballot cannot be linked to its code, its voter or
 * the moment it was cast (see docs/adr/0008-ballot-secrecy.md).
 */
import { createHmac, createSecretKey, type KeyObject, randomBytes } from 'node:crypto';
import { and, count, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { queryPrepared, rowsOf } from '../db/raw.ts';
import { listAudit, recordAudit } from '../platform/audit/service.ts';
import { users } from '../platform/auth/schema.ts';
import type { SignedInUser } from '../platform/auth/sessions.ts';
import { type Batcher, createBatcher } from '../platform/batching.ts';
import { t } from '../platform/i18n.ts';
import {
  type Counter,
  type Limit,
  returnAttempt,
  returnOneAttempt,
  takeAttempt,
  takeOneAttempt,
} from '../platform/rate-limit/service.ts';
import { samePerson } from './code-batch-rules.ts';
import {
  type BallotChoice,
  type BallotPlan,
  type BallotProblem,
  type BallotType,
  type NormalisedBallot,
  type Phase,
  paperNeedsCode,
  validateBallot,
} from './rules.ts';
import {
  codeBatches,
  type PaperRefusal,
  paperBallots,
  pendingBallots,
  plans,
  pollingPlaces,
  rounds,
  type StoredChoice,
  votingCodes,
  wijkbudgetSecrets,
} from './schema.ts';
import { ballotTypeOf, getRound, type Round } from './service.ts';
import { CODE_ALPHABET, formatCode, generateCode, letterNumber } from './voting-codes.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Wrong codes one address may try before it has to wait (typos never count: the check character catches them). */
export const codeGuessLimit: Limit = { max: 10, windowSeconds: 15 * 60 };

/**
 * Wrong codes a round accepts per minute from all addresses together: a guess spread over many
 * addresses. Honest voters rarely type a code with a right check character that does not exist; when
 * this limit is reached, no code is looked up until the minute is over, and staff are warned.
 */
export const roundCodeGuessLimit: Limit = { max: 60, windowSeconds: 60 };

/**
 * Wrong codes one staff member may type in paper entry per hour. The check character catches typos,
 * so a wrong code with a right check character is rare for someone typing letters in hand; without a
 * limit, paper entry would tell an insider which guessed codes exist.
 */
export const paperCodeGuessLimit: Limit = { max: 10, windowSeconds: 60 * 60 };

// --- the code secret ------------------------------------------------------------------------------

const secrets = new WeakMap<Db, Promise<Buffer>>();
const configuredSecrets = new Map<string, Buffer>();

/**
 * The HMAC key for voting codes: VOTING_CODE_SECRET when set (then a stolen database alone reveals
 * nothing), otherwise a random key made once and kept in the database, shared by all processes.
 */
export function codeSecret(db: Db, configured: string | undefined): Promise<Buffer> {
  if (configured) {
    // One Buffer per configured secret, so the HMAC key made from it is made once (see hashCode).
    let buffer = configuredSecrets.get(configured);
    if (!buffer) {
      buffer = Buffer.from(configured, 'utf8');
      configuredSecrets.set(configured, buffer);
    }
    return Promise.resolve(buffer);
  }
  let secret = secrets.get(db);
  if (!secret) {
    secret = (async () => {
      await db
        .insert(wijkbudgetSecrets)
        .values({ name: 'voting-code', value: randomBytes(32) })
        .onConflictDoNothing();
      const [row] = await db
        .select()
        .from(wijkbudgetSecrets)
        .where(eq(wijkbudgetSecrets.name, 'voting-code'));
      return row!.value;
    })();
    secret.catch(() => secrets.delete(db));
    secrets.set(db, secret);
  }
  return secret;
}

const hmacKeys = new WeakMap<Buffer, KeyObject>();

/** The stored form of a code: HMAC-SHA-256 over the round and the canonical code. */
export function hashCode(secret: Buffer, roundId: number, code: string): Buffer {
  // A KeyObject made once per secret: from a Buffer, createHmac makes a new key object every call.
  let key = hmacKeys.get(secret);
  if (!key) {
    key = createSecretKey(secret);
    hmacKeys.set(secret, key);
  }
  return createHmac('sha256', key).update(`${roundId}:${code}`).digest();
}

// --- making codes ---------------------------------------------------------------------------------

export interface CodeBatchInput {
  kind: 'letters' | 'help-desk';
  /** Letters: what the batch is for ("Brieven Moerwijk, ronde 1"). Help desk: why (never a name). */
  label: string;
  size: number;
  /** Letters for one buurt of the round's area (for the turnout per buurt). */
  buurtCode?: string | null;
}

/** `size` new codes, all different, in canonical form. */
export function newCodes(size: number): string[] {
  const codes = new Set<string>();
  while (codes.size < size) codes.add(generateCode(randomBytes));
  return [...codes];
}

/**
 * The stored form of a letter number (see letterNumber): an HMAC like the code's, so the help desk can
 * find a lost letter's code by the number on the letter, and a stolen database alone cannot.
 */
export function hashLetter(secret: Buffer, roundId: number, batchId: number, sequence: number): Buffer {
  // Codes have no dash and no lower case, so this can never be the hash of a code.
  return hashCode(secret, roundId, `brief-${letterNumber(batchId, sequence)}`);
}

/**
 * Stores the HMACs of a batch's codes (in the caller's transaction), each with the HMAC of its letter
 * number: the n-th code of the batch is letter `batch-n`, as on the letters and in the mail-merge file.
 */
export async function storeCodes(tx: Tx, secret: Buffer, roundId: number, batchId: number, codes: string[]) {
  for (let i = 0; i < codes.length; i += 5000) {
    await tx.insert(votingCodes).values(
      codes.slice(i, i + 5000).map((code, j) => ({
        hash: hashCode(secret, roundId, code),
        roundId,
        batchId,
        letterHash: hashLetter(secret, roundId, batchId, i + j + 1),
      })),
    );
  }
}

/**
 * Makes a batch of codes at once and returns them in plain text: the only moment they exist outside the
 * letters. Only their HMACs are stored. A help-desk code is logged in the audit log (who, when, why).
 * Staff pages go through code-batches.ts, which asks a second person to confirm once voting has opened.
 */
export async function createCodes(
  db: Db,
  secret: Buffer,
  user: SignedInUser | null,
  roundId: number,
  input: CodeBatchInput,
): Promise<{ batchId: number; codes: string[] }> {
  return db.transaction((tx) => insertCodeBatch(tx, secret, user, roundId, input));
}

/** Makes a batch of codes within a transaction. */
async function insertCodeBatch(
  tx: Tx,
  secret: Buffer,
  user: SignedInUser | null,
  roundId: number,
  input: CodeBatchInput & { replacesLetter?: string | null },
): Promise<{ batchId: number; codes: string[] }> {
  const list = newCodes(input.size);
  const buurtCode = input.buurtCode ?? null;
  const [batch] = await tx
    .insert(codeBatches)
    .values({
      roundId,
      kind: input.kind,
      label: input.label,
      size: input.size,
      buurtCode,
      replacesLetter: input.replacesLetter ?? null,
      createdBy: user?.id ?? null,
    })
    .returning({ id: codeBatches.id });
  const batchId = batch!.id;
  await storeCodes(tx, secret, roundId, batchId, list);
  await recordAudit(tx, {
    user,
    action: input.kind === 'help-desk' ? 'wijkbudget.codes.help-desk' : 'wijkbudget.codes.batch',
    entityType: 'wijkbudget-round',
    entityId: roundId,
    after: { batchId, kind: input.kind, label: input.label, size: input.size, buurtCode },
  });
  return { batchId, codes: list.map(formatCode) };
}

/** Why a lost letter's code cannot be replaced: no such letter, it was used (the resident voted), or replaced. */
export type LetterRefusal = 'unknown-letter' | 'used' | 'already-replaced';

export type ReplaceResult = { ok: true; code: string; letter: string } | { ok: false; reason: LetterRefusal };

/** Whether a letter's code could be replaced now (without locking: the confirmation checks again). */
export async function letterState(
  db: Db | Tx,
  secret: Buffer,
  roundId: number,
  letter: { batchId: number; sequence: number },
): Promise<LetterRefusal | null> {
  const [code] = await db
    .select({ used: votingCodes.used, replaced: votingCodes.replaced })
    .from(votingCodes)
    .where(
      and(
        eq(votingCodes.letterHash, hashLetter(secret, roundId, letter.batchId, letter.sequence)),
        eq(votingCodes.roundId, roundId),
      ),
    );
  if (!code) return 'unknown-letter';
  if (code.used) return 'used';
  if (code.replaced) return 'already-replaced';
  return null;
}

/**
 * Voids a letter's code (in the caller's transaction), unless it is unknown, used or already replaced.
 * The row lock makes a cast or paper ballot with this code wait for us, or us for it.
 */
export async function voidLetterCode(
  tx: Tx,
  secret: Buffer,
  roundId: number,
  letter: { batchId: number; sequence: number },
): Promise<LetterRefusal | null> {
  const letterHash = hashLetter(secret, roundId, letter.batchId, letter.sequence);
  const [code] = await tx
    .select({ hash: votingCodes.hash, used: votingCodes.used, replaced: votingCodes.replaced })
    .from(votingCodes)
    .where(and(eq(votingCodes.letterHash, letterHash), eq(votingCodes.roundId, roundId)))
    .for('update');
  if (!code) return 'unknown-letter';
  if (code.used) return 'used';
  if (code.replaced) return 'already-replaced';
  await tx.update(votingCodes).set({ replaced: true }).where(eq(votingCodes.hash, code.hash));
  return null;
}

/** Audits a refused replacement: asking whether a letter was used is itself worth a line in the log. */
export async function auditReplaceRefused(
  db: Db | Tx,
  user: SignedInUser,
  roundId: number,
  letter: string,
  reason: LetterRefusal,
) {
  await recordAudit(db, {
    user,
    action: 'wijkbudget.codes.replace-refused',
    entityType: 'wijkbudget-round',
    entityId: roundId,
    after: { letter, reason },
  });
}

/**
 * The help desk gives a resident a new code at once because their letter is lost (before voting opens;
 * from then on code-batches.ts asks a second staff member to confirm): the letter's code is voided (it
 * can no longer be used, online or on paper) and a new code is made, in one transaction. When the
 * letter's code was already used, nothing is made: the resident has voted. Every outcome is audited
 * (the letter number and who asked, never a code, and nothing about any ballot). The new code has a
 * letter number of its own (its batch, number 1), in case it is lost too.
 */
export async function replaceLetterCode(
  db: Db,
  secret: Buffer,
  user: SignedInUser,
  roundId: number,
  letter: { batchId: number; sequence: number },
): Promise<ReplaceResult> {
  const oldLetter = letterNumber(letter.batchId, letter.sequence);
  const result = await db.transaction(async (tx): Promise<ReplaceResult> => {
    const refusal = await voidLetterCode(tx, secret, roundId, letter);
    if (refusal) return { ok: false, reason: refusal };
    const made = await insertCodeBatch(tx, secret, user, roundId, {
      kind: 'help-desk',
      label: t('wijkbudget.admin.replace.batchLabel', { letter: oldLetter }),
      size: 1,
      replacesLetter: oldLetter,
    });
    const newLetter = letterNumber(made.batchId, 1);
    await recordAudit(tx, {
      user,
      action: 'wijkbudget.codes.replace',
      entityType: 'wijkbudget-round',
      entityId: roundId,
      after: { letter: oldLetter, newBatchId: made.batchId, newLetter },
    });
    return { ok: true, code: made.codes[0]!, letter: newLetter };
  });
  if (!result.ok) await auditReplaceRefused(db, user, roundId, oldLetter, result.reason);
  return result;
}

export async function listCodeBatches(db: Db, roundId: number) {
  return db
    .select({
      id: codeBatches.id,
      kind: codeBatches.kind,
      label: codeBatches.label,
      size: codeBatches.size,
      createdAt: codeBatches.createdAt,
    })
    .from(codeBatches)
    .where(eq(codeBatches.roundId, roundId))
    .orderBy(codeBatches.id);
}

// --- the ballot -----------------------------------------------------------------------------------

export interface BallotSetup {
  roundId: number;
  phase: Phase;
  budgetCents: bigint;
  ballot: BallotType;
  plans: BallotPlan[];
}

/** What a ballot is checked against: the budget, the ballot type and the feasible plans of the round. */
export async function ballotSetup(db: Db, roundId: number, now: Date): Promise<BallotSetup | null> {
  const round = await getRound(db, { id: roundId }, now);
  return round ? ballotSetupOf(db, round) : null;
}

async function ballotSetupOf(db: Db, round: Round): Promise<BallotSetup> {
  const onBallot = await db
    .select({ id: plans.id, costCents: plans.costCents })
    .from(plans)
    .where(and(eq(plans.roundId, round.id), eq(plans.status, 'feasible')))
    .orderBy(plans.id);
  return {
    roundId: round.id,
    phase: round.phase,
    budgetCents: round.budgetCents,
    ballot: ballotTypeOf(round),
    plans: onBallot.map((p) => ({ id: String(p.id), costCents: p.costCents ?? 0n })),
  };
}

/**
 * The round and its ballot for casting, by slug, or null when it does not exist. During voting both
 * are kept in memory for a few seconds (never past the end of voting), so casting a ballot costs one
 * statement; the budget, ballot and rule cannot change then, and a new title shows within seconds.
 * Requests that arrive while the round is being looked up wait for that one lookup instead of each
 * starting their own (at 1,000 ballots a second, a lookup per request would queue up behind each other
 * every time the kept round expires).
 */
type CastingRound = { round: Round; setup: BallotSetup };
const castingCache = new WeakMap<Db, Map<string, { lookup: Promise<CastingRound | null>; until: number }>>();
const castingCacheMs = 5_000;

export function castingRound(db: Db, slug: string, now: Date): Promise<CastingRound | null> {
  let cache = castingCache.get(db);
  if (!cache) {
    cache = new Map();
    castingCache.set(db, cache);
  }
  const kept = cache.get(slug);
  if (kept && now.getTime() < kept.until) return kept.lookup;
  if (cache.size > 100) cache.clear();
  const entry = { lookup: lookUpCastingRound(db, slug, now), until: now.getTime() + castingCacheMs };
  cache.set(slug, entry);
  const forget = () => {
    if (cache.get(slug) === entry) cache.delete(slug);
  };
  entry.lookup.then((found) => {
    if (found?.round.phase !== 'voting') forget();
    else entry.until = Math.min(entry.until, Date.parse(found.round.voteUntil));
  }, forget);
  return entry.lookup;
}

async function lookUpCastingRound(db: Db, slug: string, now: Date): Promise<CastingRound | null> {
  const round = await getRound(db, { slug }, now);
  if (!round) return null;
  return { round, setup: await ballotSetupOf(db, round) };
}

/** The stored form of a checked ballot: plan ids as numbers, sorted; points keyed by plan id. */
function storedChoice(normalised: NormalisedBallot): StoredChoice {
  if (normalised.kind === 'approval') return { planIds: normalised.planIds.map(Number) };
  return { points: Object.fromEntries(normalised.points.map((p) => [p.planId, p.points])) };
}

export function checkChoice(
  setup: BallotSetup,
  choice: BallotChoice,
): { ok: true; stored: StoredChoice; normalised: NormalisedBallot } | ({ ok: false } & BallotProblem) {
  const checked = validateBallot(setup.ballot, setup.budgetCents, setup.plans, choice);
  if (!checked.ok) return checked;
  return { ok: true, stored: storedChoice(checked.normalised), normalised: checked.normalised };
}

/**
 * What a code check answers: `throttled` when this address tried too many wrong codes, `busy` when the
 * whole round had too many wrong codes in the last minute (see roundCodeGuessLimit).
 */
export type CodeState = FoundCode | 'throttled' | 'busy';

const addressCounter = (clientKey: string): Counter => ({
  key: `vote-code:${clientKey}`,
  limit: codeGuessLimit,
});
const roundCounter = (roundId: number): Counter => ({
  key: `vote-code-round:${roundId}`,
  limit: roundCodeGuessLimit,
});

/**
 * The first half of every step that takes a code, before the code is looked up or used: counts the
 * attempt against the address's limit and checks the round's, in one statement (see takeAttempt), so
 * a flood of attempts at once gets exactly the allowed number through. The attempt is given back in
 * finishCodeAttempt unless the code was unknown. Answers null when the code may be looked up.
 */
export async function startCodeAttempt(
  db: Db,
  roundId: number,
  clientKey: string,
): Promise<'throttled' | 'busy' | null> {
  const taken = await takeOneAttempt(db, addressCounter(clientKey), roundCounter(roundId));
  if (taken.ok) return null;
  return taken.blocked ? 'busy' : 'throttled';
}

export interface FinishedAttempt {
  state: CodeState;
  /** True for exactly the wrong code that reached the round's limit: the moment to warn staff. */
  roundLimitReached: boolean;
}

/**
 * The second half: a known code (unused or used) gives its attempt back; an unknown one keeps it and
 * counts for the round as well. When the round's counter is full meanwhile, the answer is `busy`.
 */
export async function finishCodeAttempt(
  db: Db,
  roundId: number,
  clientKey: string,
  found: FoundCode,
): Promise<FinishedAttempt> {
  if (found !== 'unknown') {
    await returnOneAttempt(db, addressCounter(clientKey).key);
    return { state: found, roundLimitReached: false };
  }
  const round = roundCounter(roundId);
  const taken = await takeAttempt(db, [round]);
  if (!taken.ok) return { state: 'busy', roundLimitReached: false };
  return { state: 'unknown', roundLimitReached: taken.counts.get(round.key) === round.limit.max };
}

const guessAlarm = { action: 'wijkbudget.codes.guessing' } as const;

/**
 * Writes down that a round reached its limit of wrong codes (in the audit log, which staff read), so
 * the round's staff page can warn: someone may be guessing codes from many addresses at once.
 */
export async function recordCodeGuessAlarm(db: Db, roundId: number): Promise<void> {
  await recordAudit(db, {
    user: null,
    action: guessAlarm.action,
    entityType: 'wijkbudget-round',
    entityId: roundId,
    after: { wrongCodes: roundCodeGuessLimit.max, seconds: roundCodeGuessLimit.windowSeconds },
  });
}

/** The moments a round reached its limit of wrong codes, newest first. */
export async function listCodeGuessAlarms(db: Db, roundId: number): Promise<Date[]> {
  const rows = await listAudit(
    db,
    { entityType: 'wijkbudget-round', entityId: String(roundId), action: guessAlarm.action },
    20,
  );
  return rows.map((row) => row.at);
}

/** What a stored code can still do: give a ballot, nothing (used, or replaced at the help desk), or it does not exist. */
export type FoundCode = 'available' | 'used' | 'replaced' | 'unknown';

/** Whether a code exists for the round and was used or replaced. No limit: callers check it first (codeState). */
export async function lookUpCode(
  db: Db | Tx,
  secret: Buffer,
  roundId: number,
  code: string,
): Promise<FoundCode> {
  return lookUpCodeHash(db, roundId, hashCode(secret, roundId, code));
}

async function lookUpCodeHash(db: Db | Tx, roundId: number, hash: Buffer): Promise<FoundCode> {
  const [row] = await db
    .select({ used: votingCodes.used, replaced: votingCodes.replaced })
    .from(votingCodes)
    .where(and(eq(votingCodes.hash, hash), eq(votingCodes.roundId, roundId)));
  if (!row) return 'unknown';
  if (row.used) return 'used';
  return row.replaced ? 'replaced' : 'available';
}

/**
 * Whether a code can still be used, for the confirmation step, within the limits: the attempt is
 * counted before the code is looked up. An unknown code counts as a guess for this address and the
 * round; a known one does not (the voter may simply have voted already).
 */
export async function codeState(
  db: Db,
  secret: Buffer,
  roundId: number,
  code: string,
  clientKey: string,
): Promise<FinishedAttempt> {
  const refused = await startCodeAttempt(db, roundId, clientKey);
  if (refused) return { state: refused, roundLimitReached: false };
  return finishCodeAttempt(db, roundId, clientKey, await lookUpCode(db, secret, roundId, code));
}

const staffPaperCounter = (userId: number): Counter => ({
  key: `paper-code:${userId}`,
  limit: paperCodeGuessLimit,
});

/**
 * Whether a code typed in paper entry exists, within the staff member's limit of wrong codes (for
 * all rounds together): the attempt is counted before the code is looked up, in one statement
 * (takeAttempt), so parallel requests get exactly the allowed number of lookups; a known code gives
 * its attempt back. Every wrong code and every refusal is in the audit log (who, which round, how
 * many; never the code): asking whether codes exist is a probe staff must answer for.
 */
export async function checkPaperCode(
  db: Db,
  secret: Buffer,
  user: SignedInUser,
  roundId: number,
  code: string,
): Promise<FoundCode | 'throttled'> {
  const counter = staffPaperCounter(user.id);
  const taken = await takeAttempt(db, [counter]);
  const audit = (event: { action: string; after: Record<string, number> }) =>
    recordAudit(db, { user, entityType: 'wijkbudget-round', entityId: roundId, ...event });
  if (!taken.ok) {
    await audit({
      action: 'wijkbudget.paper.code-throttled',
      after: { wrongCodes: paperCodeGuessLimit.max, seconds: paperCodeGuessLimit.windowSeconds },
    });
    return 'throttled';
  }
  const found = await lookUpCode(db, secret, roundId, code);
  if (found !== 'unknown') {
    await returnAttempt(db, [counter.key]);
    return found;
  }
  await audit({
    action: 'wijkbudget.paper.code-unknown',
    after: { wrongCodes: taken.counts.get(counter.key) ?? 0, max: paperCodeGuessLimit.max },
  });
  return 'unknown';
}

export type CastResult =
  | { ok: true; tracker: string | null }
  | { ok: false; reason: 'used' | 'replaced' | 'unknown' };

/** A tracker: 8 random symbols in two groups, from the same unambiguous alphabet as the codes. */
function newTracker(): string {
  let tracker = '';
  while (tracker.length < 8) {
    for (const byte of randomBytes(12)) {
      if (byte < 256 - (256 % CODE_ALPHABET.length) && tracker.length < 8)
        tracker += CODE_ALPHABET[byte % CODE_ALPHABET.length];
    }
  }
  return `${tracker.slice(0, 4)}-${tracker.slice(4)}`;
}

/**
 * Casts a checked ballot with a code. One statement marks the code used and stores the ballot, so
 * two requests with the same code can never both store one: the second finds the code used. The
 * ballot is stored in the holding table (pendingBallots), from where it is mixed into the ballot table
 * by another transaction (see mixBallots); it gets no time and no id. Concurrent casts share that
 * statement (see castBatch). It applies no limit: the caller takes the attempt first (startCodeAttempt)
 * and finishes it after.
 */
export async function castBallot(
  db: Db,
  secret: Buffer,
  input: { roundId: number; code: string; choice: StoredChoice; wantsTracker: boolean },
): Promise<CastResult> {
  const cast = await castQueue(db).add({
    hash: hashCode(secret, input.roundId, input.code).toString('hex'),
    roundId: input.roundId,
    choice: input.choice,
    tracker: input.wantsTracker ? newTracker() : null,
  });
  if (cast.stored) return { ok: true, tracker: cast.tracker };
  // Why not: the caller counted this attempt against the limits before casting (startCodeAttempt).
  const state = await lookUpCode(db, secret, input.roundId, input.code);
  return { ok: false, reason: state === 'available' ? 'used' : state };
}

interface PendingCast {
  hash: string;
  roundId: number;
  choice: StoredChoice;
  tracker: string | null;
}

const castQueues = new WeakMap<Db, Batcher<PendingCast, { stored: boolean; tracker: string | null }>>();

/**
 * One queue of casts per database (per process). While one batch is written, the casts that arrive
 * wait and then go together: under load one statement and one commit serve many voters. A code occurs
 * at most once per batch, so a code sent twice at once is decided by the database.
 */
function castQueue(db: Db) {
  let queue = castQueues.get(db);
  if (!queue) {
    queue = createBatcher((casts: PendingCast[]) => castBatch(db, casts), {
      maxSize: 200,
      keyOf: (cast) => cast.hash,
    });
    castQueues.set(db, queue);
  }
  return queue;
}

async function castBatch(db: Db, casts: PendingCast[]) {
  const stored = new Set<string>();
  let open = casts;
  // A tracker that another ballot already has (about 1 in 10^11 per pair) stores nothing for that
  // cast: it gets a new tracker and goes again. So does every cast of a batch that met a waiting
  // ballot's tracker (the unique index refuses the whole statement).
  for (let attempt = 0; open.length > 0; attempt++) {
    let outcome: CastOutcome;
    try {
      outcome = await runCastStatement(db, open);
    } catch (error) {
      if (!isTrackerCollision(error) || attempt >= 3) throw error;
      for (const cast of open) if (cast.tracker) cast.tracker = newTracker();
      continue;
    }
    for (const hash of outcome.used) stored.add(hash);
    for (const cast of open) if (outcome.used.has(cast.hash)) heldByThisProcess(db, cast.roundId);
    if (outcome.clashing.size === 0 || attempt >= 3) break;
    open = open.filter((cast) => outcome.clashing.has(cast.hash));
    for (const cast of open) cast.tracker = newTracker();
  }
  return casts.map((cast) => ({ stored: stored.has(cast.hash), tracker: cast.tracker }));
}

interface CastOutcome {
  /** Hashes of the codes this statement used (their ballots are stored). */
  used: Set<string>;
  /** Hashes of casts not stored because their tracker is already on a mixed ballot. */
  clashing: Set<string>;
}

/** Marks the batch's unused codes used and stores their ballots in the holding table. */
async function runCastStatement(db: Db, casts: PendingCast[]): Promise<CastOutcome> {
  const input = JSON.stringify(
    casts.map((cast) => ({
      hash: cast.hash,
      round_id: cast.roundId,
      choice: cast.choice,
      tracker: cast.tracker,
    })),
  );
  const rows = await queryPrepared<{ kind: string; hash: string }>(
    db,
    'wijkbudget-cast-ballots',
    castStatement,
    [input],
  );
  const outcome: CastOutcome = { used: new Set(), clashing: new Set() };
  for (const row of rows) {
    if (row.kind === 'used') outcome.used.add(row.hash);
    else outcome.clashing.add(row.hash);
  }
  return outcome;
}

/**
 * The casting statement, prepared once per connection on a PostgreSQL server (the hot path of voting).
 * The codes are locked in the order of their hash, so two batches that share codes cannot deadlock;
 * a code that another transaction used meanwhile drops out when its lock is granted. The ballots go to
 * the holding table, never to the ballot table: they share this transaction's id with the code marks.
 * It answers the codes it used and the casts whose tracker a mixed ballot already has.
 */
const castStatement = `with input as (
  select decode(hash, 'hex') as hash, round_id, choice, tracker
  from jsonb_to_recordset($1::jsonb) as cast_input(hash text, round_id integer, choice jsonb, tracker text)
), clashing as (
  select input.hash from input
  cross join lateral (
    select 1 from wijkbudget_ballots ballot where ballot.tracker = input.tracker limit 1
  ) taken
  where input.tracker is not null
), locked as (
  select code.hash from wijkbudget_voting_codes code
  join input on input.hash = code.hash and input.round_id = code.round_id
  where code.used = false and code.replaced = false and code.hash not in (select hash from clashing)
  order by code.hash
  for update of code
), used as (
  update wijkbudget_voting_codes set used = true
  where hash in (select hash from locked)
  returning hash
), held as (
  insert into wijkbudget_pending_ballots (round_id, choice, tracker)
  select input.round_id, input.choice, input.tracker from input join used on used.hash = input.hash
)
select 'used' as kind, encode(hash, 'hex') as hash from used
union all
select 'clash', encode(hash, 'hex') from clashing`;

// --- mixing ---------------------------------------------------------------------------------------

/**
 * The smallest set of ballots moved from the holding table to the ballot table at once. A mixed
 * ballot's transaction id and heap position are those of its set: someone with the database can tell
 * that its code was one of the (at least) mixSize codes used since the set before, and no more. Ballots
 * wait until this many are waiting (or the round is counted); see docs/adr/0008-ballot-secrecy.md.
 */
export const mixSize = 100;

/** Two-key advisory lock (this number, the round id) that lets one mix or seal of a round run at a time. */
const mixLock = 0x5742_4d58; // "WBMX"

const mixing = new WeakMap<Db, Map<number, { again: boolean }>>();
const heldSinceMix = new WeakMap<Db, Map<number, number>>();

/**
 * Counts the ballots this process put in the holding table; after mixSize of them it starts a mix
 * (which moves all the round's waiting ballots, of every process, when at least mixSize wait). Counting
 * here keeps the cast statement free of a count of the holding table (a table with many deleted rows)
 * per batch. With several processes, up to mixSize ballots per process can wait before one of them
 * mixes; the count moves whatever waits.
 */
function heldByThisProcess(db: Db, roundId: number) {
  let held = heldSinceMix.get(db);
  if (!held) {
    held = new Map();
    heldSinceMix.set(db, held);
  }
  const count = (held.get(roundId) ?? 0) + 1;
  if (count < mixSize) {
    held.set(roundId, count);
    return;
  }
  held.delete(roundId);
  startMixing(db, roundId);
}

/**
 * Starts a mix of the round in the background, unless one of this process runs (then that one goes
 * again when done). A mix that fails leaves the ballots waiting: the next cast or the count moves them.
 */
function startMixing(db: Db, roundId: number) {
  let running = mixing.get(db);
  if (!running) {
    running = new Map();
    mixing.set(db, running);
  }
  const current = running.get(roundId);
  if (current) {
    current.again = true;
    return;
  }
  const state = { again: false };
  running.set(roundId, state);
  void (async () => {
    try {
      do {
        state.again = false;
        await mixBallots(db, roundId);
      } while (state.again);
    } catch {
      // The ballots stay in the holding table, where they are safe; the next cast or the count retries.
    } finally {
      running.delete(roundId);
    }
  })();
}

/**
 * Moves the round's waiting ballots into the ballot table, in random order, in a transaction of their
 * own, when at least `minimum` wait (the default: mixSize). Mixes of one round take turns (an advisory
 * lock), and each counts what waits after the one before committed, so a set is never smaller than
 * `minimum`. Answers how many ballots it moved.
 */
export async function mixBallots(db: Db, roundId: number, minimum = mixSize): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${mixLock}, ${roundId})`);
    const result = await tx.execute(sql`with moved as (
        delete from wijkbudget_pending_ballots
        where round_id = ${roundId}
          and (select count(*) from wijkbudget_pending_ballots where round_id = ${roundId}) >= ${minimum}
        returning round_id, choice, tracker, polling_place_id
      ), stored as (
        insert into wijkbudget_ballots (round_id, choice, tracker, polling_place_id)
        select round_id, choice, tracker, polling_place_id from moved order by random()
        returning 1
      )
      select count(*)::integer as n from stored`);
    return Number((rowsOf(result)[0] as { n: number }).n);
  });
}

/**
 * Before counting: moves every waiting ballot of the round and writes all the round's ballots again,
 * shuffled, in one statement of one transaction, so every ballot of the round carries the same
 * transaction id, command id and a random heap position (the mixed sets no longer show). Then VACUUM
 * removes the old row versions, which still carry the transaction ids of the casts and mixes.
 */
export async function sealBallots(db: Db, roundId: number): Promise<void> {
  await resealCodeMarks(db, roundId);
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${mixLock}, ${roundId})`);
    await tx.execute(sql`with mixed as (
        delete from wijkbudget_ballots where round_id = ${roundId}
        returning round_id, choice, tracker, polling_place_id
      ), waiting as (
        delete from wijkbudget_pending_ballots where round_id = ${roundId}
        returning round_id, choice, tracker, polling_place_id
      )
      insert into wijkbudget_ballots (round_id, choice, tracker, polling_place_id)
      select round_id, choice, tracker, polling_place_id
      from (select * from mixed union all select * from waiting) ballot
      order by random()`);
  });
  await db.execute(
    sql`vacuum wijkbudget_ballots, wijkbudget_pending_ballots, wijkbudget_voting_codes, wijkbudget_paper_ballots`,
  );
}

/**
 * Writes every used code mark of the round again, in random order, in one statement of its own
 * transaction (before the ballots are sealed, so the two never share a transaction id). A code's mark
 * was written with the transaction that used it, and so carried the id of the paper entry (sheet
 * number, polling place, staff) or the moment of use; afterwards all used codes of the round carry one
 * id and a random heap position. The old versions go with the VACUUM after the seal.
 */
async function resealCodeMarks(db: Db, roundId: number): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`with marked as (
        delete from wijkbudget_voting_codes where round_id = ${roundId} and used
        returning hash, round_id, batch_id, used, replaced, letter_hash
      )
      insert into wijkbudget_voting_codes (hash, round_id, batch_id, used, replaced, letter_hash)
      select hash, round_id, batch_id, used, replaced, letter_hash from marked order by random()`);
  });
}

/** A round's stored ballots, mixed or still waiting, in no particular order (turnout, tests). */
export async function storedBallots(
  db: Db,
  roundId: number,
): Promise<{ choice: StoredChoice; tracker: string | null; pollingPlaceId: number | null }[]> {
  const result = await db.execute(sql`
    select choice, tracker, polling_place_id from wijkbudget_ballots where round_id = ${roundId}
    union all
    select choice, tracker, polling_place_id from wijkbudget_pending_ballots where round_id = ${roundId}`);
  return (
    rowsOf(result) as { choice: StoredChoice; tracker: string | null; polling_place_id: number | null }[]
  ).map((row) => ({ choice: row.choice, tracker: row.tracker, pollingPlaceId: row.polling_place_id }));
}

function isTrackerCollision(error: unknown): boolean {
  const { code, constraint } = error as { code?: string; constraint?: string };
  return code === '23505' && (constraint?.includes('tracker') ?? false);
}

// --- paper ballots --------------------------------------------------------------------------------

export async function listPollingPlaces(db: Db, roundId: number) {
  return db
    .select({ id: pollingPlaces.id, name: pollingPlaces.name })
    .from(pollingPlaces)
    .where(eq(pollingPlaces.roundId, roundId))
    .orderBy(pollingPlaces.name);
}

export async function addPollingPlace(
  db: Db,
  user: SignedInUser,
  roundId: number,
  name: string,
): Promise<{ ok: true } | { ok: false; reason: 'duplicate' }> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(pollingPlaces)
      .values({ roundId, name })
      .onConflictDoNothing()
      .returning({ id: pollingPlaces.id });
    if (!row) return { ok: false as const, reason: 'duplicate' as const };
    await recordAudit(tx, {
      user,
      action: 'wijkbudget.polling-place.add',
      entityType: 'wijkbudget-round',
      entityId: roundId,
      after: { id: row.id, name },
    });
    return { ok: true as const };
  });
}

export type PaperEntryResult =
  | { ok: true; state: 'first-entry' | 'counted' | 'mismatch' }
  /** Both entries agree, but the voting code was used already or replaced: the ballot does not count. */
  | { ok: true; state: 'refused'; refusal: PaperRefusal }
  | {
      ok: false;
      reason:
        | 'already-counted'
        | 'already-refused'
        | 'already-entered'
        | 'not-an-enterer'
        | 'other-polling-place'
        | 'closed'
        | 'code-required'
        | 'code-not-needed';
    };

export interface PaperEntry {
  serial: string;
  pollingPlaceId: number;
  choice: StoredChoice;
  /**
   * The HMAC (hashCode) of the voting code that came with the paper ballot: required in a round with
   * codes and paper, so one resident votes once across both; null in a paper-only round.
   */
  codeHash: Buffer | null;
}

const sameChoice = (a: StoredChoice | null, b: StoredChoice | null) =>
  JSON.stringify(a) === JSON.stringify(b);

const sameCode = (a: Buffer | null, b: Buffer | null) =>
  a === null ? b === null : b !== null && a.equals(b);

/** Paper ballots are entered while voting runs and after it closes, until the result is counted. */
export function paperEntryOpen(phase: Phase): boolean {
  return phase === 'voting' || phase === 'counting';
}

/**
 * One staff member's entry of a paper ballot. The first entry waits; a second entry by someone else
 * either matches (choice and code) or not (both are shown for correction). While it does not match,
 * each of the two may correct their own entry; nobody else may enter that serial. When both match,
 * the code is used in the same statement that checks it: a code already used (online or on another
 * paper ballot) or replaced at the help desk makes the ballot refused, not counted. Either way the
 * choices and codes are erased from the paper ballot's row.
 */
export async function enterPaperBallot(
  db: Db,
  user: SignedInUser,
  roundId: number,
  entry: PaperEntry,
): Promise<PaperEntryResult> {
  return db.transaction(async (tx) => {
    const [round] = await tx
      .select({ eligibility: rounds.eligibility })
      .from(rounds)
      .where(eq(rounds.id, roundId));
    if (!round) throw new Error(`no round ${roundId}`);
    if (paperNeedsCode(round.eligibility) !== (entry.codeHash !== null))
      return { ok: false as const, reason: entry.codeHash ? 'code-not-needed' : 'code-required' };
    const inserted = await tx
      .insert(paperBallots)
      .values({
        roundId,
        serial: entry.serial,
        pollingPlaceId: entry.pollingPlaceId,
        firstBy: user.id,
        firstChoice: entry.choice,
        firstCode: entry.codeHash,
      })
      .onConflictDoNothing()
      .returning({ id: paperBallots.id });
    if (inserted.length === 1) {
      await auditPaper(tx, user, roundId, entry, 1);
      return { ok: true as const, state: 'first-entry' as const };
    }
    const [row] = await tx
      .select()
      .from(paperBallots)
      .where(and(eq(paperBallots.roundId, roundId), eq(paperBallots.serial, entry.serial)))
      .for('update');
    if (!row) throw new Error('paper ballot vanished');
    if (row.counted) return { ok: false as const, reason: 'already-counted' as const };
    if (row.refused) return { ok: false as const, reason: 'already-refused' as const };
    if (row.pollingPlaceId !== entry.pollingPlaceId)
      return { ok: false as const, reason: 'other-polling-place' as const };
    const entries = {
      first: { choice: row.firstChoice, code: row.firstCode },
      second: { choice: row.secondChoice, code: row.secondCode },
    };
    let secondBy = row.secondBy;
    const mine = { choice: entry.choice, code: entry.codeHash };
    if (row.secondBy === null) {
      if (await isFirstEnterer(tx, row.firstBy, user))
        return { ok: false as const, reason: 'already-entered' as const };
      entries.second = mine;
      secondBy = user.id;
    } else if (row.firstBy === user.id) entries.first = mine;
    else if (row.secondBy === user.id) entries.second = mine;
    else return { ok: false as const, reason: 'not-an-enterer' as const };
    const which = row.secondBy === null ? 2 : 'correction';
    const agree =
      sameChoice(entries.first.choice, entries.second.choice) &&
      sameCode(entries.first.code, entries.second.code);
    if (!agree) {
      await tx
        .update(paperBallots)
        .set({
          firstChoice: entries.first.choice,
          firstCode: entries.first.code,
          secondChoice: entries.second.choice,
          secondCode: entries.second.code,
          secondBy,
        })
        .where(eq(paperBallots.id, row.id));
      await auditPaper(tx, user, roundId, entry, which);
      return { ok: true as const, state: 'mismatch' as const };
    }
    const refusal = entry.codeHash === null ? null : await usePaperCode(tx, roundId, entry.codeHash);
    // The choices and the code are erased: the row keeps only what the sheet's handling needs.
    await tx
      .update(paperBallots)
      .set({
        firstChoice: null,
        firstCode: null,
        secondChoice: null,
        secondCode: null,
        secondBy,
        counted: refusal === null,
        refused: refusal,
      })
      .where(eq(paperBallots.id, row.id));
    if (refusal === null) {
      // Like a ballot cast online, it waits to be mixed: this transaction also holds the code's mark.
      await tx
        .insert(pendingBallots)
        .values({ roundId, choice: entry.choice, pollingPlaceId: row.pollingPlaceId });
    }
    await auditPaper(tx, user, roundId, entry, which, refusal);
    return refusal === null
      ? { ok: true as const, state: 'counted' as const }
      : { ok: true as const, state: 'refused' as const, refusal };
  });
}

/**
 * Marks a paper ballot's code used, when it is still unused and not replaced (the row lock makes a
 * simultaneous online cast or paper entry with the same code wait, then find it used). Answers null
 * when the code was used now, otherwise why the ballot is refused.
 */
async function usePaperCode(tx: Tx, roundId: number, codeHash: Buffer): Promise<PaperRefusal | null> {
  const used = await tx
    .update(votingCodes)
    .set({ used: true })
    .where(
      and(
        eq(votingCodes.hash, codeHash),
        eq(votingCodes.roundId, roundId),
        eq(votingCodes.used, false),
        eq(votingCodes.replaced, false),
      ),
    )
    .returning({ hash: votingCodes.hash });
  if (used.length === 1) return null;
  const state = await lookUpCodeHash(tx, roundId, codeHash);
  if (state === 'replaced') return 'code-replaced';
  if (state === 'unknown') return 'code-unknown';
  return 'code-used';
}

/** The second entry must be someone else: not the same account, nor another account with its mailbox. */
async function isFirstEnterer(tx: Tx, firstBy: number, user: SignedInUser): Promise<boolean> {
  if (firstBy === user.id) return true;
  const [first] = await tx.select({ email: users.email }).from(users).where(eq(users.id, firstBy));
  return first ? samePerson({ id: firstBy, email: first.email }, user) : false;
}

async function auditPaper(
  tx: Tx,
  user: SignedInUser,
  roundId: number,
  entry: { serial: string; pollingPlaceId: number },
  which: 1 | 2 | 'correction',
  refusal: PaperRefusal | null = null,
) {
  // No choice, no code and no polling place in the log: while voting runs, staff who read the log must
  // not be able to add up votes, or paper ballots per polling place, from it (the sheet's row keeps its
  // place), nor link a sheet to a resident's letter.
  await recordAudit(tx, {
    user,
    action: 'wijkbudget.paper.enter',
    entityType: 'wijkbudget-round',
    entityId: roundId,
    after: { serial: entry.serial, entry: which, ...(refusal ? { refused: refusal } : {}) },
  });
}

/** Paper ballots that do not count yet: waiting for a second entry, or entered differently twice. */
export async function listOpenPaperBallots(db: Db, roundId: number) {
  return db
    .select({
      serial: paperBallots.serial,
      pollingPlace: pollingPlaces.name,
      firstBy: paperBallots.firstBy,
      secondBy: paperBallots.secondBy,
      firstChoice: sql<StoredChoice>`${paperBallots.firstChoice}`,
      secondChoice: paperBallots.secondChoice,
      // Only the two entries' codes being different is shown, never a code (only HMACs are kept).
      codesDiffer: sql<boolean>`${paperBallots.firstCode} is distinct from ${paperBallots.secondCode}`,
    })
    .from(paperBallots)
    .innerJoin(pollingPlaces, eq(pollingPlaces.id, paperBallots.pollingPlaceId))
    .where(
      and(eq(paperBallots.roundId, roundId), eq(paperBallots.counted, false), isNull(paperBallots.refused)),
    )
    .orderBy(paperBallots.serial);
}

/**
 * Paper ballots that do not count because their voting code could not be used, with the reason. Staff
 * put these sheets apart (the page says so); they are never counted.
 */
export async function listRefusedPaperBallots(db: Db, roundId: number) {
  return db
    .select({ serial: paperBallots.serial, refused: paperBallots.refused })
    .from(paperBallots)
    .where(and(eq(paperBallots.roundId, roundId), isNotNull(paperBallots.refused)))
    .orderBy(paperBallots.serial) as Promise<{ serial: string; refused: PaperRefusal }[]>;
}

export interface Turnout {
  online: number;
  /** Paper ballots that count, per polling place (places with none included). */
  places: { name: string; ballots: number }[];
  total: number;
}

/** How many ballots count, online and per polling place (mixed or waiting). Only shown once voting has closed. */
export async function turnout(db: Db, roundId: number): Promise<Turnout> {
  const stored = await storedBallots(db, roundId);
  const perPlace = new Map<number, number>();
  for (const b of stored)
    if (b.pollingPlaceId !== null) perPlace.set(b.pollingPlaceId, (perPlace.get(b.pollingPlaceId) ?? 0) + 1);
  const places = (
    await db
      .select({ id: pollingPlaces.id, name: pollingPlaces.name })
      .from(pollingPlaces)
      .where(eq(pollingPlaces.roundId, roundId))
      .orderBy(pollingPlaces.name)
  ).map((p) => ({ name: p.name, ballots: perPlace.get(p.id) ?? 0 }));
  const paper = places.reduce((sum, p) => sum + p.ballots, 0);
  return { online: stored.length - paper, places, total: stored.length };
}

/** Voting codes made and used for a round (used counts only after voting has closed). */
export async function codeCounts(db: Db, roundId: number) {
  const [row] = await db
    .select({ made: count(), used: sql<number>`count(*) filter (where ${votingCodes.used})::int` })
    .from(votingCodes)
    .where(eq(votingCodes.roundId, roundId));
  return { made: row!.made, used: row!.used };
}
