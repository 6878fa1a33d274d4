// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../../tests/support/app.ts';
import { loadInitiativeExamples } from './demo.ts';
import { type InitiativeStatus, initiativeStatuses, initiativeWorkflow } from './rules.ts';
import { initiativeApplicants, initiatives } from './schema.ts';

let t: TestApp;
let demo: TestApp;
beforeAll(async () => {
  [t, demo] = await Promise.all([buildTestApp(), buildTestApp({ DEMO: '1' })]);
  await loadInitiativeExamples(demo.database.db);
  await loadInitiativeExamples(t.database.db); // loaded, but never shown without DEMO=1
});
afterAll(async () => {
  await Promise.all([t.close(), demo.close()]);
});

/** What only the applicant and staff may see: none of it may ever be public. */
const personal = {
  email: 'privé.aanvrager@example.nl',
  groupName: 'Familie Jansen-Bakker',
  contactName: 'Henk Jansen',
  phone: '06 12345678',
  location: 'Voor nummer 14',
};

let n = 0;
async function application(status: InitiativeStatus, publishConsent: boolean, title: string) {
  const [applicant] = await t.database.db
    .insert(initiativeApplicants)
    .values({ email: `${n++}${personal.email}` })
    .returning();
  await t.database.db.insert(initiatives).values({
    applicantId: applicant!.id,
    status,
    publishConsent,
    title,
    description: 'Samen de geveltuinen in de straat aanleggen.',
    buurtCode: 'BU05183620',
    groupName: personal.groupName,
    contactName: personal.contactName,
    phone: personal.phone,
    location: personal.location,
    participants: 30,
    grantedEuros: status === 'rejected' ? null : 750,
    startsOn: '2027-04-01',
    receivedAt: new Date('2027-01-15T10:00:00Z'),
  });
}

beforeAll(async () => {
  await application('granted', true, 'Geveltuinen met toestemming');
  await application('granted', false, 'Geveltuinen zonder toestemming');
  await application('in-review', true, 'Nog in beoordeling');
  await application('rejected', true, 'Afgewezen plan');
  await application('paid', true, 'Al betaald plan');
});

describe('the public showcase', () => {
  test('shows only approved initiatives whose applicant consented; figures count only those', async () => {
    const page = await (await t.app.request('/initiatieven/wijk/moerwijk')).text();
    expect(page).toContain('Geveltuinen met toestemming');
    expect(page).toContain('Al betaald plan');
    expect(page).not.toContain('Geveltuinen zonder toestemming');
    expect(page).not.toContain('Nog in beoordeling');
    expect(page).not.toContain('Afgewezen plan');
    const figures = (await (await t.app.request('/api/v1/initiatives/figures')).json()) as {
      wijk: string;
      year: number;
      initiatives: number;
      granted_euros: number;
      people_reached: number;
    }[];
    expect(figures).toEqual([
      { wijk: 'moerwijk', year: 2027, initiatives: 2, granted_euros: 1500, people_reached: 60 },
    ]);
  });

  test('no personal data on any public page or in the API', async () => {
    const bodies = await Promise.all(
      [
        '/initiatieven/wijk/moerwijk',
        '/initiatieven/wat-bewoners-doen',
        '/api/v1/initiatives',
        '/api/v1/initiatives/figures',
        '/wijken/moerwijk',
      ].map(async (path) => (await t.app.request(path)).text()),
    );
    for (const body of bodies) for (const value of Object.values(personal)) expect(body).not.toContain(value);
    const api = JSON.parse(bodies[2]!) as Record<string, unknown>[];
    expect(api.map((i) => i.title).sort()).toEqual(['Al betaald plan', 'Geveltuinen met toestemming']);
    expect(Object.keys(api[0]!).sort()).toEqual(
      [
        'buurt',
        'demo',
        'description',
        'granted_euros',
        'id',
        'participants_expected',
        'starts_on',
        'status',
        'title',
        'wijk',
        'year',
      ].sort(),
    );
  });

  test('the wijk page links to the showcase; the API paths are in the OpenAPI document', async () => {
    expect(await (await t.app.request('/wijken/moerwijk')).text()).toContain(
      'href="/initiatieven/wijk/moerwijk"',
    );
    const doc = (await (await t.app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/initiatives', '/initiatives/figures']));
  });

  test('examples exist only with DEMO=1, marked "Voorbeeld"; there is one in every status', async () => {
    const real = await (await t.app.request('/api/v1/initiatives')).json();
    expect((real as { demo: boolean }[]).some((i) => i.demo)).toBe(false);
    const shown = (await (await demo.app.request('/api/v1/initiatives')).json()) as {
      demo: boolean;
      title: string;
    }[];
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((i) => i.demo && i.title.startsWith('Voorbeeld'))).toBe(true);
    const page = await (await demo.app.request('/initiatieven/wijk/moerwijk')).text();
    expect(page).toContain('>Voorbeeld<');
    const rows = await demo.database.db
      .select({ status: initiatives.status, demo: initiatives.demo })
      .from(initiatives);
    expect(new Set(rows.filter((r) => r.demo).map((r) => r.status))).toEqual(new Set(initiativeStatuses));
    expect(initiativeWorkflow.entityType).toBe('initiative');
  });
});
