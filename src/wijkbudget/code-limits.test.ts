// SPDX-License-Identifier: EUPL-1.2
/**
 * The limits on guessing voting codes, through the real routes: every step that takes a code counts the
 * attempt before it looks the code up, per address and per round. (The same under real concurrency on a
 * PostgreSQL server: code-limits.server-test.ts.)
 */
import { and, eq } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../../tests/support/app.ts';
import { TestClient } from '../../tests/support/client.ts';
import { createRoundIn, insertPlan, moveRoundTo } from '../../tests/support/wijkbudget.ts';
import {
  codeGuessLimit,
  codeSecret,
  createCodes,
  roundCodeGuessLimit,
  storedBallots,
} from './ballot-service.ts';
import { votingCodes } from './schema.ts';
import { CODE_ALPHABET, checkSymbol } from './voting-codes.ts';

let t: TestApp;
const logLines: string[] = [];
const buurt = 'BU05183620'; // Moerwijk

beforeAll(async () => {
  const logger = pino({ level: 'warn' }, { write: (line: string) => void logLines.push(line) });
  t = await buildTestApp({}, { logger });
});
afterAll(() => t.close());

/** A round in voting with one plan and `size` codes. */
async function votingRound(title: string, size = 3) {
  const { db } = t.database;
  const round = await createRoundIn(db, 'review', { title, budgetEuros: 10_000 });
  const planId = await insertPlan(db, round.id, { title: 'Moestuin', costEuros: 6000, buurtCode: buurt });
  await moveRoundTo(db, round.id, 'voting');
  const secret = await codeSecret(db, undefined);
  const { codes } = await createCodes(db, secret, null, round.id, { kind: 'letters', label: 'test', size });
  return { id: round.id, slug: round.slug, planId, codes };
}

/** A code with a right check character that was never made (11 symbols plus the check symbol). */
function wrongCode(n: number): string {
  const alphabet = CODE_ALPHABET;
  let body = '';
  for (let i = 0, rest = n + 1; i < 11; i++, rest = Math.floor(rest / alphabet.length))
    body += alphabet[rest % alphabet.length];
  return body + checkSymbol(body);
}

/** Ballots stored for the round: mixed, or still waiting in the holding table (ADR 0008). */
async function ballotsOf(roundId: number) {
  return (await storedBallots(t.database.db, roundId)).length;
}

async function isUsed(roundId: number) {
  const rows = await t.database.db
    .select({ used: votingCodes.used })
    .from(votingCodes)
    .where(and(eq(votingCodes.roundId, roundId), eq(votingCodes.used, true)));
  return rows.length;
}

describe('an address that guessed too many codes cannot vote, not even with a right code', () => {
  test('after 10 wrong codes, a right code on the last step ("uitbrengen") is refused and stores no ballot', async () => {
    const round = await votingRound('Gokker uitbrengen');
    const guesser = new TestClient(t.app, { address: '203.0.113.7' });
    await guesser.get(`/wijkbudget/${round.slug}/stemmen`);
    for (let i = 0; i < codeGuessLimit.max; i++) {
      const wrong = await guesser.post(`/wijkbudget/${round.slug}/stemmen/uitbrengen`, {
        code: wrongCode(i),
        plan: String(round.planId),
        declaration: '1',
      });
      expect(await wrong.text()).toContain('Deze stemcode kennen wij niet');
    }
    const right = await guesser.post(`/wijkbudget/${round.slug}/stemmen/uitbrengen`, {
      code: round.codes[0]!,
      plan: String(round.planId),
      declaration: '1',
    });
    expect(right.status).toBe(429);
    expect(await right.text()).toContain('U heeft te vaak een stemcode ingevuld');
    expect(await ballotsOf(round.id)).toBe(0);
    expect(await isUsed(round.id)).toBe(0);

    // Another address is not affected, and its right code counts as no guess at all.
    const neighbour = new TestClient(t.app, { address: '198.51.100.20' });
    await neighbour.get(`/wijkbudget/${round.slug}/stemmen`);
    const cast = await neighbour.post(`/wijkbudget/${round.slug}/stemmen/uitbrengen`, {
      code: round.codes[0]!,
      plan: String(round.planId),
      declaration: '1',
    });
    expect(cast.status).toBe(200);
    expect(await ballotsOf(round.id)).toBe(1);
  });

  test('a voter who checks and casts many right codes from one address (a buurthuis) is never stopped', async () => {
    const round = await votingRound('Buurthuis', 15);
    const desk = new TestClient(t.app, { address: '192.0.2.44' });
    await desk.get(`/wijkbudget/${round.slug}/stemmen`);
    for (const code of round.codes) {
      const fields = { code, plan: String(round.planId), declaration: '1' };
      expect((await desk.post(`/wijkbudget/${round.slug}/stemmen`, fields)).status).toBe(200);
      expect((await desk.post(`/wijkbudget/${round.slug}/stemmen/uitbrengen`, fields)).status).toBe(200);
    }
    expect(await ballotsOf(round.id)).toBe(15);
  });

  test('200 wrong codes at once from one address: exactly 10 are looked up, the rest are refused', async () => {
    const round = await votingRound('Tegelijk gokken');
    const guesser = new TestClient(t.app, { address: '203.0.113.99' });
    await guesser.get(`/wijkbudget/${round.slug}/stemmen`);
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        guesser
          .post(`/wijkbudget/${round.slug}/stemmen`, {
            code: wrongCode(1000 + i),
            plan: String(round.planId),
            declaration: '1',
          })
          .then((r) => r.text()),
      ),
    );
    expect(answers.filter((html) => html.includes('Deze stemcode kennen wij niet'))).toHaveLength(
      codeGuessLimit.max,
    );
    expect(answers.filter((html) => html.includes('U heeft te vaak een stemcode ingevuld'))).toHaveLength(
      200 - codeGuessLimit.max,
    );
  });
});

