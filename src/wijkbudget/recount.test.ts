// SPDX-License-Identifier: EUPL-1.2
/**
 * Anyone can recount: the published Pabulib file, downloaded from the open data API and counted by the
 * real command-line tool (`node bin/pb-count.ts`, as a child process), gives exactly the published
 * outcome, and its SHA-256 is the published `ballots_sha256`.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../../tests/support/app.ts';
import { createRoundIn, insertPlan, moveRoundTo } from '../../tests/support/wijkbudget.ts';
import { users } from '../platform/auth/schema.ts';
import type { SignedInUser } from '../platform/auth/sessions.ts';
import { createLogger } from '../platform/logger.ts';
import { createOutbox } from '../platform/mail/outbox.ts';
import { seededRandom } from '../platform/seeded-random.ts';
import {
  addPollingPlace,
  ballotSetup,
  castBallot,
  checkChoice,
  codeSecret,
  createCodes,
  enterPaperBallot,
  hashCode,
  listPollingPlaces,
} from './ballot-service.ts';
import { countRound, publishResult } from './result-service.ts';
import type { BallotChoice } from './rules.ts';
import type { RoundInput, WijkbudgetDeps } from './service.ts';
import { normaliseCode } from './voting-codes.ts';

const run = promisify(execFile);
const cli = fileURLToPath(new URL('../../bin/pb-count.ts', import.meta.url));
const buurt = 'BU05183620'; // a buurt of Moerwijk

let t: TestApp;
let deps: WijkbudgetDeps;
let admin: SignedInUser;
let editor: SignedInUser;
let dir: string;

beforeAll(async () => {
  t = await buildTestApp();
  const logger = createLogger('silent');
  deps = { outbox: createOutbox(t.jobs), logger, publicUrl: 'http://localhost' };
  const staffUser = async (email: string): Promise<SignedInUser> => {
    const [row] = await t.database.db.select().from(users).where(eq(users.email, email));
    return { id: row!.id, email, name: row!.name, role: row!.role, allianceId: row!.allianceId };
  };
  admin = await staffUser(t.staff.admin);
  editor = await staffUser(t.staff.editor);
  dir = mkdtempSync(join(tmpdir(), 'ozw-recount-'));
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

const costs = [2_500, 4_000, 6_000, 8_000, 9_500, 12_000, 15_000, 21_000];

/**
 * A round through the services: eight feasible plans, 120 ballots cast with codes (some asking for a
 * tracker), one paper ballot entered twice, then counted and published.
 */
async function publishedRound(
  overrides: Partial<RoundInput>,
  makeChoice: (ids: number[], r: () => number) => BallotChoice,
) {
  const { db } = t.database;
  const round = await createRoundIn(db, 'voting', {
    budgetEuros: 40_000,
    eligibility: 'codes-and-paper',
    ...overrides,
  });
  const ids: number[] = [];
  for (const [i, cost] of costs.entries())
    ids.push(await insertPlan(db, round.id, { title: `Plan ${i + 1}`, costEuros: cost, buurtCode: buurt }));
  const secret = await codeSecret(db, undefined);
  const { codes } = await createCodes(db, secret, admin, round.id, {
    kind: 'letters',
    label: 'Brieven',
    size: 120,
  });
  const setup = (await ballotSetup(db, round.id, new Date()))!;
  const r = seededRandom(20_261_122); // the same ballots (by plan position) in every round
  let cast = 0;
  for (const [i, code] of codes.entries()) {
    const checked = checkChoice(setup, makeChoice(ids, r));
    if (!checked.ok) continue; // an invalid random choice is simply not cast
    const result = await castBallot(db, secret, {
      roundId: round.id,
      code: normaliseCode(code),
      choice: checked.stored,
      wantsTracker: i % 10 === 0,
    });
    expect(result.ok).toBe(true);
    cast += 1;
  }
  expect(cast).toBeGreaterThan(80);
  await addPollingPlace(db, admin, round.id, 'Buurthuis');
  const [place] = await listPollingPlaces(db, round.id);
  const paper = checkChoice(setup, makeChoice(ids, r));
  if (!paper.ok) throw new Error(`paper ballot invalid: ${paper.reason}`);
  // The resident who votes on paper hands in their letter: its code goes with the ballot.
  const letter = await createCodes(db, secret, admin, round.id, {
    kind: 'letters',
    label: 'Papier',
    size: 1,
  });
  const codeHash = hashCode(secret, round.id, normaliseCode(letter.codes[0]!));
  for (const user of [admin, editor]) {
    await enterPaperBallot(db, user, round.id, {
      serial: 'P-1',
      pollingPlaceId: place!.id,
      choice: paper.stored,
      codeHash,
    });
  }
  await moveRoundTo(db, round.id, 'counting');
  expect(await countRound(db, admin, round.id, new Date())).toEqual({ ok: true });
  expect(await publishResult(db, deps, admin, round.id, new Date())).toEqual({ ok: true });
  return { ...round, ids, ballots: cast + 1 };
}

