// SPDX-License-Identifier: EUPL-1.2
/**
 * Insider controls (issue 9): once voting has opened, voting codes are made only by two different staff
 * members (one requests, another confirms and only then are the codes made), and a paper ballot needs
 * two different people too; neither can be done alone through a direct post or a second account.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp, testPassword } from '../../tests/support/app.ts';
import { TestClient } from '../../tests/support/client.ts';
import { createRoundIn, insertPlan, moveRoundTo } from '../../tests/support/wijkbudget.ts';
import { buurten } from '../places/schema.ts';
import { auditLog } from '../platform/audit/schema.ts';
import { hashPassword } from '../platform/auth/passwords.ts';
import { users } from '../platform/auth/schema.ts';
import { codeSecret, createCodes, listPollingPlaces, lookUpCode } from './ballot-service.ts';
import { codeBatches, paperBallots, votingCodes } from './schema.ts';
import { checkCode } from './voting-codes.ts';

let app: TestApp;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => {
  await app.close();
});

const db = () => app.database.db;
const moerwijkOost = 'BU05183620';
const morgenstondZuid = 'BU05183480'; // not in Moerwijk

async function signedIn(email: string) {
  const client = new TestClient(app.app);
  expect((await client.signIn(email)).status).toBe(303);
  return client;
}

/** A staff account straight into the database (how accounts are made is not what these tests are about). */
async function addStaff(email: string, name: string) {
  await db()
    .insert(users)
    .values({ email, name, passwordHash: await hashPassword(testPassword), role: 'editor' });
  return signedIn(email);
}

const codesOf = async (roundId: number) =>
  (await db().select().from(votingCodes).where(eq(votingCodes.roundId, roundId))).length;
const batchesOf = (roundId: number) =>
  db().select().from(codeBatches).where(eq(codeBatches.roundId, roundId)).orderBy(codeBatches.id);
const auditOf = (roundId: number, action: string) =>
  db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, String(roundId)), eq(auditLog.action, action)));

