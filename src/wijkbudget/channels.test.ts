// SPDX-License-Identifier: EUPL-1.2
/**
 * One resident, one vote across channels (issue 9): a paper ballot uses up the code from the resident's
 * letter, a code used online makes a paper ballot refused (and the other way round), and a code the
 * help desk replaced (a lost letter) works nowhere. Through the real app, on a real database.
 */
import { randomBytes } from 'node:crypto';
import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../../tests/support/app.ts';
import { TestClient } from '../../tests/support/client.ts';
import { startTestSmtpServer } from '../../tests/support/smtp.ts';
import { createRoundIn, insertPlan, moveRoundTo } from '../../tests/support/wijkbudget.ts';
import { auditLog } from '../platform/audit/schema.ts';
import {
  castBallot,
  codeSecret,
  createCodes,
  listPollingPlaces,
  lookUpCode,
  storedBallots,
} from './ballot-service.ts';
import { countRound } from './result-service.ts';
import { codeBatches, paperBallots, plans, votingCodes } from './schema.ts';
import { formatCode, generateCode, normaliseCode } from './voting-codes.ts';

let app: TestApp;
let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
  app = await buildTestApp({ SMTP_URL: smtp.url });
});
afterAll(async () => {
  await app.close();
  await smtp.close();
});

const buurt = 'BU05183620'; // a buurt of Moerwijk
const db = () => app.database.db;

async function signedIn(email: string) {
  const client = new TestClient(app.app);
  expect((await client.signIn(email)).status).toBe(303);
  return client;
}

/** A round in voting with codes and paper, two plans, a polling place and a batch of letters. */
async function votingRound(title: string, letters = 4) {
  const round = await createRoundIn(db(), 'voting', { title, eligibility: 'codes-and-paper' });
  const a = await insertPlan(db(), round.id, {
    title: 'Speeltuin opknappen',
    costEuros: 12_000,
    buurtCode: buurt,
  });
  const b = await insertPlan(db(), round.id, { title: 'Moestuin', costEuros: 9_000, buurtCode: buurt });
  const editor = await signedIn(app.staff.editor);
  const admin = await signedIn(app.staff.admin);
  const base = `/beheer/wijkbudget/${round.id}`;
  expect((await editor.post(`${base}/stembureaus`, { name: 'Buurthuis De Boog' })).status).toBe(303);
  const [place] = await listPollingPlaces(db(), round.id);
  const secret = await codeSecret(db(), undefined);
  const batch = await createCodes(db(), secret, null, round.id, {
    kind: 'letters',
    label: 'Brieven',
    size: letters,
  });
  /** One staff member's entry of a sheet, as the paper ballot form sends it. */
  const enter = (client: TestClient, serial: string, code: string, planIds: number[]) =>
    client.post(`${base}/stembiljetten`, {
      serial,
      pollingPlaceId: String(place!.id),
      code,
      plan: planIds.map(String),
    });
  /** A resident votes online with a code, through both steps of the ballot. */
  const voteOnline = async (code: string, planId: number) => {
    const voter = new TestClient(app.app);
    await voter.get(`/wijkbudget/${round.slug}/stemmen`);
    const fields = { code, plan: String(planId), declaration: '1' };
    const check = await voter.post(`/wijkbudget/${round.slug}/stemmen`, fields);
    const cast = await voter.post(`/wijkbudget/${round.slug}/stemmen/uitbrengen`, fields);
    return { check, cast };
  };
  return { round, a, b, editor, admin, base, secret, batch, codes: batch.codes, enter, voteOnline };
}

const codesIn = async (batchId: number) =>
  (await db().select({ n: count() }).from(votingCodes).where(eq(votingCodes.batchId, batchId)))[0]!.n;

const paperRows = async (roundId: number) =>
  db().select().from(paperBallots).where(eq(paperBallots.roundId, roundId)).orderBy(paperBallots.serial);

