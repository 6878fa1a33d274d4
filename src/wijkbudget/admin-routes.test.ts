// SPDX-License-Identifier: EUPL-1.2
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../../tests/support/app.ts';
import { TestClient } from '../../tests/support/client.ts';
import { pdfPages } from '../../tests/support/pdf.ts';
import { startTestSmtpServer } from '../../tests/support/smtp.ts';
import { createRoundIn, insertPlan, moveRoundTo } from '../../tests/support/wijkbudget.ts';
import { buurten } from '../places/schema.ts';
import { auditLog } from '../platform/audit/schema.ts';
import { measures } from '../programme/schema.ts';
import { castBallot, codeSecret, createCodes, listPollingPlaces } from './ballot-service.ts';
import { localInputValue } from './forms.ts';
import { codeBatches, paperBallots, plans, results, rounds } from './schema.ts';
import { getPlan, getRound } from './service.ts';
import { roundValues } from './views/admin-rounds-page.tsx';
import { checkCode, normaliseCode } from './voting-codes.ts';

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

const roundCount = async () => (await db().select().from(rounds)).length;
const planRow = async (id: number) => (await db().select().from(plans).where(eq(plans.id, id)))[0]!;

/** Form dates, in The Hague's time, that follow each other: a round that opens tomorrow. */
function formDates() {
  const day = 24 * 60 * 60 * 1000;
  const at = (days: number) => localInputValue(new Date(Date.now() + days * day).toISOString());
  return {
    submitFrom: at(1),
    submitUntil: at(10),
    reviewUntil: at(20),
    voteFrom: at(21),
    voteUntil: at(30),
    resultBy: at(35),
    executionFrom: at(60),
  };
}

