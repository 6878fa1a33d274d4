// SPDX-License-Identifier: EUPL-1.2
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../../tests/support/app.ts';
import { TestClient } from '../../tests/support/client.ts';
import { wijken } from '../places/schema.ts';
import { auditLog } from '../platform/audit/schema.ts';
import { consultations } from './schema.ts';

let t: TestApp;
let wijk: { slug: string; name: string; cbsCode: string };
let otherWijk: { slug: string; name: string };

beforeAll(async () => {
  t = await buildTestApp();
  const all = await t.database.db.select().from(wijken).orderBy(wijken.position);
  wijk = all[0]!;
  otherWijk = all.find((w) => w.cbsCode !== wijk.cbsCode)!;
});
afterAll(() => t.close());

async function signedIn(email: string) {
  const client = new TestClient(t.app);
  expect((await client.signIn(email)).status).toBe(303);
  return client;
}

const valid = (overrides: Record<string, string | string[]> = {}) => ({
  title: 'Nieuwe inrichting van het Zuiderpark-plein',
  organiser: 'Gemeente Den Haag, afdeling Stadsbeheer',
  summary: 'Het plein wordt opnieuw ingericht. Wij vragen wat u belangrijk vindt.',
  wijk: wijk.slug,
  startsOn: '2027-03-01',
  endsOn: '2027-03-10',
  level: 'adviseren',
  openForDiscussion: 'De plek van de bankjes, het speeltoestel en de bomen.',
  notOpenForDiscussion: 'Het budget en de datum van de werkzaamheden.',
  answerPromisedOn: '2027-04-15',
  method: 'Inloopavond in het buurthuis',
  ...overrides,
});

const count = async () => (await t.database.db.select().from(consultations)).length;