describe('a paper ballot uses up the code from the letter', () => {
  test('after a paper ballot counts, its code gives no online vote; a code used online makes the paper ballot refused, with the reason', async () => {
    const r = await votingRound('Eén stem per bewoner');
    // Two staff members enter sheet P-1 with the letter's code: it counts.
    expect((await r.enter(r.editor, 'P-1', r.codes[0]!, [r.a])).headers.get('location')).toContain(
      'ingevoerd=first-entry',
    );
    expect((await r.enter(r.admin, 'P-1', r.codes[0]!, [r.a])).headers.get('location')).toContain(
      'ingevoerd=counted',
    );
    expect(await storedBallots(db(), r.round.id)).toHaveLength(1);

    // The resident (or whoever has the letter) then tries to vote online with the same code: refused.
    const online = await r.voteOnline(r.codes[0]!, r.b);
    expect(online.check.status).toBe(400);
    expect(await online.check.text()).toContain('Met deze stemcode is al gestemd.');
    expect(online.cast.status).toBe(400);
    expect(await storedBallots(db(), r.round.id)).toHaveLength(1);

    // The other way round: a code used online first; its paper ballot is refused when both entries agree.
    const cast = await r.voteOnline(r.codes[1]!, r.b);
    expect(cast.cast.status).toBe(200);
    expect((await r.enter(r.editor, 'P-2', r.codes[1]!, [r.a])).headers.get('location')).toContain(
      'ingevoerd=first-entry',
    );
    const refused = await r.enter(r.admin, 'P-2', r.codes[1]!, [r.a]);
    expect(refused.status).toBe(303);
    expect(refused.headers.get('location')).toContain('ingevoerd=code-used');
    const page = await (await r.admin.get(refused.headers.get('location')!)).text();
    expect(page).toContain(
      'Stembiljet P-2 telt niet mee: met deze stemcode is al gestemd, online of op papier. Leg het stembiljet apart bij de geweigerde stembiljetten.',
    );
    expect(page).toContain('Geweigerde stembiljetten (1)');
    expect(page).toContain('Stembiljet P-2: met de stemcode was al gestemd.');
    expect(page).not.toContain('Stembiljet P-2, Buurthuis De Boog');
    expect(await storedBallots(db(), r.round.id)).toHaveLength(2);

    // A refused sheet stays refused, keeps its reason, and holds no choice and no code.
    const again = await r.enter(r.editor, 'P-2', r.codes[1]!, [r.a]);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('Stembiljet P-2 is al geweigerd. Het telt niet mee.');
    const rows = await paperRows(r.round.id);
    expect(rows.map((row) => [row.serial, row.counted, row.refused])).toEqual([
      ['P-1', true, null],
      ['P-2', false, 'code-used'],
    ]);
    for (const row of rows)
      expect([row.firstChoice, row.secondChoice, row.firstCode, row.secondCode]).toEqual([
        null,
        null,
        null,
        null,
      ]);
    // The log says who entered which sheet and why it was refused, never a code.
    const entries = await db().select().from(auditLog).where(eq(auditLog.action, 'wijkbudget.paper.enter'));
    expect(entries.map((e) => e.after)).toContainEqual(
      expect.objectContaining({ serial: 'P-2', refused: 'code-used' }),
    );
    const logged = JSON.stringify(entries);
    for (const code of r.codes.slice(0, 2)) {
      expect(logged).not.toContain(code);
      expect(logged).not.toContain(normaliseCode(code));
    }

    // Refused sheets do not hold up the count; they count nowhere.
    await moveRoundTo(db(), r.round.id, 'counting');
    expect(await countRound(db(), null, r.round.id, new Date())).toEqual({ ok: true });
    expect(await storedBallots(db(), r.round.id)).toHaveLength(2);
  });

  test('a missing, mistyped or unknown code is answered next to the field, keeps what was typed and stores nothing', async () => {
    const r = await votingRound('Code bij papier');
    const before = (await paperRows(r.round.id)).length;
    const missing = await r.enter(r.editor, 'P-7', '', [r.a]);
    expect(missing.status).toBe(400);
    const missingHtml = await missing.text();
    expect(missingHtml).toContain('Vul de stemcode uit de brief van de bewoner in.');
    expect(missingHtml).toContain('value="P-7"');

    const code = normaliseCode(r.codes[0]!);
    const typo = `${code.slice(0, 5)}${code[6]}${code[5]}${code.slice(7)}`; // two symbols swapped
    const mistyped = await r.enter(r.editor, 'P-7', typo === code ? `${code.slice(0, 11)}2` : typo, [r.a]);
    expect(mistyped.status).toBe(400);
    expect(await mistyped.text()).toContain('Deze stemcode klopt niet.');

    const unknown = await r.enter(r.editor, 'P-7', formatCode(generateCode(randomBytes)), [r.a]);
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('Deze stemcode hoort niet bij deze ronde.');
    expect(await paperRows(r.round.id)).toHaveLength(before);
  });

  test('two entries with different codes do not count; the page says the codes differ, without showing them', async () => {
    const r = await votingRound('Twee codes');
    await r.enter(r.editor, 'P-3', r.codes[2]!, [r.a]);
    const mismatch = await r.enter(r.admin, 'P-3', r.codes[3]!, [r.a]);
    expect(mismatch.headers.get('location')).toContain('ingevoerd=mismatch');
    const page = await (await r.admin.get(`${r.base}/stembiljetten`)).text();
    expect(page).toContain('Twee keer verschillend ingevoerd. Kijk de code in de brief na.');
    expect(page).not.toContain(r.codes[2]!);
    expect(page).not.toContain(r.codes[3]!);
    expect(await storedBallots(db(), r.round.id)).toHaveLength(0);
    // The second enterer corrects the code: now it counts, and only the right code is used.
    expect((await r.enter(r.admin, 'P-3', r.codes[2]!, [r.a])).headers.get('location')).toContain(
      'ingevoerd=counted',
    );
    expect((await r.voteOnline(r.codes[3]!, r.b)).cast.status).toBe(200);
    expect(await storedBallots(db(), r.round.id)).toHaveLength(2);
  });
});

