// SPDX-License-Identifier: EUPL-1.2
/**
 * Ballot secrecy against someone with the whole database and the HMAC key (issue 9, finding 2). The
 * test knows which code cast which ballot (every voter chooses a different set of plans) and then
 * attacks the database as that person would: it joins ballots to code marks on the transaction id
 * (xmin), pairs them by transaction order and by heap order (ctid), looks at the command id (cmin),
 * at every other table for rows written in a ballot's transaction (the audit log, code batches), and
 * at the ballot table's columns for timestamps and sequences. Each link may find no more than chance.
 * Paper ballots take part too: each comes with its resident's code (one vote across channels), so the
 * test also looks for that code in the sheet's row and for a transaction shared by a code mark and a
 * sheet, an audit entry or a ballot. Runs on PGlite and, with TEST_DATABASE_URL, on the PostgreSQL server.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase } from '../../tests/support/db.ts';
import { createRoundIn, insertPlan, moveRoundTo } from '../../tests/support/wijkbudget.ts';
import type { Database, Db } from '../db/client.ts';
import { createUser } from '../platform/auth/service.ts';
import type { SignedInUser } from '../platform/auth/sessions.ts';
import {
  addPollingPlace,
  castBallot,
  codeSecret,
  createCodes,
  enterPaperBallot,
  hashCode,
  listPollingPlaces,
  mixBallots,
  mixSize,
  replaceLetterCode,
} from './ballot-service.ts';
import { countRound } from './result-service.ts';
import { normaliseCode } from './voting-codes.ts';

const buurt = 'BU05183620'; // a buurt of Moerwijk
const planCount = 8;
/** Voters online: more than one mix, so ballots are mixed during voting and some still wait at close. */
const voters = mixSize + 37;
/** Paper ballots entered while voting runs, each with its resident's letter code, between the online casts. */
const paperVoters = 11;
/** Every ballot that counts during voting. */
const allVoters = voters + paperVoters;

let database: Database;
let db: Db;
let staff: SignedInUser[];

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  staff = [];
  for (const name of ['Anna', 'Bram']) {
    const email = `${name.toLowerCase()}@example.nl`;
    const created = await createUser(db, null, {
      email,
      name,
      password: 'correct horse battery staple',
      role: 'admin',
      allianceId: null,
    });
    if (!created.ok) throw new Error('user not created');
    staff.push({ id: created.id, email, name, role: 'admin', allianceId: null });
  }
});
afterAll(async () => {
  await database.close();
});

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** A heap position "(block,offset)" as one sortable number. */
const heapPosition = (ctid: string) => {
  const [block, offset] = ctid.slice(1, -1).split(',').map(Number);
  return block! * 100_000 + offset!;
};

/** The set of plans as a key: voter i chooses the plans of the bits of i + 1. */
const choiceKey = (planIds: number[]) => [...planIds].sort((a, b) => a - b).join(',');

interface Voted {
  roundId: number;
  /** code hash (hex) -> the key of the choice cast with it */
  truth: Map<string, string>;
  /** code hashes in the order they were used */
  castOrder: string[];
  helpDeskHash: string;
  /** code hashes of the paper ballots that count */
  paperHashes: string[];
}

