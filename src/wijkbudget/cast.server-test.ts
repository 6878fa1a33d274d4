// SPDX-License-Identifier: EUPL-1.2
/**
 * Casting under real concurrency, on a PostgreSQL server only (PGlite runs one query at a time, so
 * nothing can race there): the same voting code sent 50 times at once stores exactly one ballot, and
 * many different codes at once store one ballot each. Two connection pools stand in for two cluster
 * workers. The same again through HTTP: the real app on a local port, the real casting route.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { buildTestApp, type TestApp } from '../../tests/support/app.ts';
import { createTestDatabase } from '../../tests/support/db.ts';
import { createRoundIn, insertPlan } from '../../tests/support/wijkbudget.ts';
import { type Database, openDatabase } from '../db/client.ts';
import { users } from '../platform/auth/schema.ts';
import { createUser } from '../platform/auth/service.ts';
import type { SignedInUser } from '../platform/auth/sessions.ts';
import { t } from '../platform/i18n.ts';
import {
  addPollingPlace,
  ballotSetup,
  type CastResult,
  castBallot,
  checkChoice,
  codeSecret,
  createCodes,
  enterPaperBallot,
  hashCode,
  listPollingPlaces,
  storedBallots,
} from './ballot-service.ts';
import { confirmCodeRequest, startHelpDeskCode } from './code-batches.ts';
import { votingCodes } from './schema.ts';
import { getRound } from './service.ts';
import { normaliseCode } from './voting-codes.ts';

const onServer = inject('databaseTemplate').kind === 'server';
const buurt = 'BU05183620'; // a buurt of Moerwijk

let database: Database & { url?: string };
let secondPool: Database;
let staff: SignedInUser;

beforeAll(async () => {
  if (!onServer) return;
  database = await createTestDatabase();
  secondPool = await openDatabase({ databaseUrl: database.url!, poolSize: 20 });
  const email = 'beheer@example.nl';
  const user = await createUser(database.db, null, {
    email,
    name: 'Beheer',
    password: 'correct horse battery staple',
    role: 'admin',
    allianceId: null,
  });
  if (!user.ok) throw new Error('user not created');
  staff = { id: user.id, email, name: 'Beheer', role: 'admin', allianceId: null };
});
afterAll(async () => {
  if (!onServer) return;
  await secondPool.close();
  await database.close();
});

async function votingRound(codes: number) {
  const { db } = database;
  const round = await createRoundIn(db, 'voting', { title: `Gelijktijdig ${codes}` });
  const a = await insertPlan(db, round.id, { title: 'Bankjes', costEuros: 4_000, buurtCode: buurt });
  const b = await insertPlan(db, round.id, { title: 'Moestuin', costEuros: 12_000, buurtCode: buurt });
  const secret = await codeSecret(db, undefined);
  const made = await createCodes(db, secret, staff, round.id, {
    kind: 'letters',
    label: 'Brieven',
    size: codes,
  });
  const setup = (await ballotSetup(db, round.id, new Date()))!;
  const checked = checkChoice(setup, { planIds: [String(a), String(b)] });
  if (!checked.ok) throw new Error(checked.reason);
  return { roundId: round.id, secret, codes: made.codes, choice: checked.stored };
}

async function stored(roundId: number) {
  const { db } = database;
  const [c] = await db
    .select({ n: count() })
    .from(votingCodes)
    .where(and(eq(votingCodes.roundId, roundId), eq(votingCodes.used, true)));
  return { ballots: (await storedBallots(db, roundId)).length, usedCodes: c!.n };
}

describe.skipIf(!onServer)('casting at the same moment, on the PostgreSQL server', () => {
  test('the same code sent 50 times at once: one ballot stored, one code used, 49 refusals', async () => {
    const round = await votingRound(3);
    const code = normaliseCode(round.codes[0]!);
    const pools = [database.db, secondPool.db];
    const results: CastResult[] = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        castBallot(pools[i % 2]!, round.secret, {
          roundId: round.roundId,
          code,
          choice: round.choice,
          wantsTracker: i % 3 === 0,
        }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.filter((r) => !r.ok);
    expect(refused).toHaveLength(49);
    expect(new Set(refused.map((r) => (r.ok ? 'ok' : r.reason)))).toEqual(new Set(['used']));
    expect(await stored(round.roundId)).toEqual({ ballots: 1, usedCodes: 1 });
    // The other codes are untouched and still work.
    const other = await castBallot(database.db, round.secret, {
      roundId: round.roundId,
      code: normaliseCode(round.codes[1]!),
      choice: round.choice,
      wantsTracker: false,
    });
    expect(other.ok).toBe(true);
    expect(await stored(round.roundId)).toEqual({ ballots: 2, usedCodes: 2 });
  });

  test('each of 10 codes sent 10 times at once, interleaved: 10 ballots, 90 refusals', async () => {
    const round = await votingRound(10);
    const pools = [database.db, secondPool.db];
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        castBallot(pools[i % 2]!, round.secret, {
          roundId: round.roundId,
          code: normaliseCode(round.codes[i % 10]!),
          choice: round.choice,
          wantsTracker: false,
        }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    expect(await stored(round.roundId)).toEqual({ ballots: 10, usedCodes: 10 });
  });

  test('30 codes sent by two processes at once, in opposite order: 30 ballots, 30 refusals', async () => {
    // Each process writes the casts that wait together in one statement, so both statements hold
    // many of the same codes, listed in opposite order: the locks must still be taken in one order.
    const round = await votingRound(30);
    const codes = round.codes.map(normaliseCode);
    const castWith = (pool: Database, code: string) =>
      castBallot(pool.db, round.secret, {
        roundId: round.roundId,
        code,
        choice: round.choice,
        wantsTracker: false,
      });
    const results = await Promise.all([
      ...codes.map((code) => castWith(database, code)),
      ...codes.toReversed().map((code) => castWith(secondPool, code)),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(30);
    expect(results.filter((r) => !r.ok && r.reason === 'used')).toHaveLength(30);
    expect(await stored(round.roundId)).toEqual({ ballots: 30, usedCodes: 30 });
  });

  test('300 different codes cast at once: 300 ballots, 300 codes used', async () => {
    const round = await votingRound(300);
    const pools = [database.db, secondPool.db];
    const results = await Promise.all(
      round.codes.map((code, i) =>
        castBallot(pools[i % 2]!, round.secret, {
          roundId: round.roundId,
          code: normaliseCode(code),
          choice: round.choice,
          wantsTracker: i % 2 === 0,
        }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const trackers = results.flatMap((r) => (r.ok && r.tracker ? [r.tracker] : []));
    expect(new Set(trackers).size).toBe(150);
    expect(await stored(round.roundId)).toEqual({ ballots: 300, usedCodes: 300 });
  });
});

describe.skipIf(!onServer)('casting at the same moment through HTTP, on the PostgreSQL server', () => {
  let testApp: TestApp;
  let server: ReturnType<typeof serve>;
  let base: string;
  beforeAll(async () => {
    // Behind a proxy, as in production: every voter is counted by their own address (X-Forwarded-For).
    // From one address, at most 10 code attempts may be under way at once (see code-limits.test.ts).
    testApp = await buildTestApp({ TRUST_PROXY: '1' });
    server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const started = serve({ fetch: testApp.app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
        resolve(started),
      );
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      if ('closeAllConnections' in server) server.closeAllConnections();
    });
    await testApp.close();
  });

  async function httpRound(size: number) {
    const { db } = testApp.database;
    const round = await createRoundIn(db, 'voting', { title: `Gelijktijdig HTTP ${size}` });
    const a = await insertPlan(db, round.id, { title: 'Bankjes', costEuros: 4_000, buurtCode: buurt });
    const secret = await codeSecret(db, undefined);
    const [user] = await db.select().from(users).where(eq(users.email, testApp.staff.admin));
    const signedIn: SignedInUser = {
      id: user!.id,
      email: user!.email,
      name: user!.name,
      role: 'admin',
      allianceId: null,
    };
    const { codes } = await createCodes(db, secret, signedIn, round.id, {
      kind: 'letters',
      label: 'x',
      size,
    });
    return { ...round, planId: a, codes };
  }

  /** A ballot posted as the browser would after the confirmation page: CSRF cookie and field, code, plans. */
  let voter = 0;
  function post(slug: string, code: string, planId: number) {
    voter++;
    const token = 'gelijktijdig-csrf-token';
    const body = new URLSearchParams({ _csrf: token, code, plan: String(planId), declaration: '1' });
    return fetch(`${base}/wijkbudget/${slug}/stemmen/uitbrengen`, {
      method: 'POST',
      body,
      headers: {
        cookie: `ozw_csrf=${token}`,
        'content-type': 'application/x-www-form-urlencoded',
        'x-forwarded-for': `10.0.${voter >> 8}.${voter & 255}`,
      },
      redirect: 'manual',
    }).then(async (response) => ({ status: response.status, text: await response.text() }));
  }

  async function storedIn(roundId: number) {
    const { db } = testApp.database;
    const [c] = await db
      .select({ n: count() })
      .from(votingCodes)
      .where(and(eq(votingCodes.roundId, roundId), eq(votingCodes.used, true)));
    return { ballots: (await storedBallots(db, roundId)).length, usedCodes: c!.n };
  }

  test('the same code posted 50 times at once: one thank-you page, 49 refusals, one ballot', async () => {
    const round = await httpRound(2);
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => post(round.slug, round.codes[0]!, round.planId)),
    );
    const accepted = responses.filter((r) => r.status === 200);
    expect(accepted).toHaveLength(1);
    expect(accepted[0]!.text).toContain(t('wijkbudget.cast.title'));
    const refused = responses.filter((r) => r.status !== 200);
    expect(refused).toHaveLength(49);
    expect(new Set(refused.map((r) => r.status))).toEqual(new Set([400]));
    for (const r of refused) expect(r.text).toContain(t('wijkbudget.code.used'));
    expect(await storedIn(round.id)).toEqual({ ballots: 1, usedCodes: 1 });
  });

  test('100 different codes posted at once: 100 thank-you pages, 100 ballots', async () => {
    const round = await httpRound(100);
    const responses = await Promise.all(round.codes.map((code) => post(round.slug, code, round.planId)));
    expect(responses.map((r) => r.status)).toEqual(round.codes.map(() => 200));
    expect(await storedIn(round.id)).toEqual({ ballots: 100, usedCodes: 100 });
  });
});