describe('staff plan a consultation', () => {
  test('residents and colleagues without the right cannot reach the staff pages', async () => {
    const anonymous = await t.app.request('/beheer/inspraak');
    expect(anonymous.status).toBe(303);
    const allianceEditor = await signedIn(t.staff.allianceEditor);
    expect((await allianceEditor.get('/beheer/inspraak/nieuw')).status).toBe(403);
    const before = await count();
    expect((await allianceEditor.post('/beheer/inspraak/nieuw', valid())).status).toBe(403);
    expect(await count()).toBe(before);
  });

  test('an editor creates one; the public page states the level, the frame and the promised answer date', async () => {
    const client = await signedIn(t.staff.editor);
    const response = await client.post('/beheer/inspraak/nieuw', valid());
    expect(response.status).toBe(303);
    const [row] = await t.database.db
      .select()
      .from(consultations)
      .where(eq(consultations.title, 'Nieuwe inrichting van het Zuiderpark-plein'));
    expect(row).toMatchObject({ level: 'adviseren', startsOn: '2027-03-01', answerPromisedOn: '2027-04-15' });
    expect(response.headers.get('location')).toBe(`/beheer/inspraak/${row!.id}?opgeslagen=1`);
    const page = await (await t.app.request(`/inspraak/${row!.slug}`)).text();
    expect(page).toContain('<h1 class="utrecht-heading-1">Nieuwe inrichting van het Zuiderpark-plein</h1>');
    expect(page).toContain('Adviseren');
    expect(page).toContain('U geeft advies. Wij volgen het, of leggen uit waarom niet.');
    expect(page).toContain('Het budget en de datum van de werkzaamheden.');
    expect(page).toContain('Uiterlijk op 15 april 2027');
    expect(page).toContain('1 maart 2027 tot en met 10 maart 2027');
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'consultation.create'));
    expect(entry).toMatchObject({ userEmail: t.staff.editor, entityId: String(row!.id) });
  });

  test('every bad field gets a Dutch message next to it, what was typed stays, nothing is stored', async () => {
    const client = await signedIn(t.staff.editor);
    const before = await count();
    const cases: [Record<string, string>, string, string][] = [
      [{ title: '' }, 'title', 'Vul het onderwerp in.'],
      [{ title: 'x'.repeat(201) }, 'title', 'Het onderwerp is te lang.'],
      [{ organiser: ' ' }, 'organiser', 'Vul de organisator in.'],
      [{ wijk: '' }, 'wijk', 'Kies een wijk.'],
      [{ wijk: 'atlantis' }, 'wijk', 'Deze wijk kennen wij niet.'],
      [{ startsOn: '31-2-2027' }, 'startsOn', 'Vul een datum in die bestaat'],
      [{ endsOn: '' }, 'endsOn', 'Vul de laatste dag in.'],
      [{ endsOn: '2027-02-28' }, 'endsOn', 'De laatste dag mag niet voor de eerste dag liggen.'],
      [{ level: 'alles' }, 'level', 'Kies hoeveel invloed bewoners hebben.'],
      [{ notOpenForDiscussion: '' }, 'notOpenForDiscussion', 'Schrijf op waarover bewoners niet'],
      [{ answerPromisedOn: '2027-03-09' }, 'answerPromisedOn', 'De datum van het antwoord mag niet voor'],
      [{ method: '' }, 'method', 'Vul in hoe u het vraagt.'],
    ];
    for (const [change, field, message] of cases) {
      const response = await client.post(
        '/beheer/inspraak/nieuw',
        valid({ ...change, summary: 'Bewaar mij' }),
      );
      expect(response.status, field).toBe(400);
      const html = await response.text();
      expect(html, field).toContain(`id="field-${field}-error">${message}`);
      expect(html, field).toContain('Bewaar mij');
    }
    expect(await count()).toBe(before);
  });

  test('a buurt outside the chosen wijk is refused; buurten of the wijk are kept', async () => {
    const client = await signedIn(t.staff.editor);
    const buurtOfWijk = await t.database.db.execute(
      `select code from buurten where cbs_wijk_code = '${wijk.cbsCode}' order by code limit 1`,
    );
    const buurtElsewhere = await t.database.db.execute(
      `select code from buurten where cbs_wijk_code <> '${wijk.cbsCode}' order by code limit 1`,
    );
    const inside = (buurtOfWijk as unknown as { rows: { code: string }[] }).rows[0]!.code;
    const outside = (buurtElsewhere as unknown as { rows: { code: string }[] }).rows[0]!.code;
    const before = await count();
    const refused = await client.post('/beheer/inspraak/nieuw', valid({ buurten: [inside, outside] }));
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Kies alleen buurten die in de gekozen wijk liggen.');
    expect(await count()).toBe(before);
    const saved = await client.post(
      '/beheer/inspraak/nieuw',
      valid({ title: 'Buurtgesprek', buurten: [inside] }),
    );
    expect(saved.status).toBe(303);
    const [row] = await t.database.db
      .select()
      .from(consultations)
      .where(eq(consultations.title, 'Buurtgesprek'));
    expect(row!.buurtCodes).toEqual([inside]);
  });

  test('a second consultation in the same wijk within 7 days is saved, with a warning on its form and on the overview', async () => {
    const client = await signedIn(t.staff.editor);
    const response = await client.post(
      '/beheer/inspraak/nieuw',
      valid({
        title: 'Enquête over afval',
        startsOn: '2027-03-15',
        endsOn: '2027-03-20',
        answerPromisedOn: '2027-04-20',
      }),
    );
    expect(response.status).toBe(303);
    const form = await (await client.get(response.headers.get('location')!)).text();
    expect(form).toContain('Let op: ander inspraakmoment dichtbij');
    expect(form).toContain('Nieuwe inrichting van het Zuiderpark-plein');
    expect(form).toContain('Het inspraakmoment is opgeslagen.');
    // Another wijk the same week, and the same wijk weeks later: no warning.
    const far = await client.post(
      '/beheer/inspraak/nieuw',
      valid({
        title: 'Speeltuin elders',
        wijk: otherWijk.slug,
        startsOn: '2027-03-15',
        endsOn: '2027-03-16',
      }),
    );
    expect(await (await client.get(far.headers.get('location')!)).text()).not.toContain('Let op: ander');
    const later = await client.post(
      '/beheer/inspraak/nieuw',
      valid({
        title: 'Later gesprek',
        startsOn: '2027-05-01',
        endsOn: '2027-05-02',
        answerPromisedOn: '2027-06-01',
      }),
    );
    expect(await (await client.get(later.headers.get('location')!)).text()).not.toContain('Let op: ander');
    const overview = await (await client.get('/beheer/inspraak')).text();
    const rowOf = (title: string) =>
      overview.split('<tr').find((row) => row.includes(`">${title}</a>`)) ?? '';
    expect(rowOf('Enquête over afval')).toContain('Let op: ander inspraakmoment dichtbij');
    expect(rowOf('Speeltuin elders')).not.toContain('Let op: ander inspraakmoment dichtbij');
    expect(rowOf('Later gesprek')).not.toContain('Let op: ander inspraakmoment dichtbij');
  });

  test('an editor changes a consultation; the change is audited and shown', async () => {
    const client = await signedIn(t.staff.editor);
    const [row] = await t.database.db
      .select()
      .from(consultations)
      .where(eq(consultations.title, 'Later gesprek'));
    const response = await client.post(
      `/beheer/inspraak/${row!.id}`,
      valid({
        title: 'Later gesprek',
        level: 'meebeslissen',
        startsOn: '2027-05-01',
        endsOn: '2027-05-02',
        answerPromisedOn: '2027-06-01',
      }),
    );
    expect(response.status).toBe(303);
    expect(await (await t.app.request(`/inspraak/${row!.slug}`)).text()).toContain('Meebeslissen');
    const entries = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'consultation.edit'));
    expect(entries.at(-1)!.before).toMatchObject({ level: 'adviseren' });
    expect(entries.at(-1)!.after).toMatchObject({ level: 'meebeslissen' });
    expect((await client.get('/beheer/inspraak/999999')).status).toBe(404);
    expect((await client.get('/beheer/inspraak/abc')).status).toBe(404);
  });
});

describe('residents find consultations per wijk', () => {
  test('the list filters per wijk, and the wijk page shows its consultations', async () => {
    const all = await (await t.app.request('/inspraak')).text();
    expect(all).toContain('Enquête over afval');
    expect(all).toContain('Speeltuin elders');
    const ofWijk = await (await t.app.request(`/inspraak?wijk=${wijk.slug}`)).text();
    expect(ofWijk).toContain('Enquête over afval');
    expect(ofWijk).not.toContain('Speeltuin elders');
    const unknown = await t.app.request('/inspraak?wijk=atlantis&pagina=abc');
    expect(unknown.status).toBe(200);
    const wijkPage = await (await t.app.request(`/wijken/${otherWijk.slug}`)).text();
    expect(wijkPage).toContain('Inspraak in deze wijk');
    expect(wijkPage).toContain('Speeltuin elders');
    expect(wijkPage).not.toContain('Enquête over afval');
    expect((await t.app.request('/inspraak/bestaat-niet')).status).toBe(404);
  });

  test('the menu links to the consultations', async () => {
    expect(await (await t.app.request('/')).text()).toContain('href="/inspraak"');
  });
});
