// SPDX-License-Identifier: EUPL-1.2
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testJobs } from '../../tests/support/app.ts';
import { createTestDatabase } from '../../tests/support/db.ts';
import { startTestSmtpServer } from '../../tests/support/smtp.ts';
import { createRoundIn, moveRoundTo, roundInput } from '../../tests/support/wijkbudget.ts';
import type { Database } from '../db/client.ts';
import { countVotes, parsePabulib } from '../pb/index.ts';
import { createUser } from '../platform/auth/service.ts';
import type { SignedInUser } from '../platform/auth/sessions.ts';
import type { JobRunner } from '../platform/jobs/runner.ts';
import { createLogger } from '../platform/logger.ts';
import { createOutbox } from '../platform/mail/outbox.ts';
import { measures } from '../programme/schema.ts';
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
  storedBallots,
  turnout,
} from './ballot-service.ts';
import { countRound, getBallotFile, getResult, publishResult } from './result-service.ts';
import { plans, results } from './schema.ts';
import { decidePlan, getPlan, getRound, submitPlan, updateRound, type WijkbudgetDeps } from './service.ts';
import { normaliseCode } from './voting-codes.ts';

let database: Database;
let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
let deps: WijkbudgetDeps;
let jobs: JobRunner;
let staff: SignedInUser;
let secondStaff: SignedInUser;

beforeAll(async () => {
  database = await createTestDatabase();
  smtp = await startTestSmtpServer();
  const logger = createLogger('silent');
  jobs = await testJobs(database, smtp.url);
  deps = {
    outbox: createOutbox(jobs),
    logger,
    publicUrl: 'http://localhost:3000',
  };
  const make = async (email: string) => {
    const user = await createUser(database.db, null, {
      email,
      name: email,
      password: 'correct horse battery staple',
      role: 'editor',
      allianceId: null,
    });
    if (!user.ok) throw new Error('user not created');
    return { id: user.id, email, name: email, role: 'editor' as const, allianceId: null };
  };
  staff = await make('a@example.nl');
  secondStaff = await make('b@example.nl');
});
afterAll(async () => {
  await jobs.stop();
  await database.close();
  await smtp.close();
});

const now = () => new Date();

const buurt = 'BU05183620'; // a buurt of Moerwijk