describe.skipIf(!onServer)('one code online, on paper and at the help desk at the same moment', () => {
  test('20 online casts, the paper entry that makes its sheet count, and a replacement of its letter: exactly one wins', async () => {
    const { db } = database;
    const round = await createRoundIn(db, 'voting', {
      title: 'Drie kanalen',
      eligibility: 'codes-and-paper',
    });
    const a = await insertPlan(db, round.id, { title: 'Bankjes', costEuros: 4_000, buurtCode: buurt });
    const secret = await codeSecret(db, undefined);
    const made = await createCodes(db, secret, staff, round.id, {
      kind: 'letters',
      label: 'Brieven',
      size: 1,
    });
    const code = normaliseCode(made.codes[0]!);
    const email = 'tweede@example.nl';
    const second = await createUser(db, null, {
      email,
      name: 'Tweede',
      password: 'correct horse battery staple',
      role: 'editor',
      allianceId: null,
    });
    if (!second.ok) throw new Error('user not created');
    const secondStaff: SignedInUser = {
      id: second.id,
      email,
      name: 'Tweede',
      role: 'editor',
      allianceId: null,
    };
    await addPollingPlace(db, staff, round.id, 'Buurthuis');
    const [place] = await listPollingPlaces(db, round.id);
    const sheet = {
      serial: 'P-1',
      pollingPlaceId: place!.id,
      choice: { planIds: [a] },
      codeHash: hashCode(secret, round.id, code),
    };
    expect(await enterPaperBallot(db, staff, round.id, sheet)).toEqual({ ok: true, state: 'first-entry' });
    // The help desk asks for a replacement of the letter (voting runs: a request); a colleague confirms
    // it at the same moment as the casts and the paper entry.
    const loaded = (await getRound(db, { id: round.id }, new Date()))!;
    const request = await startHelpDeskCode(db, secret, secondStaff, loaded, {
      batchId: made.batchId,
      sequence: 1,
    });
    if (!request.ok || request.state !== 'requested') throw new Error('no request');
    const pools = [database.db, secondPool.db];
    const [paper, replaced, ...online] = await Promise.all([
      enterPaperBallot(secondPool.db, secondStaff, round.id, sheet),
      confirmCodeRequest(database.db, secret, staff, loaded, request.batchId),
      ...Array.from({ length: 20 }, (_, i) =>
        castBallot(pools[i % 2]!, secret, {
          roundId: round.id,
          code,
          choice: { planIds: [a] },
          wantsTracker: false,
        }),
      ),
    ]);
    const winners =
      online.filter((r) => r.ok).length +
      (paper.ok && paper.state === 'counted' ? 1 : 0) +
      (replaced.ok ? 1 : 0);
    expect(winners).toBe(1);
    // A ballot is stored only when online or paper won; a replacement leaves none.
    expect((await storedBallots(db, round.id)).length).toBe(replaced.ok ? 0 : 1);
    if (paper.ok && paper.state !== 'counted') expect(paper).toMatchObject({ state: 'refused' });
  });
});