/** A round in voting with 8 plans; every voter (one with a help-desk code) casts a different choice. */
async function voteRound(): Promise<Voted> {
  const round = await createRoundIn(db, 'voting', {
    title: 'Geheim',
    budgetEuros: 30_000,
    eligibility: 'codes-and-paper',
    trackers: true,
  });
  const planIds: number[] = [];
  for (let i = 0; i < planCount; i++)
    planIds.push(await insertPlan(db, round.id, { title: `Plan ${i}`, costEuros: 1_000, buurtCode: buurt }));
  const secret = await codeSecret(db, undefined);
  // Letters for the online voters (but one, who has a help-desk code), the paper voters and one more
  // resident whose letter is lost and replaced.
  const letters = await createCodes(db, secret, staff[0]!, round.id, {
    kind: 'letters',
    label: 'Brieven',
    size: voters - 1 + paperVoters + 1,
  });
  const paperCodes = letters.codes.slice(voters - 1, voters - 1 + paperVoters);
  const lostLetter = { batchId: letters.batchId, sequence: letters.codes.length };
  for (const name of ['Buurthuis De Boog', 'Bibliotheek Moerwijk'])
    await addPollingPlace(db, staff[0]!, round.id, name);
  const places = await listPollingPlaces(db, round.id);
  const truth = new Map<string, string>();
  const castOrder: string[] = [];
  const paperHashes: string[] = [];
  let helpDeskHash = '';
  /** Two staff members enter a sheet with a code; answers how the second entry ended. */
  const enterSheet = async (serial: string, code: string, planIdsChosen: number[], place: number) => {
    const codeHash = hashCode(secret, round.id, normaliseCode(code));
    let last: Awaited<ReturnType<typeof enterPaperBallot>> | undefined;
    for (const user of staff)
      last = await enterPaperBallot(db, user, round.id, {
        serial,
        pollingPlaceId: places[place % places.length]!.id,
        choice: { planIds: planIdsChosen },
        codeHash,
      });
    return { last: last!, hash: codeHash.toString('hex') };
  };
  for (let i = 0; i < voters; i++) {
    // Now and then a paper ballot, entered while voting runs; its choice (bits of 200 + k) is one no
    // online voter makes.
    if (i % 12 === 5 && paperHashes.length < paperVoters) {
      const k = paperHashes.length;
      const chosen = planIds.filter((_, bit) => ((200 + k) >> bit) & 1);
      const sheet = await enterSheet(`P-${k}`, paperCodes[k]!, chosen, k);
      expect(sheet.last).toEqual({ ok: true, state: 'counted' });
      truth.set(sheet.hash, choiceKey(chosen));
      castOrder.push(sheet.hash);
      paperHashes.push(sheet.hash);
    }
    // The help-desk code is made while voting runs, just before its voter casts (as at a desk).
    const code =
      i === 60
        ? (
            await createCodes(db, secret, staff[1]!, round.id, {
              kind: 'help-desk',
              label: 'Brief kwijt',
              size: 1,
            })
          ).codes[0]!
        : letters.codes[i < 60 ? i : i - 1]!;
    const chosen = planIds.filter((_, bit) => ((i + 1) >> bit) & 1);
    const hash = hashCode(secret, round.id, normaliseCode(code)).toString('hex');
    if (i === 60) helpDeskHash = hash;
    const cast = await castBallot(db, secret, {
      roundId: round.id,
      code: normaliseCode(code),
      choice: { planIds: chosen },
      wantsTracker: i % 4 === 0,
    });
    expect(cast.ok).toBe(true);
    truth.set(hash, choiceKey(chosen));
    castOrder.push(hash);
  }
  expect(paperHashes).toHaveLength(paperVoters);
  // One vote per resident across channels: a sheet with a code used online, and one whose letter was
  // replaced at the help desk, are refused (and count nowhere).
  const usedOnline = await enterSheet('P-dubbel', letters.codes[0]!, [planIds[0]!], 0);
  expect(usedOnline.last).toEqual({ ok: true, state: 'refused', refusal: 'code-used' });
  expect(await replaceLetterCode(db, secret, staff[1]!, round.id, lostLetter)).toMatchObject({ ok: true });
  const replaced = await enterSheet('P-vervangen', letters.codes.at(-1)!, [planIds[1]!], 1);
  expect(replaced.last).toEqual({ ok: true, state: 'refused', refusal: 'code-replaced' });
  return { roundId: round.id, truth, castOrder, helpDeskHash, paperHashes };
}

interface StoredBallot {
  key: string;
  xmin: number;
  cmin: string;
  position: number;
}

/** The round's mixed ballots, online and paper, except `without` (a choice the test left out). */
async function storedBallots(roundId: number, without?: string): Promise<StoredBallot[]> {
  const found = await rows<{ choice: { planIds: number[] }; xmin: string; cmin: string; ctid: string }>(
    sql`select choice, xmin::text as xmin, cmin::text as cmin, ctid::text as ctid
        from wijkbudget_ballots where round_id = ${roundId}`,
  );
  return found
    .map((b) => ({
      key: choiceKey(b.choice.planIds),
      xmin: Number(b.xmin),
      cmin: b.cmin,
      position: heapPosition(b.ctid),
    }))
    .filter((b) => b.key !== without);
}

