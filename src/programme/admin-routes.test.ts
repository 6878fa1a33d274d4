// SPDX-License-Identifier: EUPL-1.2
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../../tests/support/app.ts';
import { TestClient } from '../../tests/support/client.ts';
import { auditLog } from '../platform/audit/schema.ts';
import { measures, measureUpdates } from './schema.ts';

let t: TestApp;
let ownMeasure: { id: number; slug: string; status: string; title: string };
let otherMeasure: { id: number; slug: string; status: string; title: string };

beforeAll(async () => {
  t = await buildTestApp();
  const all = await t.database.db.select().from(measures).orderBy(measures.id);
  ownMeasure = all.find((m) => m.allianceId === t.staff.allianceId)!;
  otherMeasure = all.find((m) => m.allianceId !== null && m.allianceId !== t.staff.allianceId)!;
  expect(ownMeasure, 'the dataset has a measure of the first alliance').toBeDefined();
  expect(otherMeasure, 'the dataset has a measure of another alliance').toBeDefined();
});
afterAll(() => t.close());

async function signedIn(email: string) {
  const client = new TestClient(t.app);
  const response = await client.signIn(email);
  expect(response.status).toBe(303);
  return client;
}

const rowOf = async (id: number) =>
  (await t.database.db.select().from(measures).where(eq(measures.id, id)))[0]!;
const updatesOf = async (id: number) =>
  t.database.db.select().from(measureUpdates).where(eq(measureUpdates.measureId, id));
const auditCount = async () => (await t.database.db.select().from(auditLog)).length;