describe('a lost letter: the help desk replaces its code', () => {
  test('the letter code stops working (online it says it was replaced and whom to call, on paper it is refused); the new code works; all of it is audited without a code', async () => {
    const r = await votingRound('Brief kwijt');
    const letter = `${r.batch.batchId}-2`;
    await r.editor.get(`${r.base}/stemcodes`);
    // Voting has opened: the desk asks, a second staff member confirms (four eyes). Until then the
    // letter's code still works and no new code exists.
    const asked = await r.editor.post(`${r.base}/stemcodes/balie`, { situation: 'lost-letter', letter });
    expect(asked.status).toBe(303);
    expect(asked.headers.get('location')).toContain('verzoek=gevraagd');
    const [request] = await db()
      .select()
      .from(codeBatches)
      .where(and(eq(codeBatches.roundId, r.round.id), eq(codeBatches.status, 'requested')));
    expect(request).toMatchObject({ kind: 'help-desk', size: 1, replacesLetter: letter });
    expect(await lookUpCode(db(), r.secret, r.round.id, normaliseCode(r.codes[1]!))).toBe('available');
    const waiting = await (await r.admin.get(`${r.base}/stemcodes`)).text();
    expect(waiting).toContain(`Balie (Vervangt brief ${letter}): 1 code`);
    // The person who asked cannot confirm it themselves.
    const confirm = `${r.base}/stemcodes/verzoeken/${request!.id}/bevestigen`;
    expect((await r.editor.post(confirm, {})).status).toBe(409);
    expect(await lookUpCode(db(), r.secret, r.round.id, normaliseCode(r.codes[1]!))).toBe('available');
    const given = await r.admin.post(confirm, {});
    expect(given.status).toBe(200);
    expect(given.headers.get('cache-control')).toContain('no-store');
    const html = await given.text();
    expect(html).toContain(`De code van brief ${letter} vervalt. Met die code kan niemand meer stemmen.`);
    const newCode = /<code>([^<]+)<\/code>/.exec(html)![1]!;
    const newLetter = /Het nummer van deze code is (\d+-1)\./.exec(html)![1]!;

    // The old code, online: the message says what happened and whom to call; nothing is stored.
    const old = await r.voteOnline(r.codes[1]!, r.a);
    expect(old.check.status).toBe(400);
    const oldText = await old.check.text();
    expect(oldText).toContain('Deze stemcode is vervangen door een nieuwe code van de balie.');
    expect(oldText).toContain('Bel dan de gemeente: 14 070.');
    expect(old.cast.status).toBe(400);
    expect(await storedBallots(db(), r.round.id)).toHaveLength(0);

    // On paper: refused, with the reason.
    await r.enter(r.editor, 'P-5', r.codes[1]!, [r.a]);
    const paper = await r.enter(r.admin, 'P-5', r.codes[1]!, [r.a]);
    expect(paper.headers.get('location')).toContain('ingevoerd=code-replaced');

    // The new code works.
    expect((await r.voteOnline(newCode, r.b)).cast.status).toBe(200);
    expect(await storedBallots(db(), r.round.id)).toHaveLength(1);

    // The same letter again: it was replaced already.
    const twice = await r.editor.post(`${r.base}/stemcodes/balie`, { situation: 'lost-letter', letter });
    expect(twice.status).toBe(400);
    expect(await twice.text()).toContain(`De code van brief ${letter} is al eerder vervangen.`);
    // The new code (now used) cannot be replaced either: that resident has voted.
    const usedNew = await r.editor.post(`${r.base}/stemcodes/balie`, {
      situation: 'lost-letter',
      letter: newLetter,
    });
    expect(usedNew.status).toBe(409);
    expect(await usedNew.text()).toContain(
      'De bewoner heeft dus al gestemd. Er is geen nieuwe code gemaakt.',
    );

    const log = await db()
      .select()
      .from(auditLog)
      .where(
        sql`${auditLog.action} like 'wijkbudget.codes.replace%' and ${auditLog.entityId} = ${String(r.round.id)}`,
      )
      .orderBy(auditLog.id);
    expect(log.map((e) => [e.action, e.userEmail, e.after])).toEqual([
      ['wijkbudget.codes.replace', app.staff.admin, expect.objectContaining({ letter, newLetter })],
      ['wijkbudget.codes.replace-refused', app.staff.editor, { letter, reason: 'already-replaced' }],
      ['wijkbudget.codes.replace-refused', app.staff.editor, { letter: newLetter, reason: 'used' }],
    ]);
    const logged = JSON.stringify(await db().select().from(auditLog));
    for (const code of [newCode, r.codes[1]!]) expect(logged).not.toContain(normaliseCode(code));
  });

  test('a letter whose code was used gets no new code: staff are told the resident has voted', async () => {
    const r = await votingRound('Al gestemd');
    const secret = await codeSecret(db(), undefined);
    expect(
      await castBallot(db(), secret, {
        roundId: r.round.id,
        code: normaliseCode(r.codes[0]!),
        choice: { planIds: [r.a] },
        wantsTracker: false,
      }),
    ).toMatchObject({ ok: true });
    const batches = (await db().select().from(codeBatches).where(eq(codeBatches.roundId, r.round.id))).length;
    await r.editor.get(`${r.base}/stemcodes`);
    const response = await r.editor.post(`${r.base}/stemcodes/balie`, {
      situation: 'lost-letter',
      letter: ` ${r.batch.batchId} – 1 `,
    });
    expect(response.status).toBe(409);
    const html = await response.text();
    expect(html).toContain(
      `Met de code van brief ${r.batch.batchId}-1 is al gestemd. De bewoner heeft dus al gestemd. Er is geen nieuwe code gemaakt.`,
    );
    expect(html).not.toContain('<code>');
    expect((await db().select().from(codeBatches).where(eq(codeBatches.roundId, r.round.id))).length).toBe(
      batches,
    );
  });

  test('a letter used while its replacement waits for a second staff member gets no new code', async () => {
    const r = await votingRound('Gestemd tijdens de aanvraag');
    const letter = `${r.batch.batchId}-3`;
    await r.editor.get(`${r.base}/stemcodes`);
    expect(
      (await r.editor.post(`${r.base}/stemcodes/balie`, { situation: 'lost-letter', letter })).status,
    ).toBe(303);
    const [request] = await db()
      .select()
      .from(codeBatches)
      .where(and(eq(codeBatches.roundId, r.round.id), eq(codeBatches.status, 'requested')));
    // The letter turns up after all, and the resident votes with it before anyone confirms.
    expect((await r.voteOnline(r.codes[2]!, r.a)).cast.status).toBe(200);
    await r.admin.get(`${r.base}/stemcodes`);
    const late = await r.admin.post(`${r.base}/stemcodes/verzoeken/${request!.id}/bevestigen`, {});
    expect(late.status).toBe(409);
    const html = await late.text();
    expect(html).toContain(`Met de code van brief ${letter} is al gestemd.`);
    expect(html).toContain('Daarom is de aanvraag afgewezen. Er is geen nieuwe code gemaakt.');
    expect(html).not.toContain('<code>');
    const [after] = await db().select().from(codeBatches).where(eq(codeBatches.id, request!.id));
    expect(after!.status).toBe('rejected');
    expect(await codesIn(request!.id)).toBe(0);
  });

  test('before voting opens, one staff member replaces a lost letter at once', async () => {
    const round = await createRoundIn(db(), 'review', { title: 'Brief kwijt vooraf', eligibility: 'codes' });
    const secret = await codeSecret(db(), undefined);
    const batch = await createCodes(db(), secret, null, round.id, {
      kind: 'letters',
      label: 'Brieven',
      size: 2,
    });
    const editor = await signedIn(app.staff.editor);
    const base = `/beheer/wijkbudget/${round.id}`;
    await editor.get(`${base}/stemcodes`);
    const letter = `${batch.batchId}-1`;
    const given = await editor.post(`${base}/stemcodes/balie`, { situation: 'lost-letter', letter });
    expect(given.status).toBe(200);
    expect(await given.text()).toContain(`De code van brief ${letter} vervalt.`);
    expect(await lookUpCode(db(), secret, round.id, normaliseCode(batch.codes[0]!))).toBe('replaced');
    expect(await lookUpCode(db(), secret, round.id, normaliseCode(batch.codes[1]!))).toBe('available');
  });

  test('a missing, badly typed or unknown letter number is answered next to the field, and no code is made', async () => {
    const r = await votingRound('Briefnummer');
    const batches = async () =>
      (await db().select().from(codeBatches).where(eq(codeBatches.roundId, r.round.id))).length;
    const before = await batches();
    await r.editor.get(`${r.base}/stemcodes`);
    const post = (letter: string) =>
      r.editor.post(`${r.base}/stemcodes/balie`, { situation: 'lost-letter', letter });
    const missing = await post('');
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('Vul het briefnummer in, bijvoorbeeld 12-345.');
    const bad = await post('twaalf');
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain('Een briefnummer is twee getallen met een streepje ertussen');
    expect(badHtml).toContain('value="twaalf"');
    const unknown = await post(`${r.batch.batchId}-99`);
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain(`Brief ${r.batch.batchId}-99 bestaat niet in deze ronde.`);
    expect(await batches()).toBe(before);
  });
});