async function usedCodes(roundId: number) {
  const found = await rows<{ hash: string; xmin: string; ctid: string }>(
    sql`select encode(hash, 'hex') as hash, xmin::text as xmin, ctid::text as ctid
        from wijkbudget_voting_codes where round_id = ${roundId} and used`,
  );
  return found.map((c) => ({ hash: c.hash, xmin: Number(c.xmin), position: heapPosition(c.ctid) }));
}

/** Pairs the i-th ballot with the i-th code in the given orders; answers how many pairs are right. */
function rightPairs(voted: Voted, ballotKeys: string[], codeHashes: string[]): number {
  let right = 0;
  ballotKeys.forEach((key, i) => {
    if (codeHashes[i] !== undefined && voted.truth.get(codeHashes[i]!) === key) right++;
  });
  return right;
}

/** Spearman's rank correlation of two equally long lists of distinct ranks 0..n-1. */
function rankCorrelation(a: number[], b: number[]): number {
  const n = a.length;
  const d2 = a.reduce((sum, ai, i) => sum + (ai - b[i]!) ** 2, 0);
  return 1 - (6 * d2) / (n * (n * n - 1));
}

/**
 * Every link an attacker can try between the stored ballots and the code marks. Chance: pairing n
 * ballots with n codes at random gets about 1 pair right (a random permutation has 1 fixed point on
 * average; 7 or more happen less than once in 10,000 runs).
 */
async function expectNoLinks(voted: Voted, ballots: StoredBallot[]) {
  const codes = (await usedCodes(voted.roundId)).filter((c) => voted.truth.has(c.hash));
  expect(codes).toHaveLength(allVoters);

  // 1. The same transaction: a ballot and a code mark with the same xmin.
  const codeXmins = new Map<number, string[]>();
  for (const c of codes) codeXmins.set(c.xmin, [...(codeXmins.get(c.xmin) ?? []), c.hash]);
  const sharedXmin = ballots.filter((b) => codeXmins.has(b.xmin));
  expect(sharedXmin).toEqual([]);

  // 2. Transaction order: ballots and codes each sorted by xmin (then heap position), paired in order.
  const byXmin = <T extends { xmin: number; position: number }>(list: T[]) =>
    list.toSorted((x, y) => x.xmin - y.xmin || x.position - y.position);
  const codesInOrder = byXmin(codes).map((c) => c.hash);
  expect(
    rightPairs(
      voted,
      byXmin(ballots).map((b) => b.key),
      codesInOrder,
    ),
  ).toBeLessThan(7);

  // 3. Heap order: ballots in ctid order against the order the codes were used.
  const ballotsByHeap = ballots.toSorted((x, y) => x.position - y.position).map((b) => b.key);
  expect(rightPairs(voted, ballotsByHeap, voted.castOrder)).toBeLessThan(7);
  const castRank = new Map(voted.castOrder.map((hash, i) => [voted.truth.get(hash)!, i]));
  const heapRanks = ballotsByHeap.map((_, i) => i);
  const castRanks = ballotsByHeap.map((key) => castRank.get(key)!);
  expect(Math.abs(rankCorrelation(heapRanks, castRanks))).toBeLessThan(0.4);
  // ... and the codes in heap order against the ballots in heap order.
  const codesByHeap = codes.toSorted((x, y) => x.position - y.position).map((c) => c.hash);
  expect(rightPairs(voted, ballotsByHeap, codesByHeap)).toBeLessThan(7);

  // 4. The help-desk code (its batch names the staff member and the reason; the audit log the time):
  //    its ballot is no closer to its code mark, in transaction order, than any other ballot.
  const helpDesk = codes.find((c) => c.hash === voted.helpDeskHash)!;
  const distance = (b: StoredBallot) => Math.abs(b.xmin - helpDesk.xmin);
  const nearest = Math.min(...ballots.map(distance));
  const candidates = ballots.filter((b) => distance(b) === nearest);
  expect(candidates.length).toBeGreaterThanOrEqual(mixSize);
}