describe('a round stops looking codes up when too many wrong codes come from all addresses together', () => {
  test('after 60 wrong codes in a minute from 7 addresses, even a right code from a new address waits; staff are warned', async () => {
    const round = await votingRound('Geraden van overal');
    const answers: string[] = [];
    for (let a = 0; a < 7; a++) {
      const guesser = new TestClient(t.app, { address: `203.0.113.${10 + a}` });
      await guesser.get(`/wijkbudget/${round.slug}/stemmen`);
      for (let i = 0; i < codeGuessLimit.max; i++) {
        const response = await guesser.post(`/wijkbudget/${round.slug}/stemmen`, {
          code: wrongCode(5000 + a * 100 + i),
          plan: String(round.planId),
          declaration: '1',
        });
        answers.push(await response.text());
      }
    }
    expect(answers.filter((html) => html.includes('Deze stemcode kennen wij niet'))).toHaveLength(
      roundCodeGuessLimit.max,
    );
    expect(
      answers.filter((html) => html.includes('heel veel stemcodes ingevuld die niet bestaan')),
    ).toHaveLength(7 * codeGuessLimit.max - roundCodeGuessLimit.max);

    const voter = new TestClient(t.app, { address: '198.51.100.77' });
    await voter.get(`/wijkbudget/${round.slug}/stemmen`);
    const refused = await voter.post(`/wijkbudget/${round.slug}/stemmen/uitbrengen`, {
      code: round.codes[1]!,
      plan: String(round.planId),
      declaration: '1',
    });
    expect(refused.status).toBe(429);
    expect(await refused.text()).toContain('Daarom kunt u nu even niet stemmen');
    expect(await ballotsOf(round.id)).toBe(0);

    // Staff: one warning in the log, and on the round's staff page.
    const warnings = logLines.filter((line) => line.includes('limit of wrong voting codes'));
    expect(warnings).toHaveLength(1);
    expect(JSON.parse(warnings[0]!)).toMatchObject({ level: 40, roundId: round.id });
    const staff = new TestClient(t.app);
    await staff.signIn(t.staff.admin);
    const page = await (await staff.get(`/beheer/wijkbudget/${round.id}`)).text();
    expect(page).toContain('Misschien probeert iemand codes te raden');
    // Other rounds go on as before.
    const other = await votingRound('Andere ronde');
    const elsewhere = await voter.post(`/wijkbudget/${other.slug}/stemmen/uitbrengen`, {
      code: other.codes[0]!,
      plan: String(other.planId),
      declaration: '1',
    });
    expect(elsewhere.status).toBe(200);
    const otherPage = await (await staff.get(`/beheer/wijkbudget/${other.id}`)).text();
    expect(otherPage).not.toContain('Misschien probeert iemand codes te raden');
  });
});