describe('staff enter a plan for a resident without internet or e-mail', () => {
  const plan = (overrides: Record<string, string> = {}) => ({
    title: 'Bankjes bij de bibliotheek',
    description: 'Mevrouw wil bankjes, zodat ouderen onderweg kunnen rusten.',
    buurtCode: buurt,
    location: 'Leyweg',
    costEuros: '3.000',
    email: '',
    submission: crypto.randomUUID(),
    ...overrides,
  });

  test('the plan is stored as entered via the desk: staff see who, the public sees "via het loket"; it is audited; no mail without an address', async () => {
    const round = await createRoundIn(db(), 'submitting', {
      title: 'Plannen aan het loket',
      moderatePlans: false,
    });
    const editor = await signedIn(app.staff.editor);
    const base = `/beheer/wijkbudget/${round.id}`;
    const roundPage = await (await editor.get(base)).text();
    expect(roundPage).toContain(`href="${base}/plannen/nieuw"`);
    const form = await editor.get(`${base}/plannen/nieuw`);
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('E-mailadres van de bewoner (niet verplicht)');
    await app.jobs.runDue();
    const mailsBefore = smtp.mails.length;
    const saved = await editor.post(`${base}/plannen/nieuw`, plan());
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`${base}?opgeslagen=loket#plannen`);
    const [row] = await db().select().from(plans).where(eq(plans.roundId, round.id));
    expect(row).toMatchObject({
      title: 'Bankjes bij de bibliotheek',
      contactEmail: null,
      status: 'submitted',
    });
    expect(row!.enteredBy).not.toBeNull();
    await app.jobs.runDue(); // whatever the change queued is delivered now
    expect(smtp.mails.length).toBe(mailsBefore);

    const staffPage = await (await editor.get(`${base}/plannen/${row!.id}`)).text();
    expect(staffPage).toContain('Ingevoerd aan het loket door Eddy Redactie');
    const publicPlan = await (await app.app.request(`/wijkbudget/${round.slug}/plannen/${row!.id}`)).text();
    expect(publicPlan).toContain(
      'Via het loket. Een medewerker van de gemeente heeft het plan ingevoerd voor een bewoner.',
    );
    expect(publicPlan).not.toContain('Eddy Redactie');
    expect(await (await app.app.request(`/wijkbudget/${round.slug}`)).text()).toContain(
      'Ingediend via het loket',
    );
    const [entry] = await db()
      .select()
      .from(auditLog)
      .where(
        sql`${auditLog.action} = 'wijkbudget.plan.submit-at-desk' and ${auditLog.entityId} = ${String(row!.id)}`,
      );
    expect(entry).toMatchObject({ userEmail: app.staff.editor });

    // A plan a resident sends in themselves carries no such line.
    const resident = new TestClient(app.app);
    await resident.get(`/wijkbudget/${round.slug}/plan-insturen`);
    const sent = await resident.post(`/wijkbudget/${round.slug}/plan-insturen`, plan({ title: 'Moestuin' }));
    expect(sent.status).toBe(303);
    const own = (await db().select().from(plans).where(eq(plans.title, 'Moestuin')))[0]!;
    expect(own.enteredBy).toBeNull();
    expect(await (await app.app.request(`/wijkbudget/${round.slug}/plannen/${own.id}`)).text()).not.toContain(
      'Via het loket',
    );
  });

  test("with the resident's e-mail address they get the receipt; with moderation on the plan waits like any other", async () => {
    const round = await createRoundIn(db(), 'submitting', { title: 'Loket met mail' });
    const editor = await signedIn(app.staff.editor);
    const saved = await editor.post(
      `/beheer/wijkbudget/${round.id}/plannen/nieuw`,
      plan({ email: 'bewoner@example.nl' }),
    );
    expect(saved.status).toBe(303);
    const [row] = await db().select().from(plans).where(eq(plans.roundId, round.id));
    expect(row).toMatchObject({ contactEmail: 'bewoner@example.nl', status: 'pending' });
    // The receipt is queued with the plan and delivered by the job runner.
    await app.jobs.runDue();
    expect(smtp.to('bewoner@example.nl').at(-1)!.subject).toContain('Bankjes bij de bibliotheek');
  });

  test('bad input is answered next to the fields and keeps what was typed; outside the plan period, or for an alliance editor, nothing is stored', async () => {
    const round = await createRoundIn(db(), 'submitting', { title: 'Loket fouten' });
    const editor = await signedIn(app.staff.editor);
    const base = `/beheer/wijkbudget/${round.id}`;
    const count = async () => (await db().select().from(plans).where(eq(plans.roundId, round.id))).length;
    const bad = await editor.post(
      `${base}/plannen/nieuw`,
      plan({ title: '', costEuros: 'veel', email: 'geen-adres' }),
    );
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain('Er is iets niet goed ingevuld');
    expect(html).toContain('value="Leyweg"');
    expect(html).toContain('value="geen-adres"');
    expect(await count()).toBe(0);

    const alliance = await signedIn(app.staff.allianceEditor);
    expect((await alliance.get(`${base}/plannen/nieuw`)).status).toBe(403);
    expect((await alliance.post(`${base}/plannen/nieuw`, plan())).status).toBe(403);

    await moveRoundTo(db(), round.id, 'review');
    const closedForm = await editor.get(`${base}/plannen/nieuw`);
    expect(await closedForm.text()).toContain('U kunt nu geen plan invoeren.');
    const closed = await editor.post(`${base}/plannen/nieuw`, plan());
    expect(closed.status).toBe(409);
    expect(await count()).toBe(0);
  });
});