describe('a round from plan to published result, through the services', () => {
  test('submit, review, vote with codes and paper, count, publish', async () => {
    const { db } = database;
    const round = await createRoundIn(db, 'submitting', { eligibility: 'codes-and-paper' });
    const plan = (title: string, email: string, costEuros: number) =>
      submitPlan(
        db,
        deps,
        round.id,
        {
          title,
          description: `Over ${title}`,
          buurtCode: buurt,
          location: null,
          costEuros,
          email,
          submission: randomUUID(),
        },
        null,
        now(),
      );
    const a = await plan('Bankjes bij de speeltuin', 'bewoner@example.nl', 3000);
    const b = await plan('Moestuin', 'tuin@example.nl', 12000);
    const c = await plan('Buurtfeest', 'feest@example.nl', 20000);
    if (!a.ok || !b.ok || !c.ok) throw new Error('not submitted');
    await jobs.runDue();
    expect(smtp.to('bewoner@example.nl').map((m) => m.subject)).toEqual([
      'Wij hebben uw plan ontvangen: Bankjes bij de speeltuin',
    ]);

    const outside = await plan('Buiten de wijk', 'x@example.nl', 10);
    expect(outside.ok).toBe(true);
    const wrongBuurt = await submitPlan(
      db,
      deps,
      round.id,
      {
        title: 'x',
        description: 'x',
        buurtCode: 'BU05183387',
        location: null,
        costEuros: 5,
        submission: randomUUID(),
        email: 'x@example.nl',
      },
      null,
      now(),
    );
    expect(wrongBuurt).toMatchObject({ ok: false, reason: 'invalid' });

    // Review: feasible needs the municipality's cost, not feasible needs a public reason.
    const decide = (
      id: number,
      status: 'in-review' | 'feasible' | 'not-feasible',
      costEuros: number | null,
      reason: string | null,
    ) => decidePlan(db, deps, staff, id, { status, reason, costEuros, mergedIntoId: null }, now());
    for (const id of [a.id, b.id, c.id, outside.ok ? outside.id : 0])
      expect(await decide(id, 'in-review', null, null)).toEqual({ ok: true });
    expect(await decide(a.id, 'feasible', null, null)).toMatchObject({
      ok: false,
      errors: { costEuros: expect.any(String) },
    });
    expect(await decide(a.id, 'feasible', 4000, null)).toEqual({ ok: true });
    expect(await decide(b.id, 'feasible', 12000, null)).toEqual({ ok: true });
    expect(await decide(c.id, 'feasible', 20000, null)).toEqual({ ok: true });
    expect(await decide(outside.ok ? outside.id : 0, 'not-feasible', null, null)).toMatchObject({
      ok: false,
      errors: { reason: expect.any(String) },
    });
    await jobs.runDue();
    const lastMail = smtp.to('bewoner@example.nl').at(-1)!;
    expect(lastMail.text).toContain('Haalbaar');
    expect(lastMail.text).toMatch(/€\s4\.000/);

    // Voting: the budget is locked; codes are single use.
    await moveRoundTo(db, round.id, 'voting');
    const current = (await getRound(db, { id: round.id }, now()))!;
    const locked = await updateRound(
      db,
      staff,
      round.id,
      {
        ...roundInput('voting', { eligibility: 'codes-and-paper' }),
        title: current.title,
        intro: current.intro,
        dates: {
          submitFrom: current.submitFrom,
          submitUntil: current.submitUntil,
          reviewUntil: current.reviewUntil,
          voteFrom: current.voteFrom,
          voteUntil: current.voteUntil,
          resultBy: current.resultBy,
          executionFrom: current.executionFrom,
        },
        budgetEuros: 40_000,
      },
      now(),
    );
    expect(locked).toMatchObject({
      ok: false,
      errors: { budgetEuros: expect.stringContaining('het budget') },
    });

    const secret = await codeSecret(db, undefined);
    const { codes } = await createCodes(db, secret, staff, round.id, {
      kind: 'letters',
      label: 'Brieven',
      size: 5,
    });
    expect(codes).toHaveLength(5);
    const setup = (await ballotSetup(db, round.id, now()))!;
    const cast = async (code: string, planIds: number[], wantsTracker = false) => {
      const checked = checkChoice(setup, { planIds: planIds.map(String) });
      if (!checked.ok) return checked;
      return castBallot(db, secret, {
        roundId: round.id,
        code: normaliseCode(code),
        choice: checked.stored,
        wantsTracker,
      });
    };
    expect(await cast(codes[0]!, [a.id, b.id], true)).toMatchObject({
      ok: true,
      tracker: expect.stringMatching(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/),
    });
    expect(await cast(codes[0]!, [c.id])).toEqual({ ok: false, reason: 'used' });
    expect(await cast(codes[1]!, [a.id, c.id])).toMatchObject({ ok: true });
    expect(await cast(codes[2]!, [a.id, b.id, c.id])).toMatchObject({ ok: false, reason: 'over-budget' });

    // Paper: two different staff members, a mismatch corrected by its enterer.
    await addPollingPlace(db, staff, round.id, 'Buurthuis De Boog');
    const [place] = await listPollingPlaces(db, round.id);
    // The resident's letter comes with the paper ballot: its code (unused: codes[2]'s ballot was refused).
    const codeHash = hashCode(secret, round.id, normaliseCode(codes[3]!));
    const paper = (user: SignedInUser, serial: string, planIds: number[]) =>
      enterPaperBallot(db, user, round.id, {
        serial,
        pollingPlaceId: place!.id,
        choice: { planIds },
        codeHash,
      });
    expect(await paper(staff, 'P-001', [b.id])).toEqual({ ok: true, state: 'first-entry' });
    expect(await paper(staff, 'P-001', [b.id])).toEqual({ ok: false, reason: 'already-entered' });
    expect(await paper(secondStaff, 'P-001', [c.id])).toEqual({ ok: true, state: 'mismatch' });
    expect(await paper(secondStaff, 'P-001', [b.id])).toEqual({ ok: true, state: 'counted' });
    expect(await paper(staff, 'P-001', [b.id])).toEqual({ ok: false, reason: 'already-counted' });

    // Counting is refused while voting runs.
    expect(await countRound(db, staff, round.id, now())).toEqual({ ok: false, reason: 'voting-not-closed' });
    await moveRoundTo(db, round.id, 'counting');
    expect(await countRound(db, staff, round.id, now())).toEqual({ ok: true });
    expect(await turnout(db, round.id)).toEqual({
      online: 2,
      places: [{ name: 'Buurthuis De Boog', ballots: 1 }],
      total: 3,
    });
    const counted = (await getResult(db, round.id))!;
    // greedy_cost: a (2 votes), b (2 votes, ties broken by id), then c does not fit.
    expect(counted.document.selected).toEqual([String(a.id), String(b.id)]);
    expect(counted.publishedAt).toBeNull();
    expect(await getBallotFile(db, round.id, 'pb')).toBeNull();

    expect(await publishResult(db, deps, staff, round.id, now())).toEqual({ ok: true });
    const file = (await getBallotFile(db, round.id, 'pb'))!;
    expect(countVotes(parsePabulib(file), 'greedy_cost').selected).toEqual(counted.document.selected);
    expect(file).toMatch(/;internet;[2-9A-Z]{4}-[2-9A-Z]{4}\n/);
    const funded = (await getPlan(db, a.id))!;
    expect(funded.status).toBe('funded');
    const [measure] = await db.select().from(measures).where(eq(measures.id, funded.measureId!));
    expect(measure).toMatchObject({
      title: 'Bankjes bij de speeltuin',
      status: 'planned',
      budgetEuros: 4000,
    });
    expect((await getPlan(db, c.id))!.status).toBe('not-funded');
    await jobs.runDue();
    expect(smtp.to('feest@example.nl').at(-1)!.text).toContain('Krijgt geen geld');

    // A published result never changes: not by the service, not even by a direct update.
    expect(await countRound(db, staff, round.id, now())).toMatchObject({ ok: false });
    await expect(
      db.update(results).set({ document: '{}' }).where(eq(results.roundId, round.id)),
    ).rejects.toThrow();
    expect((await storedBallots(db, round.id)).length).toBe(3);
    expect((await db.select().from(plans).where(eq(plans.roundId, round.id))).length).toBe(4);
  });
});