describe('a staff member keeps a measure up to date', () => {
  test('an editor adds a dated progress update; the measure page, the news page and the Atom feed show it', async () => {
    const client = await signedIn(t.staff.editor);
    const response = await client.post(`/beheer/maatregelen/${ownMeasure.id}/voortgang`, {
      publishedOn: '2026-11-20',
      body: 'De eerste brugfunctionaris is begonnen op basisschool De Regenboog.',
    });
    expect(response.status).toBe(303);
    const page = await (await t.app.request(`/maatregelen/${ownMeasure.slug}`)).text();
    expect(page).toContain('De eerste brugfunctionaris is begonnen');
    expect(page).toContain('20 november 2026');
    expect(await (await t.app.request('/nieuws')).text()).toContain('De eerste brugfunctionaris is begonnen');
    const feed = await t.app.request('/nieuws.atom');
    expect(feed.headers.get('content-type')).toContain('application/atom+xml');
    const xml = await feed.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml).toContain('De eerste brugfunctionaris is begonnen');
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'measure.update.add'));
    expect(entry).toMatchObject({
      userEmail: t.staff.editor,
      entityType: 'measure',
      entityId: String(ownMeasure.id),
    });
  });

  test('an editor changes the status along the allowed path; the history keeps the old status', async () => {
    const client = await signedIn(t.staff.editor);
    const before = await rowOf(otherMeasure.id);
    const next = before.status === 'started' ? 'paused' : 'started';
    const response = await client.post(`/beheer/maatregelen/${otherMeasure.id}/status`, {
      from: before.status,
      status: next,
      note: 'Afgesproken in het alliantie-overleg.',
    });
    expect(response.status).toBe(303);
    expect((await rowOf(otherMeasure.id)).status).toBe(next);
    const [entry] = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'measure.status'));
    expect(entry!.before).toEqual({ status: before.status });
    expect(entry!.after).toMatchObject({ status: next });
    const page = await (await t.app.request(`/maatregelen/${otherMeasure.slug}`)).text();
    expect(page).toContain('Afgesproken in het alliantie-overleg.');
  });

  test('a status that may not follow the current one is refused with a Dutch message and nothing changes', async () => {
    const client = await signedIn(t.staff.editor);
    const before = await rowOf(otherMeasure.id);
    const audits = await auditCount();
    const response = await client.post(`/beheer/maatregelen/${otherMeasure.id}/status`, {
      from: before.status,
      status: 'unknown',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Deze status kan niet na de huidige status komen');
    expect((await rowOf(otherMeasure.id)).status).toBe(before.status);
    expect(await auditCount()).toBe(audits);
  });

  test('a form that still shows an old status is refused with 409 "De status is intussen veranderd"; nothing is saved', async () => {
    const client = await signedIn(t.staff.editor);
    const before = await rowOf(otherMeasure.id);
    const stale = before.status === 'started' ? 'planned' : 'started';
    const audits = await auditCount();
    const response = await client.post(`/beheer/maatregelen/${otherMeasure.id}/status`, {
      from: stale,
      status: 'stopped',
      note: 'Gestopt na overleg.',
    });
    expect(response.status).toBe(409);
    const html = await response.text();
    expect(html).toContain('De status is intussen veranderd');
    // The form now carries the status as it is, and keeps the typed reason.
    expect(html).toContain(`name="from" value="${before.status}"`);
    expect(html).toContain('Gestopt na overleg.');
    expect((await rowOf(otherMeasure.id)).status).toBe(before.status);
    expect(await auditCount()).toBe(audits);
  });

  test('pausing or stopping without a public reason is refused with a Dutch message next to the reason', async () => {
    const client = await signedIn(t.staff.editor);
    const before = await rowOf(otherMeasure.id);
    const audits = await auditCount();
    const response = await client.post(`/beheer/maatregelen/${otherMeasure.id}/status`, {
      from: before.status,
      status: 'stopped',
      note: '  ',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Schrijf waarom de status verandert');
    expect((await rowOf(otherMeasure.id)).status).toBe(before.status);
    expect(await auditCount()).toBe(audits);
  });

  test('the history shows the reason to residents without the staff name, and to staff with it', async () => {
    const client = await signedIn(t.staff.editor);
    const before = await rowOf(ownMeasure.id);
    const response = await client.post(`/beheer/maatregelen/${ownMeasure.id}/status`, {
      from: before.status,
      status: 'stopped',
      note: 'De subsidie is afgelopen.',
    });
    expect(response.status).toBe(303);
    const publicPage = await (await t.app.request(`/maatregelen/${ownMeasure.slug}`)).text();
    expect(publicPage).toContain('Geschiedenis van de status');
    expect(publicPage).toContain('Reden: De subsidie is afgelopen.');
    expect(publicPage).not.toContain('Eddy Redactie');
    const staffPage = await (await client.get(`/beheer/maatregelen/${ownMeasure.id}`)).text();
    expect(staffPage).toContain('Reden: De subsidie is afgelopen.');
    expect(staffPage).toContain('door Eddy Redactie');
  });

  test('an editor edits texts and budget; Dutch amounts like "€ 12.400" are understood; before and after are audited', async () => {
    const client = await signedIn(t.staff.editor);
    const before = await rowOf(ownMeasure.id);
    const response = await client.post(`/beheer/maatregelen/${ownMeasure.id}`, {
      title: before.title,
      summary: 'Een nieuwe korte uitleg.',
      description: '',
      budgetEuros: '€ 12.400',
      fundingSource: 'Regio Deal Den Haag Zuidwest II',
    });
    expect(response.status).toBe(303);
    const after = await rowOf(ownMeasure.id);
    expect(after.budgetEuros).toBe(12_400);
    expect(after.summary).toBe('Een nieuwe korte uitleg.');
    const [entry] = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'measure.edit'));
    expect(entry!.before).toMatchObject({ summary: before.summary, budgetEuros: before.budgetEuros });
    expect(entry!.after).toMatchObject({ summary: 'Een nieuwe korte uitleg.', budgetEuros: 12_400 });
  });
});