/** Rows in any other table that were written in the same transaction as a stored ballot. */
async function rowsSharingABallotTransaction(roundId: number) {
  const tables = await rows<{ name: string }>(
    sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'wijkbudget_ballots'`,
  );
  const shared: string[] = [];
  for (const { name } of tables) {
    const [found] = await rows<{ n: number }>(
      sql`select count(*)::int as n from ${sql.identifier(name)}
          where xmin::text in (select xmin::text from wijkbudget_ballots where round_id = ${roundId})`,
    );
    if (found!.n > 0) shared.push(`${name}: ${found!.n}`);
  }
  return shared;
}

/** Rows in any table but the code table that were written in the same transaction as a used code mark. */
async function rowsSharingACodeMarkTransaction(roundId: number) {
  const tables = await rows<{ name: string }>(
    sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'wijkbudget_voting_codes'`,
  );
  const shared: string[] = [];
  for (const { name } of tables) {
    const [found] = await rows<{ n: number }>(
      sql`select count(*)::int as n from ${sql.identifier(name)}
          where xmin::text in (
            select xmin::text from wijkbudget_voting_codes where round_id = ${roundId} and used)`,
    );
    if (found!.n > 0) shared.push(`${name}: ${found!.n}`);
  }
  return shared;
}

/** What the paper sheets' rows still hold that could name a code or a choice. */
async function paperRowsWithCodeOrChoice(roundId: number) {
  const [found] = await rows<{ n: number }>(
    sql`select count(*)::int as n from wijkbudget_paper_ballots
        where round_id = ${roundId} and (counted or refused is not null)
          and (first_code is not null or second_code is not null
               or first_choice is not null or second_choice is not null)`,
  );
  return found!.n;
}