describe('once voting has opened, a second staff member must confirm new voting codes', () => {
  test('letters: a request makes no codes; the requester (or their second account) cannot confirm; another staff member confirms and downloads', async () => {
    const round = await createRoundIn(db(), 'voting', { title: 'Vier ogen brieven' });
    const base = `/beheer/wijkbudget/${round.id}`;
    const editor = await signedIn(app.staff.editor);
    const admin = await signedIn(app.staff.admin);

    const form = await (await editor.get(`${base}/stemcodes`)).text();
    expect(form).toContain('Daarom maakt u nieuwe stemcodes met 2 medewerkers.');
    expect(form).toContain('Codes aanvragen');

    const request = await editor.post(`${base}/stemcodes`, {
      label: 'Vervangende brieven',
      size: '5',
      format: 'csv',
      buurtCode: moerwijkOost,
    });
    expect(request.status).toBe(303);
    expect(request.headers.get('content-disposition')).toBeNull();
    expect(await codesOf(round.id)).toBe(0);
    const [batch] = await batchesOf(round.id);
    expect(batch).toMatchObject({ status: 'requested', size: 5, buurtCode: moerwijkOost, format: 'csv' });
    const waiting = await (await editor.get(request.headers.get('location')!)).text();
    expect(waiting).toContain('Uw aanvraag is opgeslagen. Er zijn nog geen codes gemaakt.');
    expect(waiting).toContain('U heeft dit aangevraagd. Een andere medewerker moet het bevestigen.');
    expect(waiting).not.toContain('Bevestigen en codes downloaden');

    // The requester posts the confirmation anyway: refused in plain Dutch, and still no codes.
    const confirm = `${base}/stemcodes/verzoeken/${batch!.id}/bevestigen`;
    const own = await editor.post(confirm, {});
    expect(own.status).toBe(409);
    const ownText = await own.text();
    expect(ownText).toContain('U heeft deze codes zelf aangevraagd. Daarom kunt u ze niet bevestigen.');
    expect(ownText).not.toMatch(/[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}/);
    // So does a second account of the same person (same mailbox, plus addressing).
    const twin = await addStaff('redactie+tweede@example.nl', 'Eddy Tweede');
    expect((await twin.post(confirm, {})).status).toBe(409);
    // An alliance editor may not manage rounds at all.
    const alliance = await signedIn(app.staff.allianceEditor);
    expect((await alliance.post(confirm, {})).status).toBe(403);
    expect(await codesOf(round.id)).toBe(0);
    expect((await batchesOf(round.id))[0]!.status).toBe('requested');

    // Another staff member sees the request on the round's page, with one button.
    const roundPage = await (await admin.get(base)).text();
    expect(roundPage).toContain('Aanvragen voor stemcodes (1)');
    expect(roundPage).toContain('Brieven (Vervangende brieven): 5 codes');
    expect(roundPage).toContain('Aangevraagd door Eddy Redactie');
    expect(roundPage).toContain('Bevestigen en codes downloaden');

    const confirmed = await admin.post(confirm, {});
    expect(confirmed.status).toBe(200);
    expect(confirmed.headers.get('content-type')).toContain('text/csv');
    expect(confirmed.headers.get('cache-control')).toBe('no-store');
    const [header, ...rows] = (await confirmed.text()).trim().split('\r\n');
    expect(rows).toHaveLength(5);
    // The mail merge carries the batch's buurt on every row.
    const [named] = await db()
      .select({ name: buurten.name })
      .from(buurten)
      .where(eq(buurten.code, moerwijkOost));
    const buurtColumn = header!.split(',').indexOf('buurt');
    expect(buurtColumn).toBeGreaterThan(0);
    for (const row of rows) expect(row.split(',')[buurtColumn]).toBe(named!.name);
    const secret = await codeSecret(db(), undefined);
    for (const row of rows) {
      const checked = checkCode(row.split(',')[2]!); // after the sequence and letter numbers
      expect(checked.ok).toBe(true);
      if (checked.ok) expect(await lookUpCode(db(), secret, round.id, checked.code)).toBe('available');
    }
    expect(await codesOf(round.id)).toBe(5);
    const [adminRow] = await db().select().from(users).where(eq(users.email, app.staff.admin));
    expect((await batchesOf(round.id))[0]).toMatchObject({ status: 'made', decidedBy: adminRow!.id });

    // Confirming twice makes nothing more.
    const again = await admin.post(confirm, {});
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('Over deze aanvraag is al besloten.');
    expect(await codesOf(round.id)).toBe(5);

    // Every step is in the audit log, with both people.
    const [requested] = await auditOf(round.id, 'wijkbudget.codes.request');
    expect(requested).toMatchObject({ userEmail: app.staff.editor });
    expect(requested!.after).toMatchObject({ kind: 'letters', size: 5, buurtCode: moerwijkOost });
    const [confirmedEntry] = await auditOf(round.id, 'wijkbudget.codes.confirm');
    expect(confirmedEntry).toMatchObject({ userEmail: app.staff.admin });
    expect(confirmedEntry!.after).toMatchObject({ size: 5, requestedBy: app.staff.editor });
    const list = await (await admin.get(`${base}/stemcodes`)).text();
    expect(list).toContain('Aangevraagd door Eddy Redactie, bevestigd door Anna Beheer.');
  });

  test('help desk: the request waits on the round page; a colleague confirms and sees the one code; a rejected request makes none', async () => {
    const round = await createRoundIn(db(), 'voting', { title: 'Vier ogen balie' });
    const base = `/beheer/wijkbudget/${round.id}`;
    const editor = await signedIn(app.staff.editor);
    const admin = await signedIn(app.staff.admin);
    await editor.get(`${base}/stemcodes`);
    const request = await editor.post(`${base}/stemcodes/balie`, { situation: 'no-letter' });
    expect(request.status).toBe(303);
    expect(await codesOf(round.id)).toBe(0);
    const [batch] = await batchesOf(round.id);

    const roundPage = await (await admin.get(base)).text();
    expect(roundPage).toContain('Balie (Geen brief gekregen): 1 code');
    expect(roundPage).toContain('Bevestigen en code tonen');
    const shown = await admin.post(`${base}/stemcodes/verzoeken/${batch!.id}/bevestigen`, {});
    expect(shown.status).toBe(200);
    expect(shown.headers.get('cache-control')).toContain('no-store');
    const code = /<code>([^<]+)<\/code>/.exec(await shown.text())?.[1] ?? '';
    const checked = checkCode(code);
    expect(checked.ok).toBe(true);
    const secret = await codeSecret(db(), undefined);
    if (checked.ok) expect(await lookUpCode(db(), secret, round.id, checked.code)).toBe('available');

    // A second request is rejected: no code, and it cannot be confirmed afterwards.
    await editor.get(`${base}/stemcodes`);
    await editor.post(`${base}/stemcodes/balie`, { situation: 'no-letter' });
    const second = (await batchesOf(round.id))[1]!;
    const rejected = await admin.post(`${base}/stemcodes/verzoeken/${second.id}/afwijzen`, {});
    expect(rejected.status).toBe(303);
    expect(await (await admin.get(rejected.headers.get('location')!)).text()).toContain(
      'De aanvraag is afgewezen. Er zijn geen codes gemaakt.',
    );
    expect((await admin.post(`${base}/stemcodes/verzoeken/${second.id}/bevestigen`, {})).status).toBe(409);
    expect(await codesOf(round.id)).toBe(1);
    expect((await batchesOf(round.id)).map((b) => b.status)).toEqual(['made', 'rejected']);
    expect(await auditOf(round.id, 'wijkbudget.codes.reject')).toHaveLength(1);
  });

  test('two colleagues confirm the same request at once: its codes are made once', async () => {
    const round = await createRoundIn(db(), 'voting');
    const base = `/beheer/wijkbudget/${round.id}`;
    const editor = await signedIn(app.staff.editor);
    const admin = await signedIn(app.staff.admin);
    const third = await addStaff('derde@example.nl', 'Derde Collega');
    await editor.get(`${base}/stemcodes`);
    await editor.post(`${base}/stemcodes`, { label: 'Extra', size: '3', format: 'csv' });
    const [batch] = await batchesOf(round.id);
    await admin.get(base);
    await third.get(base);
    const confirm = `${base}/stemcodes/verzoeken/${batch!.id}/bevestigen`;
    const answers = await Promise.all([admin.post(confirm, {}), third.post(confirm, {})]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await codesOf(round.id)).toBe(3);
  });

  test('a request still waiting when voting closes can only be rejected', async () => {
    const round = await createRoundIn(db(), 'voting');
    const base = `/beheer/wijkbudget/${round.id}`;
    const editor = await signedIn(app.staff.editor);
    const admin = await signedIn(app.staff.admin);
    await editor.get(`${base}/stemcodes`);
    await editor.post(`${base}/stemcodes/balie`, { situation: 'no-letter' });
    const [batch] = await batchesOf(round.id);
    await moveRoundTo(db(), round.id, 'counting');
    await admin.get(base);
    const late = await admin.post(`${base}/stemcodes/verzoeken/${batch!.id}/bevestigen`, {});
    expect(late.status).toBe(409);
    expect(await late.text()).toContain('Het stemmen is gesloten. Er worden geen codes meer gemaakt.');
    expect((await admin.post(`${base}/stemcodes/verzoeken/${batch!.id}/afwijzen`, {})).status).toBe(303);
    expect(await codesOf(round.id)).toBe(0);
  });
});