describe('staff decide where a measure belongs', () => {
  test('an editor adds a new measure for Moerwijk; it shows on the Moerwijk page with status "Onbekend"', async () => {
    const client = await signedIn(t.staff.editor);
    await client.get('/beheer/maatregelen/nieuw');
    const response = await client.post('/beheer/maatregelen/nieuw', {
      kind: 'activity',
      title: 'Nieuwe speeltuin aan het Zuiderpark',
      summary: 'Kinderen en ouders kiezen samen de toestellen.',
      wijkSlugs: 'moerwijk',
      lineSlugs: 'gezondheid-en-vitaliteit',
      allianceSlug: '',
      budgetEuros: '',
    });
    expect(response.status).toBe(303);
    const wijk = await (await t.app.request('/wijken/moerwijk')).text();
    expect(wijk).toContain('href="/maatregelen/nieuwe-speeltuin-aan-het-zuiderpark"');
    const page = await (await t.app.request('/maatregelen/nieuwe-speeltuin-aan-het-zuiderpark')).text();
    expect(page).toContain('Onbekend');
    expect(page).toContain('Toegevoegd door het programmabureau.');
    const [entry] = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'measure.create'));
    expect(entry!.userEmail).toBe(t.staff.editor);
  });

  test('a second measure with the same title gets its own address', async () => {
    const client = await signedIn(t.staff.editor);
    await client.get('/beheer/maatregelen/nieuw');
    const response = await client.post('/beheer/maatregelen/nieuw', {
      kind: 'measure',
      title: 'Nieuwe speeltuin aan het Zuiderpark',
      summary: 'Tweede.',
    });
    expect(response.status).toBe(303);
    expect((await t.app.request('/maatregelen/nieuwe-speeltuin-aan-het-zuiderpark-2')).status).toBe(200);
  });

  test('the edit form moves a measure to other wijken with checkboxes (several values)', async () => {
    const client = await signedIn(t.staff.editor);
    const before = await rowOf(ownMeasure.id);
    const response = await client.post(`/beheer/maatregelen/${ownMeasure.id}`, {
      title: before.title,
      summary: before.summary,
      wijkSlugs: ['bouwlust', 'vrederust'] as never,
      lineSlugs: 'onderwijs',
    });
    expect(response.status).toBe(303);
    const measure = await (await t.app.request(`/api/v1/measures/${ownMeasure.id}`)).json();
    expect(measure.wijken).toEqual(['bouwlust', 'vrederust']);
    expect(measure.lines).toEqual(['onderwijs']);
  });

  test('a wijk that does not exist is refused next to the field, and nothing changes', async () => {
    const client = await signedIn(t.staff.editor);
    const before = await (await t.app.request(`/api/v1/measures/${ownMeasure.id}`)).json();
    const response = await client.post(`/beheer/maatregelen/${ownMeasure.id}`, {
      title: 'X',
      summary: 'Y',
      wijkSlugs: 'atlantis',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Deze keuze bestaat niet (meer).');
    const after = await (await t.app.request(`/api/v1/measures/${ownMeasure.id}`)).json();
    expect({ ...after, updated_at: '' }).toEqual({ ...before, updated_at: '' });
  });

  test('an alliance editor may not add measures, and cannot move their measure to another alliance', async () => {
    const client = await signedIn(t.staff.allianceEditor);
    expect((await client.get('/beheer/maatregelen/nieuw')).status).toBe(403);
    expect(
      (
        await client.post('/beheer/maatregelen/nieuw', {
          kind: 'measure',
          title: 'Niet toegestaan',
          summary: 'X',
        })
      ).status,
    ).toBe(403);
    const before = await rowOf(ownMeasure.id);
    const response = await client.post(`/beheer/maatregelen/${ownMeasure.id}`, {
      title: before.title,
      summary: before.summary,
      allianceSlug: 'een-andere-alliantie',
    });
    expect(response.status).toBe(303);
    expect((await rowOf(ownMeasure.id)).allianceId).toBe(t.staff.allianceId);
  });
});