describe('ballot secrecy against the whole database', () => {
  let voted: Voted;
  beforeAll(async () => {
    voted = await voteRound();
  }, 120_000);

  test('during voting: the ballots stored so far link to no code, no batch and no desk', async () => {
    await mixBallots(db, voted.roundId);
    const ballots = await storedBallots(voted.roundId);
    // Ballots are mixed in sets of at least mixSize; the rest waits (fewer than mixSize).
    expect(ballots.length).toBeGreaterThanOrEqual(mixSize);
    expect(ballots.length % mixSize === 0 || ballots.length > mixSize).toBe(true);
    const [waiting] = await rows<{ n: number }>(
      sql`select count(*)::int as n from wijkbudget_pending_ballots where round_id = ${voted.roundId}`,
    );
    expect(ballots.length + waiting!.n).toBe(allVoters);
    expect(waiting!.n).toBeLessThan(mixSize);
    const codes = await usedCodes(voted.roundId);
    const codeXmins = new Set(codes.map((c) => c.xmin));
    expect(ballots.filter((b) => codeXmins.has(b.xmin))).toEqual([]);
    expect(await rowsSharingABallotTransaction(voted.roundId)).toEqual([]);
    // A paper sheet that counts (or was refused) keeps its number, place and enterers, never its code
    // or its choice: they were erased when the two entries agreed.
    expect(await paperRowsWithCodeOrChoice(voted.roundId)).toBe(0);
    const sheets = await rows<{ counted: boolean; refused: string | null }>(
      sql`select counted, refused from wijkbudget_paper_ballots where round_id = ${voted.roundId} order by serial`,
    );
    expect(sheets.filter((p) => p.counted)).toHaveLength(paperVoters);
    expect(sheets.filter((p) => p.refused).map((p) => p.refused)).toEqual(['code-used', 'code-replaced']);
  });

  test('after counting: no link between ballots and codes, batches, desks, sheets or time', async () => {
    // Two staff members enter a paper ballot after voting closed, with a help-desk code; then the
    // round is counted.
    await moveRoundTo(db, voted.roundId, 'counting');
    const [place] = await listPollingPlaces(db, voted.roundId);
    const secret = await codeSecret(db, undefined);
    const late = await createCodes(db, secret, staff[0]!, voted.roundId, {
      kind: 'help-desk',
      label: 'Geen brief gekregen',
      size: 1,
    });
    for (const user of staff) {
      await enterPaperBallot(db, user, voted.roundId, {
        serial: 'P-laat',
        pollingPlaceId: place!.id,
        choice: { planIds: [] },
        codeHash: hashCode(secret, voted.roundId, normaliseCode(late.codes[0]!)),
      });
    }
    expect(await countRound(db, staff[0]!, voted.roundId, new Date())).toEqual({ ok: true });

    const ballots = await storedBallots(voted.roundId, choiceKey([]));
    expect(ballots).toHaveLength(allVoters);
    expect(new Set(ballots.map((b) => b.key)).size).toBe(allVoters);
    await expectNoLinks(voted, ballots);

    // All ballots of the round, paper included, were written by one transaction and one command:
    // xmin and cmin say nothing finer than "this round".
    const all = await rows<{ xmins: number; cmins: number }>(
      sql`select count(distinct xmin::text)::int as xmins, count(distinct cmin::text)::int as cmins
          from wijkbudget_ballots where round_id = ${voted.roundId}`,
    );
    expect(all[0]).toEqual({ xmins: 1, cmins: 1 });
    // Nothing else (no code mark, no audit entry, no code batch, no paper entry) shares that transaction.
    expect(await rowsSharingABallotTransaction(voted.roundId)).toEqual([]);
    // The code marks were written again too: a paper code's mark no longer shares a transaction with
    // its sheet (number, place, enterers) or the audit entry of its second entry, nor an online code's
    // with anything; all used codes carry one transaction id.
    expect(await rowsSharingACodeMarkTransaction(voted.roundId)).toEqual([]);
    const marks = await rows<{ xmins: number }>(
      sql`select count(distinct xmin::text)::int as xmins from wijkbudget_voting_codes
          where round_id = ${voted.roundId} and used`,
    );
    expect(marks[0]).toEqual({ xmins: 1 });
    expect(await paperRowsWithCodeOrChoice(voted.roundId)).toBe(0);
    // Nothing waits any more.
    const [waiting] = await rows<{ n: number }>(
      sql`select count(*)::int as n from wijkbudget_pending_ballots where round_id = ${voted.roundId}`,
    );
    expect(waiting!.n).toBe(0);
  });

  test('a paper sheet keeps no time, and no code or choice once its entries agree', async () => {
    const columns = await rows<{ name: string; type: string }>(
      sql`select column_name as name, data_type as type from information_schema.columns
          where table_schema = 'public' and table_name = 'wijkbudget_paper_ballots' order by column_name`,
    );
    expect(columns.filter((c) => /time|date/.test(c.type))).toEqual([]);
    // Only these hold a code or a choice, and only while the two entries differ or wait.
    expect(columns.filter((c) => /code|choice/.test(c.name)).map((c) => c.name)).toEqual([
      'first_choice',
      'first_code',
      'second_choice',
      'second_code',
    ]);
  });

  test('the ballot table has no time, no sequence and no column that names a code, batch or voter', async () => {
    for (const table of ['wijkbudget_ballots', 'wijkbudget_pending_ballots']) {
      const columns = await rows<{ name: string; type: string; fallback: string | null }>(
        sql`select column_name as name, data_type as type, column_default as fallback
            from information_schema.columns where table_schema = 'public' and table_name = ${table}
            order by column_name`,
      );
      expect(columns.map((c) => c.name)).toEqual(
        table === 'wijkbudget_ballots'
          ? ['choice', 'id', 'polling_place_id', 'round_id', 'tracker']
          : ['choice', 'polling_place_id', 'round_id', 'tracker'],
      );
      expect(columns.filter((c) => /time|date/.test(c.type))).toEqual([]);
      expect(columns.filter((c) => c.fallback?.includes('nextval'))).toEqual([]);
    }
  });
});