describe('staff set up a round', () => {
  test('an editor creates a round with the form; it is stored with its budget in cents', async () => {
    const client = await signedIn(app.staff.editor);
    const page = await client.get('/beheer/wijkbudget/nieuw');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Heel Zuidwest');
    expect(html).toContain('type="datetime-local"');
    // Trackers are a choice per round, explained on the form, and "no" unless chosen.
    expect(html).toContain('Mogen stemmers een controlecode vragen?');
    expect(html).toMatch(/<option value="off" selected[^>]*>Nee \(aangeraden\)/);
    const response = await client.post('/beheer/wijkbudget/nieuw', {
      title: 'Wijkbudget Moerwijk 2027',
      intro: 'Bewoners kiezen samen plannen voor Moerwijk.',
      wijkSlug: 'moerwijk',
      budgetEuros: '30.000',
      ballotKind: 'budget',
      ballotLimit: '',
      rule: 'mes_cost_add1_greedy',
      minimumAge: '16',
      eligibility: 'codes-and-paper',
      ...formDates(),
    });
    expect(response.status).toBe(303);
    const id = Number(/\/beheer\/wijkbudget\/(\d+)/.exec(response.headers.get('location') ?? '')?.[1]);
    const round = (await getRound(db(), { id }, new Date()))!;
    expect(round).toMatchObject({
      title: 'Wijkbudget Moerwijk 2027',
      budgetCents: 3_000_000n,
      rule: 'mes_cost_add1_greedy',
      wijkSlug: 'moerwijk',
      phase: 'draft',
      trackers: false,
    });
    const withTrackers = await client.post('/beheer/wijkbudget/nieuw', {
      title: 'Wijkbudget Moerwijk 2028',
      intro: 'Bewoners kiezen samen plannen voor Moerwijk.',
      wijkSlug: 'moerwijk',
      budgetEuros: '30.000',
      ballotKind: 'budget',
      ballotLimit: '',
      rule: 'greedy_cost',
      minimumAge: '16',
      eligibility: 'codes',
      trackers: 'on',
      ...formDates(),
    });
    const secondId = Number(
      /\/beheer\/wijkbudget\/(\d+)/.exec(withTrackers.headers.get('location') ?? '')?.[1],
    );
    expect((await getRound(db(), { id: secondId }, new Date()))!.trackers).toBe(true);
    const shown = await (await client.get(`/beheer/wijkbudget/${id}?opgeslagen=ronde`)).text();
    expect(shown).toContain('De ronde is opgeslagen.');
    expect((await client.get('/beheer/wijkbudget')).status).toBe(200);
  });

  test('bad input gets Dutch messages next to the fields, keeps what was typed and stores nothing', async () => {
    const client = await signedIn(app.staff.editor);
    const before = await roundCount();
    const response = await client.post('/beheer/wijkbudget/nieuw', {
      title: '',
      intro: 'Mijn uitleg die blijft staan',
      wijkSlug: '',
      budgetEuros: 'veel',
      ballotKind: 'points',
      ballotLimit: '',
      rule: 'greedy_points',
      minimumAge: '16',
      eligibility: 'codes',
      ...formDates(),
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('Fout:');
    expect(html).toContain('Vul een titel in.');
    expect(html).toContain('Vul een budget in van meer dan € 0.');
    expect(html).toContain('Mijn uitleg die blijft staan');
    expect(html).toContain('aria-invalid="true"');

    const dates = { ...formDates(), voteUntil: formDates().voteFrom };
    const order = await client.post('/beheer/wijkbudget/nieuw', {
      title: 'Ronde met verkeerde data',
      intro: 'Uitleg',
      wijkSlug: 'moerwijk',
      budgetEuros: '1000',
      ballotKind: 'budget',
      rule: 'greedy_points',
      minimumAge: '16',
      eligibility: 'codes',
      ...dates,
    });
    expect(order.status).toBe(400);
    const orderHtml = await order.text();
    expect(orderHtml).toContain('Het stemmen moet sluiten na de opening.');
    expect(orderHtml).toContain('Deze manier van tellen past niet bij deze manier van stemmen.');
    expect(orderHtml).toContain('value="Ronde met verkeerde data"');
    expect(await roundCount()).toBe(before);
  });

  test('once voting has opened, a budget change is refused with the reason and nothing changes', async () => {
    const round = await createRoundIn(db(), 'voting');
    const client = await signedIn(app.staff.editor);
    const current = (await getRound(db(), { id: round.id }, new Date()))!;
    const audits = (await db().select().from(auditLog)).length;
    const response = await client.post(`/beheer/wijkbudget/${round.id}`, {
      ...(roundValues(current) as Record<string, string>),
      budgetEuros: '40000',
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain(
      'U kunt het budget niet meer wijzigen. Dat kan niet meer sinds de fase ‘Stemmen’ begon.',
    );
    expect(html).toContain('value="40000"');
    expect((await getRound(db(), { id: round.id }, new Date()))!.budgetCents).toBe(current.budgetCents);
    expect((await db().select().from(auditLog)).length).toBe(audits);
    // The text may still change.
    const text = await client.post(`/beheer/wijkbudget/${round.id}`, {
      ...(roundValues(current) as Record<string, string>),
      intro: 'Nieuwe uitleg tijdens het stemmen.',
    });
    expect(text.status).toBe(303);
  });
});

describe('a round never skips a phase', () => {
  test('moving the voting dates into the past while plans come in is refused next to the fields; the phase stays', async () => {
    const round = await createRoundIn(db(), 'submitting');
    const client = await signedIn(app.staff.editor);
    const current = (await getRound(db(), { id: round.id }, new Date()))!;
    const hour = 60 * 60 * 1000;
    const past = (hours: number) => localInputValue(new Date(Date.now() - hours * hour).toISOString());
    const response = await client.post(`/beheer/wijkbudget/${round.id}`, {
      ...(roundValues(current) as Record<string, string>),
      submitUntil: past(4),
      reviewUntil: past(3),
      voteFrom: past(3),
      voteUntil: past(2),
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    // Four fields, each in the error summary and next to the field.
    expect(html.match(/Kies een moment dat nog moet komen\./g)).toHaveLength(8);
    const after = (await getRound(db(), { id: round.id }, new Date()))!;
    expect(after.phase).toBe('submitting');
    expect(after.voteUntil).toBe(current.voteUntil);
    // Moving a date that is still ahead to another moment ahead is fine.
    const later = localInputValue(new Date(Date.parse(current.executionFrom) + 24 * hour).toISOString());
    const fine = await client.post(`/beheer/wijkbudget/${round.id}`, {
      ...(roundValues(current) as Record<string, string>),
      executionFrom: later,
    });
    expect(fine.status).toBe(303);
  });
});

describe('staff review plans', () => {
  test('decisions are mailed to the submitter; not feasible needs a reason; a merge keeps a public note', async () => {
    const round = await createRoundIn(db(), 'review');
    const a = await insertPlan(db(), round.id, {
      title: 'Bankjes bij het plein',
      costEuros: 3000,
      buurtCode: buurt,
      status: 'submitted',
    });
    const b = await insertPlan(db(), round.id, {
      title: 'Bankjes op het plein',
      costEuros: 2000,
      buurtCode: buurt,
      status: 'submitted',
    });
    const client = await signedIn(app.staff.editor);
    const page = await (await client.get(`/beheer/wijkbudget/${round.id}/plannen/${a}`)).text();
    expect(page).toContain('indiener@example.nl');
    expect(page).toContain('Wordt beoordeeld');
    const public_ = await (await app.app.request(`/wijkbudget/${round.slug}`)).text();
    expect(public_).not.toContain('indiener@example.nl');

    // The form carries the status it showed (a hidden field): here the plan's status now.
    const decide = async (id: number, fields: Record<string, string>) =>
      client.post(`/beheer/wijkbudget/${round.id}/plannen/${id}`, {
        from: (await planRow(id)).status,
        ...fields,
      });
    expect((await decide(a, { status: 'in-review' })).status).toBe(303);
    expect((await decide(a, { status: 'feasible', costEuros: '4.000' })).status).toBe(303);
    expect((await planRow(a)).costCents).toBe(400_000n);
    expect(await app.jobs.runDue()).toBe(2); // both decisions' mails were queued with the decision
    const mails = smtp.mails.filter((m) => m.subject === 'Nieuws over uw plan: Bankjes bij het plein');
    expect(mails).toHaveLength(2);
    expect(mails[1]!.text).toContain('Haalbaar');
    expect(mails[1]!.text).toMatch(/€\s4\.000/);

    expect((await decide(b, { status: 'in-review' })).status).toBe(303);
    const refused = await decide(b, { status: 'not-feasible', reason: '' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Schrijf de reden op. Iedereen kan deze reden lezen.');
    expect((await planRow(b)).status).toBe('in-review');

    const merged = await decide(b, {
      status: 'merged',
      reason: 'Dit plan lijkt op ‘Bankjes bij het plein’. We voegen ze samen.',
      mergedIntoId: String(a),
    });
    expect(merged.status).toBe(303);
    expect(await planRow(b)).toMatchObject({
      status: 'merged',
      mergedIntoId: a,
      statusReason: 'Dit plan lijkt op ‘Bankjes bij het plein’. We voegen ze samen.',
    });
    await app.jobs.runDue();
    const mergeMail = smtp.mails
      .filter((m) => m.subject === 'Nieuws over uw plan: Bankjes op het plein')
      .at(-1)!;
    expect(mergeMail.text).toContain('Samengevoegd');
    expect(mergeMail.text).toContain('We voegen ze samen.');
  });
});

describe('two staff members decide on the same plan', () => {
  test('the second decision, made on a page that still shows the old status, gets 409 and changes nothing', async () => {
    const round = await createRoundIn(db(), 'review');
    const plan = await insertPlan(db(), round.id, {
      title: 'Een moestuin bij de school',
      costEuros: 3000,
      buurtCode: buurt,
      status: 'submitted',
    });
    const anna = await signedIn(app.staff.admin);
    const eddy = await signedIn(app.staff.editor);
    const url = `/beheer/wijkbudget/${round.id}/plannen/${plan}`;
    // Both opened the page while the plan was sent in, not yet reviewed.
    const first = await anna.post(url, { from: 'submitted', status: 'in-review' });
    expect(first.status).toBe(303);
    await app.jobs.runDue();
    const mailsBefore = smtp.mails.length;
    const audits = (await db().select().from(auditLog)).length;
    const second = await eddy.post(url, {
      from: 'submitted',
      status: 'hidden',
      reason: 'Te duur voor deze ronde.',
    });
    expect(second.status).toBe(409);
    const html = await second.text();
    expect(html).toContain('De status is intussen veranderd');
    expect(html).toContain('name="from" value="in-review"');
    expect(html).toContain('Te duur voor deze ronde.');
    expect((await planRow(plan)).status).toBe('in-review');
    expect((await db().select().from(auditLog)).length).toBe(audits);
    expect(await app.jobs.runDue()).toBe(0);
    expect(smtp.mails.length).toBe(mailsBefore);

    // The history: public without names, for staff with them.
    const publicPage = await (await app.app.request(`/wijkbudget/${round.slug}/plannen/${plan}`)).text();
    expect(publicPage).toContain('Geschiedenis van de status');
    expect(publicPage).toContain('Ingestuurd → Wordt beoordeeld');
    expect(publicPage).not.toContain('Anna Beheer');
    const staffPage = await (await eddy.get(url)).text();
    expect(staffPage).toContain('door Anna Beheer');
  });
});

describe('who may use the staff pages', () => {
  test('an alliance editor gets 403 on every wijkbudget staff page and form, and nothing changes', async () => {
    const round = await createRoundIn(db(), 'voting', { eligibility: 'codes-and-paper' });
    const plan = await insertPlan(db(), round.id, { title: 'Plan', costEuros: 100, buurtCode: buurt });
    const client = await signedIn(app.staff.allianceEditor);
    const base = `/beheer/wijkbudget/${round.id}`;
    for (const path of [
      '/beheer/wijkbudget',
      '/beheer/wijkbudget/nieuw',
      base,
      `${base}/plannen/${plan}`,
      `${base}/stemcodes`,
      `${base}/stembiljetten`,
      `${base}/uitslag`,
    ]) {
      expect((await client.get(path)).status, path).toBe(403);
    }
    await client.get('/beheer');
    const before = { rounds: await roundCount(), batches: (await db().select().from(codeBatches)).length };
    for (const path of [
      '/beheer/wijkbudget/nieuw',
      base,
      `${base}/plannen/${plan}`,
      `${base}/stemcodes`,
      `${base}/stemcodes/balie`,
      `${base}/stembureaus`,
      `${base}/stembiljetten`,
      `${base}/tellen`,
      `${base}/publiceren`,
    ]) {
      expect(
        (
          await client.post(path, {
            title: 'x',
            label: 'x',
            size: '3',
            reason: 'x',
            name: 'x',
            status: 'hidden',
          })
        ).status,
        path,
      ).toBe(403);
    }
    expect(await roundCount()).toBe(before.rounds);
    expect((await db().select().from(codeBatches)).length).toBe(before.batches);
  });

  test('a forged form post without the CSRF token is refused and changes nothing', async () => {
    const round = await createRoundIn(db(), 'submitting');
    const client = await signedIn(app.staff.editor);
    const before = { rounds: await roundCount(), batches: (await db().select().from(codeBatches)).length };
    const forged = await client.post(
      '/beheer/wijkbudget/nieuw',
      { title: 'Vals', budgetEuros: '1' },
      { csrf: false },
    );
    expect(forged.status).toBe(403);
    const codes = await client.post(
      `/beheer/wijkbudget/${round.id}/stemcodes`,
      { label: 'Vals', size: '5' },
      { csrf: false },
    );
    expect(codes.status).toBe(403);
    expect(codes.headers.get('content-type')).not.toContain('text/csv');
    expect(await roundCount()).toBe(before.rounds);
    expect((await db().select().from(codeBatches)).length).toBe(before.batches);
  });
});

describe('voting codes', () => {
  test('a batch downloads once as printable letters: one A4 page per code, with how to vote online and on paper', async () => {
    const round = await createRoundIn(db(), 'review', {
      title: 'Brieven test',
      eligibility: 'codes-and-paper',
    });
    const client = await signedIn(app.staff.editor);
    expect(
      (await client.post(`/beheer/wijkbudget/${round.id}/stembureaus`, { name: 'Buurthuis De Boog' })).status,
    ).toBe(303);
    const response = await client.post(`/beheer/wijkbudget/${round.id}/stemcodes`, {
      label: 'Brieven Moerwijk',
      size: '3',
      format: 'pdf',
      buurtCode: buurt,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="stemcodes-.+\.pdf"$/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdfPages(pdf);
    expect(pages).toHaveLength(3);
    const codes = pages.map((page) => page.match(/[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{3,4}/)?.[0]);
    expect(new Set(codes).size).toBe(3);
    for (const code of codes) expect(checkCode(code ?? '').ok, code).toBe(true);
    expect(pages[0]).toContain('Stem mee: Brieven test');
    expect(pages[0]).toContain(`/wijkbudget/${round.slug}/stemmen`);
    expect(pages[0]).toContain('Buurthuis De Boog');
    // Letters for one buurt say which buurt they are for (a sorting aid for whoever posts them).
    const [named] = await db().select({ name: buurten.name }).from(buurten).where(eq(buurten.code, buurt));
    for (const page of pages) expect(page).toContain(`Voor de buurt ${named!.name}`);
    // The letter number (batch and place in it) lets the help desk find a lost letter's code.
    const [batch] = await db()
      .select({ id: codeBatches.id })
      .from(codeBatches)
      .where(eq(codeBatches.roundId, round.id));
    expect(pages[2]).toContain(`Briefnummer ${batch!.id}-3`);

    // One PDF holds at most 10,000 letters; the form says so next to the number, and makes no codes.
    const batches = (await db().select().from(codeBatches)).length;
    const tooMany = await client.post(`/beheer/wijkbudget/${round.id}/stemcodes`, {
      label: 'Alle brieven',
      size: '10001',
      format: 'pdf',
    });
    expect(tooMany.status).toBe(400);
    expect(await tooMany.text()).toContain('Brieven als PDF kunnen tot en met 10.000 per keer.');
    expect((await db().select().from(codeBatches)).length).toBe(batches);
  });

  test('a batch downloads once as CSV; every code is valid and the database keeps only hashes', async () => {
    const round = await createRoundIn(db(), 'submitting');
    const client = await signedIn(app.staff.editor);
    expect((await client.get(`/beheer/wijkbudget/${round.id}/stemcodes`)).status).toBe(200);
    const response = await client.post(`/beheer/wijkbudget/${round.id}/stemcodes`, {
      label: 'Brieven Moerwijk',
      size: '25',
      format: 'csv',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="stemcodes-.+\.csv"$/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const [header, ...rows] = (await response.text()).trim().split('\r\n');
    // A mail merge needs a number per letter and every text the letter shows, next to the code.
    expect(header).toBe(
      'volgnummer,briefnummer,stemcode,ronde,gebied,buurt,budget,stemmen_vanaf,stemmen_tot,uitslag_verwacht,website,minimumleeftijd,stembureaus',
    );
    expect(rows).toHaveLength(25);
    expect(rows.map((row) => row.split(',')[0])).toEqual(Array.from({ length: 25 }, (_, i) => String(i + 1)));
    const [batch] = await db()
      .select({ id: codeBatches.id })
      .from(codeBatches)
      .where(eq(codeBatches.roundId, round.id));
    expect(rows.map((row) => row.split(',')[1])).toEqual(
      Array.from({ length: 25 }, (_, i) => `${batch!.id}-${i + 1}`),
    );
    expect(rows[0]).toContain(`/wijkbudget/${round.slug}/stemmen`);
    const lines = rows.map((row) => row.split(',')[2]!);
    for (const code of lines) expect(checkCode(code).ok, code).toBe(true);

    // No table holds a code in plain text, with or without dashes.
    const pattern = lines.flatMap((code) => [code, normaliseCode(code)]).join('|');
    const tables = (await db().execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    )) as unknown as { rows: { table_name: string }[] };
    expect(tables.rows.length).toBeGreaterThan(5);
    for (const { table_name } of tables.rows) {
      const found = (await db().execute(
        sql`select count(*)::int as n from ${sql.identifier(table_name)} t where t::text ~ ${pattern}`,
      )) as unknown as { rows: { n: number }[] };
      expect(found.rows[0]!.n, table_name).toBe(0);
    }

    const page = await (await client.get(`/beheer/wijkbudget/${round.id}/stemcodes`)).text();
    expect(page).toContain('Brieven Moerwijk: 25 codes');
    expect(page).not.toContain(lines[0]!);

    await moveRoundTo(db(), round.id, 'counting');
    const late = await client.post(`/beheer/wijkbudget/${round.id}/stemcodes`, {
      label: 'Te laat',
      size: '5',
    });
    expect(late.status).toBe(409);
    expect(await late.text()).toContain('U kunt geen stemcodes meer maken. Het stemmen is gesloten.');
  });

  test('a help-desk code is shown once on a page no cache keeps, and the audit log says who, when and why', async () => {
    // Before voting one staff member makes it at once (during voting a second one confirms: four-eyes.test.ts).
    const round = await createRoundIn(db(), 'review');
    const client = await signedIn(app.staff.editor);
    await client.get(`/beheer/wijkbudget/${round.id}/stemcodes`);
    const refused = await client.post(`/beheer/wijkbudget/${round.id}/stemcodes/balie`, { letter: '' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Kies waarom de bewoner een code krijgt.');
    const response = await client.post(`/beheer/wijkbudget/${round.id}/stemcodes/balie`, {
      situation: 'no-letter',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('no-store');
    const html = await response.text();
    const code = /<code>([^<]+)<\/code>/.exec(html)?.[1] ?? '';
    expect(checkCode(code).ok).toBe(true);
    const [entry] = await db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'wijkbudget.codes.help-desk'));
    expect(entry).toMatchObject({ userEmail: app.staff.editor, entityId: String(round.id) });
    expect(entry!.after).toMatchObject({ kind: 'help-desk', label: 'Geen brief gekregen', size: 1 });
    expect(JSON.stringify(entry)).not.toContain(normaliseCode(code));
    // The code has a number of its own, so the desk can replace it if it is lost too.
    const batchId = (entry!.after as { batchId: number }).batchId;
    expect(html).toContain(`Het nummer van deze code is ${batchId}-1.`);
  });
});

describe('paper ballots', () => {
  test('two staff members enter a paper ballot; the same person twice is refused; a mismatch is shown and corrected', async () => {
    const round = await createRoundIn(db(), 'voting', { eligibility: 'codes-and-paper' });
    const a = await insertPlan(db(), round.id, {
      title: 'Speeltuin opknappen',
      costEuros: 12_000,
      buurtCode: buurt,
    });
    const b = await insertPlan(db(), round.id, { title: 'Moestuin', costEuros: 20_000, buurtCode: buurt });
    const editor = await signedIn(app.staff.editor);
    const admin = await signedIn(app.staff.admin);
    const base = `/beheer/wijkbudget/${round.id}`;
    expect((await editor.get(`${base}/stembiljetten`)).status).toBe(200);
    expect((await editor.post(`${base}/stembureaus`, { name: 'Buurthuis De Boog' })).status).toBe(303);
    const [place] = await listPollingPlaces(db(), round.id);
    // Every paper ballot of this round comes with the resident's letter, whose code is entered with it.
    const secret = await codeSecret(db(), undefined);
    const letters = await createCodes(db(), secret, null, round.id, {
      kind: 'letters',
      label: 'Brieven',
      size: 2,
    });
    const enter = (client: TestClient, serial: string, planIds: number[], code = letters.codes[0]!) =>
      client.post(`${base}/stembiljetten`, {
        serial,
        pollingPlaceId: String(place!.id),
        code,
        plan: planIds.map(String),
      });

    const over = await enter(editor, 'P-000', [a, b]);
    expect(over.status).toBe(400);
    expect(await over.text()).toContain('meer dan het budget');

    const first = await enter(editor, 'P-001', [a]);
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toContain('ingevoerd=first-entry');
    const waiting = await (await editor.get(first.headers.get('location')!)).text();
    expect(waiting).toContain(
      'Stembiljet P-001 is ingevoerd. Nu moet een andere medewerker het nog een keer invoeren.',
    );
    expect(waiting).toContain(
      'Tijdens het stemmen ziet niemand hoeveel stembiljetten er zijn, ook niet per stembureau.',
    );

    const again = await enter(editor, 'P-001', [a]);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('U heeft stembiljet P-001 al ingevoerd.');

    const second = await enter(admin, 'P-001', [b]);
    expect(second.headers.get('location')).toContain('ingevoerd=mismatch');
    const mismatch = await (await admin.get(`${base}/stembiljetten`)).text();
    expect(mismatch).toContain('De twee invoeren zijn niet gelijk.');
    expect(mismatch).toContain('Speeltuin opknappen');
    expect(mismatch).toContain('Moestuin');

    const corrected = await enter(admin, 'P-001', [a]);
    expect(corrected.headers.get('location')).toContain('ingevoerd=counted');
    const late = await enter(admin, 'P-001', [b]);
    expect(late.status).toBe(409);
    expect(await late.text()).toContain('Stembiljet P-001 telt al mee.');
    const [row] = await db().select().from(paperBallots).where(eq(paperBallots.roundId, round.id));
    expect(row!.counted).toBe(true);

    // Before voting opens (as after counting) nobody enters paper ballots.
    await moveRoundTo(db(), round.id, 'review');
    const closed = await enter(editor, 'P-002', [a], letters.codes[1]!);
    expect(closed.status).toBe(409);
    expect(await closed.text()).toContain('Dat kan alleen tijdens het stemmen en het tellen.');
  });
});

describe('counting and publishing', () => {
  test('counting is refused while voting runs, and nothing is counted', async () => {
    const round = await createRoundIn(db(), 'voting');
    const client = await signedIn(app.staff.editor);
    const page = await (await client.get(`/beheer/wijkbudget/${round.id}/uitslag`)).text();
    expect(page).not.toContain('Stemmen tellen</button>');
    const response = await client.post(`/beheer/wijkbudget/${round.id}/tellen`, {});
    expect(response.status).toBe(409);
    expect(await response.text()).toContain('U kunt nog niet tellen. Het stemmen is open tot');
    expect(await db().select().from(results).where(eq(results.roundId, round.id))).toHaveLength(0);
  });

  test('staff count, check and publish; a funded plan becomes a measure and can later be marked impossible', async () => {
    const round = await createRoundIn(db(), 'voting', { eligibility: 'codes-and-paper' });
    const a = await insertPlan(db(), round.id, {
      title: 'Bankjes in het park',
      costEuros: 4000,
      buurtCode: buurt,
    });
    const b = await insertPlan(db(), round.id, {
      title: 'Groot buurtfeest',
      costEuros: 28_000,
      buurtCode: buurt,
    });
    const secret = await codeSecret(db(), undefined);
    const { codes } = await createCodes(db(), secret, null, round.id, {
      kind: 'letters',
      label: 'Test',
      size: 3,
    });
    const votes = [[a], [a], [b]];
    for (const [i, planIds] of votes.entries()) {
      const cast = await castBallot(db(), secret, {
        roundId: round.id,
        code: normaliseCode(codes[i]!),
        choice: { planIds },
        wantsTracker: false,
      });
      expect(cast.ok).toBe(true);
    }
    const client = await signedIn(app.staff.editor);
    const base = `/beheer/wijkbudget/${round.id}`;
    await moveRoundTo(db(), round.id, 'counting');

    const before = await (await client.get(`${base}/uitslag`)).text();
    expect(before).toContain('Online met een stemcode');
    const counted = await client.post(`${base}/tellen`, {});
    expect(counted.status).toBe(303);
    const outcome = await (await client.get(counted.headers.get('location')!)).text();
    expect(outcome).toContain('Uitkomst (nog niet gepubliceerd)');
    expect(outcome).toContain('Bankjes in het park');
    expect(outcome).toContain('3 stemmen');

    const unconfirmed = await client.post(`${base}/publiceren`, {});
    expect(unconfirmed.status).toBe(400);
    expect(await unconfirmed.text()).toContain('Zet een vinkje');
    expect((await getPlan(db(), a))!.status).toBe('feasible');

    const published = await client.post(`${base}/publiceren`, { confirm: 'yes' });
    expect(published.status).toBe(303);
    const after = await (await client.get(published.headers.get('location')!)).text();
    expect(after).toContain('De uitslag is gepubliceerd.');
    expect(after).toContain('Controlegetal (SHA-256)');

    const funded = (await getPlan(db(), a))!;
    expect(funded.status).toBe('funded');
    const [measure] = await db().select().from(measures).where(eq(measures.id, funded.measureId!));
    expect(measure).toMatchObject({ title: 'Bankjes in het park', budgetEuros: 4000 });
    expect((await getPlan(db(), b))!.status).toBe('not-funded');

    const recount = await client.post(`${base}/tellen`, {});
    expect(recount.status).toBe(409);
    expect(await recount.text()).toContain('De uitslag is al gepubliceerd.');

    const planPage = await (await client.get(`${base}/plannen/${a}`)).text();
    expect(planPage).toContain('Toch niet uit te voeren');
    const noReason = await client.post(`${base}/plannen/${a}`, {
      from: 'funded',
      status: 'impossible',
      reason: '',
    });
    expect(noReason.status).toBe(400);
    const impossible = await client.post(`${base}/plannen/${a}`, {
      from: 'funded',
      status: 'impossible',
      reason: 'De grond blijkt vervuild. Bankjes kunnen er niet staan.',
    });
    expect(impossible.status).toBe(303);
    expect(await planRow(a)).toMatchObject({
      status: 'impossible',
      statusReason: 'De grond blijkt vervuild. Bankjes kunnen er niet staan.',
    });
    // The plan's history: publication and the later decision, with the public reason.
    const history = await (await app.app.request(`/wijkbudget/${round.slug}/plannen/${a}`)).text();
    expect(history).toContain('Haalbaar → Krijgt geld');
    expect(history).toContain('Reden: De grond blijkt vervuild.');
    expect(await (await app.app.request(`/wijkbudget/${round.slug}/plannen/${b}`)).text()).toContain(
      'Haalbaar → Krijgt geen geld',
    );
    const stored = (await db().select().from(results).where(eq(results.roundId, round.id)))[0]!;
    expect(JSON.parse(stored.document).selected).toEqual([String(a)]);
  });
});

describe('ids past the database integer range are "not found", never a server error', () => {
  test('public and staff pages and the API answer 404 for 9999999999 and other non-ids', async () => {
    const round = await createRoundIn(db(), 'review', { title: 'Id test' });
    const plan = await insertPlan(db(), round.id, { title: 'Bankje', costEuros: 500, buurtCode: buurt });
    const admin = await signedIn(app.staff.admin);
    for (const bad of ['9999999999', '2147483648', '1.5', '0']) {
      for (const path of [
        `/wijkbudget/${round.slug}/plannen/${bad}`,
        `/wijkbudget/${round.slug}/plannen/${bad}/foto`,
        `/api/v1/wijkbudget/rounds/${bad}`,
      ]) {
        expect((await app.app.request(path)).status, path).toBe(404);
      }
      for (const path of [
        `/beheer/wijkbudget/${bad}`,
        `/beheer/wijkbudget/${round.id}/plannen/${bad}`,
        `/beheer/maatregelen/${bad}`,
      ]) {
        expect((await admin.get(path)).status, path).toBe(404);
      }
    }
    expect((await app.app.request(`/wijkbudget/${round.slug}/plannen/${plan}`)).status).toBe(200);
  });
});
