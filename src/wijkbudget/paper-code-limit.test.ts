// SPDX-License-Identifier: EUPL-1.2
/**
 * Paper entry tells a staff member whether a typed code exists, so it is an oracle for an insider
 * (issue 9): each staff member may type only paperCodeGuessLimit.max wrong codes per hour, after which
 * no code is looked up for them (not even a right one), and every wrong code and every refusal is in
 * the audit log, never with the code. Through the real app, on a real database (PGlite here; the
 * limit under 200 parallel requests is in paper-code-limit.server-test.ts).
 */
import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../../tests/support/app.ts';
import { TestClient } from '../../tests/support/client.ts';
import { createRoundIn, insertPlan } from '../../tests/support/wijkbudget.ts';
import { auditLog } from '../platform/audit/schema.ts';
import { users } from '../platform/auth/schema.ts';
import { codeSecret, createCodes, listPollingPlaces, paperCodeGuessLimit } from './ballot-service.ts';
import { paperBallots } from './schema.ts';
import { formatCode, generateCode } from './voting-codes.ts';

let app: TestApp;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => {
  await app.close();
});

const db = () => app.database.db;

async function signedIn(email: string) {
  const client = new TestClient(app.app);
  expect((await client.signIn(email)).status).toBe(303);
  return client;
}

describe('a limit on wrong codes in paper entry, per staff member', () => {
  test('after 10 wrong codes no code is looked up for that staff member, a colleague can go on, and the log has every wrong code and refusal without the code', async () => {
    const round = await createRoundIn(db(), 'voting', {
      title: 'Codes raden',
      eligibility: 'codes-and-paper',
    });
    const plan = await insertPlan(db(), round.id, {
      title: 'Bankjes',
      costEuros: 4_000,
      buurtCode: 'BU05183620',
    });
    const editor = await signedIn(app.staff.editor);
    const admin = await signedIn(app.staff.admin);
    const base = `/beheer/wijkbudget/${round.id}`;
    await editor.get(`${base}/stembiljetten`);
    expect((await editor.post(`${base}/stembureaus`, { name: 'Buurthuis De Boog' })).status).toBe(303);
    const [place] = await listPollingPlaces(db(), round.id);
    const { codes } = await createCodes(db(), await codeSecret(db(), undefined), null, round.id, {
      kind: 'letters',
      label: 'Brieven',
      size: 2,
    });
    const enter = (client: TestClient, serial: string, code: string) =>
      client.post(`${base}/stembiljetten`, {
        serial,
        pollingPlaceId: String(place!.id),
        code,
        plan: String(plan),
      });

    // Codes with a right check character that do not exist: each is refused next to the field.
    const guesses = Array.from({ length: paperCodeGuessLimit.max + 2 }, () =>
      formatCode(generateCode(randomBytes)),
    );
    for (const [i, guess] of guesses.slice(0, paperCodeGuessLimit.max).entries()) {
      const response = await enter(editor, `G-${i}`, guess);
      expect(response.status).toBe(400);
      expect(await response.text()).toContain('Deze stemcode hoort niet bij deze ronde.');
    }
    // The limit is reached: a further guess, and even a right code, is not looked up for this person.
    for (const code of [guesses[paperCodeGuessLimit.max]!, codes[0]!]) {
      const response = await enter(editor, 'G-99', code);
      expect(response.status).toBe(429);
      const page = await response.text();
      expect(page).toContain('te veel stemcodes ingevoerd die niet bestaan');
      expect(page).toContain(code); // what the staff member typed is kept
    }
    expect(await db().select().from(paperBallots).where(eq(paperBallots.roundId, round.id))).toEqual([]);

    // A colleague still enters sheets, with a right code.
    const ok = await enter(admin, 'P-1', codes[0]!);
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toContain('ingevoerd=first-entry');

    // The audit log: who typed wrong codes in which round, how many, and each refusal; never a code.
    const [editorUser] = await db().select().from(users).where(eq(users.email, app.staff.editor));
    const entries = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, String(round.id)), eq(auditLog.userId, editorUser!.id)));
    const wrong = entries.filter((e) => e.action === 'wijkbudget.paper.code-unknown');
    expect(wrong.map((e) => (e.after as { wrongCodes: number }).wrongCodes).sort((a, b) => a - b)).toEqual(
      Array.from({ length: paperCodeGuessLimit.max }, (_, i) => i + 1),
    );
    expect(entries.filter((e) => e.action === 'wijkbudget.paper.code-throttled')).toHaveLength(2);
    const logged = JSON.stringify(entries);
    for (const code of [...guesses, codes[0]!]) {
      expect(logged).not.toContain(code);
      expect(logged).not.toContain(code.replaceAll('-', ''));
    }
  });
});