/** Downloads the result and the ballot file through the app, and recounts the file with pb-count. */
async function recount(round: { id: number; slug: string; ballots: number }) {
  const resultResponse = await t.app.request(`/api/v1/wijkbudget/rounds/${round.id}/result`);
  expect(resultResponse.status).toBe(200);
  const result = (await resultResponse.json()) as {
    rule: string;
    selected: string[];
    ballots: number;
    ballots_sha256: string;
  };
  expect(result.ballots).toBe(round.ballots);
  const fileResponse = await t.app.request(`/api/v1/wijkbudget/rounds/${round.id}/ballots.pb`);
  expect(fileResponse.status).toBe(200);
  const bytes = Buffer.from(await fileResponse.arrayBuffer());
  const file = join(dir, `${round.slug}.pb`);
  writeFileSync(file, bytes);
  const { stdout } = await run(process.execPath, [cli, '--rule', result.rule, file]);
  const line = JSON.parse(stdout.trim()) as { rule: string; selected: string[] };
  return {
    result,
    recounted: line,
    fileSha256: createHash('sha256').update(bytes).digest('hex'),
    text: bytes.toString('utf8'),
  };
}

/** Approval: each voter picks plans in random order while they fit the budget (at least one). */
const approval = (ids: number[], r: () => number): BallotChoice => {
  const shuffled = [...ids.keys()].sort(() => r() - 0.5);
  const chosen: string[] = [];
  let left = 40_000;
  // Two groups, as in a real wijk: most voters want the three bigger plans (5-7), a minority the
  // cheap ones (1-4). Greedy by votes funds the majority first; equal shares gives the minority its share.
  const group = r() < 0.3 ? 'small' : 'large';
  for (const i of shuffled) {
    const likes = group === 'small' ? i < 4 || r() < 0.15 : (i >= 4 && i <= 6) || r() < 0.15;
    if (likes && costs[i]! <= left) {
      chosen.push(String(ids[i]));
      left -= costs[i]!;
    }
  }
  return { planIds: chosen.length > 0 ? chosen : [String(ids[0])] };
};

describe('the published ballot file recounts to the published result with npx pb-count', () => {
  /** The selected plans by position (Plan 1..8), per rule. */
  const outcomes = new Map<string, number[]>();

  for (const rule of ['greedy_cost', 'mes_cost_add1_greedy'] as const) {
    test(`budget ballot counted with ${rule}`, async () => {
      const round = await publishedRound({ title: `Natellen ${rule}`, rule }, approval);
      const { result, recounted, fileSha256, text } = await recount(round);
      expect(result.rule).toBe(rule);
      expect(recounted.rule).toBe(rule);
      expect(result.selected.length).toBeGreaterThan(0);
      expect(recounted.selected).toEqual(result.selected);
      expect(fileSha256).toBe(result.ballots_sha256);
      expect(text).toMatch(/;paper;\n/);
      expect(text).toMatch(/;internet;[2-9A-Z]{4}-[2-9A-Z]{4}\n/);
      outcomes.set(
        rule,
        result.selected.map((id) => round.ids.indexOf(Number(id)) + 1),
      );
    });
  }

  test('points ballot counted with greedy_points', async () => {
    const round = await publishedRound(
      { title: 'Natellen punten', ballotKind: 'points', ballotLimit: 10, rule: 'greedy_points' },
      (ids, r) => {
        const points: Record<string, number> = {};
        let left = 10;
        for (const id of [...ids].sort(() => r() - 0.5)) {
          if (left === 0) break;
          const given = Math.min(left, Math.floor(r() * 6));
          if (given > 0) points[String(id)] = given;
          left -= given;
        }
        if (Object.keys(points).length === 0) points[String(ids[0])] = 1;
        return { points };
      },
    );
    const { result, recounted, fileSha256, text } = await recount(round);
    expect(result.rule).toBe('greedy_points');
    expect(recounted.selected).toEqual(result.selected);
    expect(result.selected.length).toBeGreaterThan(0);
    expect(fileSha256).toBe(result.ballots_sha256);
    expect(text).toContain('vote_type;cumulative');
  });

  test('the two rules really counted differently on ballots of the same shape', () => {
    // Not a requirement of the rules, but it shows the rule in the file is the one pb-count applied.
    const greedy = outcomes.get('greedy_cost');
    const mes = outcomes.get('mes_cost_add1_greedy');
    expect(greedy).toBeDefined();
    expect(mes).toBeDefined();
    expect([...mes!].sort()).not.toEqual([...greedy!].sort());
  });
});