describe('before voting opens, one staff member prepares codes', () => {
  test('a batch for a buurt of the area is made at once; a buurt outside the area is refused next to the field', async () => {
    const round = await createRoundIn(db(), 'review');
    const base = `/beheer/wijkbudget/${round.id}`;
    const editor = await signedIn(app.staff.editor);
    const page = await (await editor.get(`${base}/stemcodes`)).text();
    expect(page).toContain('Moerwijk-Oost');
    expect(page).not.toContain('Morgenstond-Zuid');

    const outside = await editor.post(`${base}/stemcodes`, {
      label: 'Brieven Morgenstond',
      size: '20',
      format: 'csv',
      buurtCode: morgenstondZuid,
    });
    expect(outside.status).toBe(400);
    const outsideText = await outside.text();
    expect(outsideText).toContain('Kies een buurt uit het gebied van deze ronde.');
    expect(outsideText).toContain('value="Brieven Morgenstond"');
    expect(await batchesOf(round.id)).toHaveLength(0);

    const made = await editor.post(`${base}/stemcodes`, {
      label: 'Brieven Moerwijk-Oost',
      size: '20',
      format: 'csv',
      buurtCode: moerwijkOost,
    });
    expect(made.status).toBe(200);
    expect(made.headers.get('content-type')).toContain('text/csv');
    expect(await codesOf(round.id)).toBe(20);
    expect(await batchesOf(round.id)).toMatchObject([{ status: 'made', buurtCode: moerwijkOost }]);

    const desk = await editor.post(`${base}/stemcodes/balie`, { situation: 'no-letter' });
    expect(desk.status).toBe(200);
    expect(await codesOf(round.id)).toBe(21);
  });
});

describe('a paper ballot needs two different people', () => {
  test('the second entry cannot come from the same account or a second account with the same mailbox', async () => {
    const round = await createRoundIn(db(), 'voting', { eligibility: 'codes-and-paper' });
    const plan = await insertPlan(db(), round.id, {
      title: 'Bankjes',
      costEuros: 5_000,
      buurtCode: moerwijkOost,
    });
    const base = `/beheer/wijkbudget/${round.id}`;
    const first = await addStaff('invoer@example.nl', 'Ina Invoer');
    const firstAgain = await signedIn('invoer@example.nl'); // another session of the same account
    const twin = await addStaff('Invoer+2@example.nl'.toLowerCase(), 'Ina Twee');
    const other = await signedIn(app.staff.editor);
    await first.get(`${base}/stembiljetten`);
    await first.post(`${base}/stembureaus`, { name: 'Buurthuis Het Anker' });
    const [place] = await listPollingPlaces(db(), round.id);
    const secret = await codeSecret(db(), undefined);
    const { codes } = await createCodes(db(), secret, null, round.id, {
      kind: 'letters',
      label: 'Brief',
      size: 1,
    });
    const enter = async (client: TestClient) => {
      await client.get(`${base}/stembiljetten`);
      return client.post(`${base}/stembiljetten`, {
        serial: 'A-001',
        pollingPlaceId: String(place!.id),
        plan: String(plan),
        code: codes[0]!,
      });
    };
    expect((await enter(first)).headers.get('location')).toContain('ingevoerd=first-entry');
    for (const client of [first, firstAgain, twin]) {
      const refused = await enter(client);
      expect(refused.status).toBe(409);
      expect(await refused.text()).toContain('U heeft stembiljet A-001 al ingevoerd.');
    }
    const [row] = await db().select().from(paperBallots).where(eq(paperBallots.roundId, round.id));
    expect(row).toMatchObject({ counted: false, secondBy: null });
    expect((await enter(other)).headers.get('location')).toContain('ingevoerd=counted');
  });
});