describe('bad input is explained next to the field, kept, and stores nothing', () => {
  test('an empty update and a date in the future', async () => {
    const client = await signedIn(t.staff.editor);
    const count = (await updatesOf(ownMeasure.id)).length;
    const response = await client.post(`/beheer/maatregelen/${ownMeasure.id}/voortgang`, {
      publishedOn: '2999-01-01',
      body: '   ',
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('<title>Fout: ');
    expect(html).toContain('Er is iets niet goed ingevuld');
    expect(html).toContain('De datum mag niet in de toekomst liggen.');
    expect(html).toContain('Schrijf wat er is gebeurd.');
    expect(html).toContain('value="2999-01-01"');
    expect(html).toMatch(/id="field-body"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="field-body"/);
    expect(html).toContain('href="#field-body"');
    expect((await updatesOf(ownMeasure.id)).length).toBe(count);
  });

  test('a date that does not exist, and text over the limit', async () => {
    const client = await signedIn(t.staff.editor);
    const response = await client.post(`/beheer/maatregelen/${ownMeasure.id}/voortgang`, {
      publishedOn: '2026-02-30',
      body: 'x'.repeat(5001),
    });
    const html = await response.text();
    expect(html).toContain('Vul een echte datum in');
    expect(html).toContain('De tekst mag niet langer zijn dan 5.000 tekens.');
  });

  test('a budget that is not an amount keeps what was typed and changes nothing', async () => {
    const client = await signedIn(t.staff.editor);
    const before = await rowOf(ownMeasure.id);
    const response = await client.post(`/beheer/maatregelen/${ownMeasure.id}`, {
      title: 'Nieuwe titel die niet mag landen',
      summary: before.summary,
      budgetEuros: 'twaalf duizend',
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('Vul het budget in als een heel bedrag');
    expect(html).toContain('value="twaalf duizend"');
    expect(html).toContain('value="Nieuwe titel die niet mag landen"');
    expect(await rowOf(ownMeasure.id)).toEqual(before);
  });

  test('HTML typed into an update is shown as text, never as markup', async () => {
    const client = await signedIn(t.staff.editor);
    await client.post(`/beheer/maatregelen/${ownMeasure.id}/voortgang`, {
      publishedOn: '2026-11-21',
      body: '<script>alert("x")</script><b>vet</b>',
    });
    const html = await (await t.app.request(`/maatregelen/${ownMeasure.slug}`)).text();
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;b&gt;vet&lt;/b&gt;');
  });
});

describe('each role may do exactly what the role table says', () => {
  test('an alliance editor edits the measures of their own alliance', async () => {
    const client = await signedIn(t.staff.allianceEditor);
    const response = await client.post(`/beheer/maatregelen/${ownMeasure.id}/voortgang`, {
      publishedOn: '2026-11-22',
      body: 'Update van de alliantie.',
    });
    expect(response.status).toBe(303);
  });

  test('an alliance editor gets 403 on another alliance’s measure, for every kind of edit, and nothing changes', async () => {
    const client = await signedIn(t.staff.allianceEditor);
    const before = await rowOf(otherMeasure.id);
    const updates = (await updatesOf(otherMeasure.id)).length;
    const audits = await auditCount();
    expect((await client.get(`/beheer/maatregelen/${otherMeasure.id}`)).status).toBe(403);
    for (const [path, fields] of [
      ['', { title: 'Gekaapt', summary: 'Gekaapt' }],
      ['/status', { from: before.status, status: 'stopped', note: 'Mag niet' }],
      ['/voortgang', { publishedOn: '2026-11-22', body: 'Mag niet' }],
    ] as const) {
      const response = await client.post(`/beheer/maatregelen/${otherMeasure.id}${path}`, fields);
      expect(response.status, path).toBe(403);
      expect(await response.text()).toContain('Dit mag u niet doen');
    }
    expect(await rowOf(otherMeasure.id)).toEqual(before);
    expect((await updatesOf(otherMeasure.id)).length).toBe(updates);
    expect(await auditCount()).toBe(audits);
  });

  test('only an administrator sees the audit log and manages users', async () => {
    const editor = await signedIn(t.staff.editor);
    expect((await editor.get('/beheer/logboek')).status).toBe(403);
    expect((await editor.get('/beheer/gebruikers')).status).toBe(403);
    const admin = await signedIn(t.staff.admin);
    const log = await admin.get('/beheer/logboek');
    expect(log.status).toBe(200);
    expect(await log.text()).toContain('measure.update.add');
  });

  test('without signing in, staff pages send you to the sign-in page and posts change nothing', async () => {
    const anonymous = new TestClient(t.app);
    const page = await anonymous.get(`/beheer/maatregelen/${ownMeasure.id}`);
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toContain('/beheer/inloggen?terug=');
    const count = (await updatesOf(ownMeasure.id)).length;
    await anonymous.post(`/beheer/maatregelen/${ownMeasure.id}/voortgang`, {
      publishedOn: '2026-11-22',
      body: 'Anoniem',
    });
    expect((await updatesOf(ownMeasure.id)).length).toBe(count);
  });
});

describe('editors keep the lines and goals for 2040 up to date', () => {
  test('an editor rewrites a line’s ambition; the programme page shows it and the audit log has before and after', async () => {
    const client = await signedIn(t.staff.editor);
    await client.get('/beheer/lijnen/onderwijs');
    const response = await client.post('/beheer/lijnen/onderwijs', {
      ambitionTitle: 'Gelijke onderwijskansen',
      ambition: 'Elk kind in Zuidwest krijgt dezelfde kansen op school als elk ander kind in Den Haag.',
    });
    expect(response.status).toBe(303);
    expect(await (await t.app.request('/programma')).text()).toContain(
      'Elk kind in Zuidwest krijgt dezelfde kansen op school',
    );
    const [entry] = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'line.edit'));
    expect(entry!.after).toMatchObject({ ambitionTitle: 'Gelijke onderwijskansen' });
  });

  test('an editor sets a goal’s number the Dutch way ("10.000") and it shows as the target', async () => {
    const client = await signedIn(t.staff.editor);
    const goal = (await (await t.app.request('/api/v1/goals')).json())[0];
    await client.get(`/beheer/doelen/${goal.slug}`);
    const response = await client.post(`/beheer/doelen/${goal.slug}`, {
      title: goal.title,
      description: '',
      targetValue: '10.000',
      targetUnit: 'kinderen',
      targetYear: '2040',
    });
    expect(response.status).toBe(303);
    const after = (await (await t.app.request('/api/v1/goals')).json())[0];
    expect(after).toMatchObject({ target_value: 10_000, target_unit: 'kinderen', target_year: 2040 });
  });

  test('bad input on a goal is explained at the field and changes nothing', async () => {
    const client = await signedIn(t.staff.editor);
    const before = (await (await t.app.request('/api/v1/goals')).json())[1];
    await client.get(`/beheer/doelen/${before.slug}`);
    const response = await client.post(`/beheer/doelen/${before.slug}`, {
      title: '',
      targetValue: 'veel',
      targetYear: '1999',
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('Vul een titel in.');
    expect(html).toContain('Vul het doel in als een heel getal');
    expect(html).toContain('Vul een jaartal in tussen 2020 en 2100');
    expect(html).toContain('value="veel"');
    expect((await (await t.app.request('/api/v1/goals')).json())[1]).toEqual(before);
  });

  test('an alliance editor may not change lines or goals', async () => {
    const client = await signedIn(t.staff.allianceEditor);
    expect((await client.get('/beheer/lijnen')).status).toBe(403);
    expect(
      (await client.post('/beheer/lijnen/onderwijs', { ambitionTitle: 'X', ambition: 'Y' })).status,
    ).toBe(403);
    expect((await client.get(`/beheer/maatregelen/${ownMeasure.id}`)).status).toBe(200);
    expect((await client.get('/beheer/bestaat-niet')).status).toBe(404);
  });
});
