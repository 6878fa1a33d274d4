// SPDX-License-Identifier: EUPL-1.2
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../../tests/support/app.ts';
import { createOutbox } from '../platform/mail/outbox.ts';
import { loadReportsDemo } from './demo.ts';
import type { ReportInput } from './forms.ts';
import { categories, isSensitive, referenceOf } from './rules.ts';
import { reports } from './schema.ts';
import { changeReportStatus, getReport, submitReport } from './service.ts';

let app: TestApp;
const moerwijk = 'BU05183620';
// Personal data a resident typed: none of it may ever appear in a public page or the API.
const secrets = {
  email: 'geheim.adres@example.nl',
  phone: '06-99887766',
  location: 'Geheimstraat 13a',
  description: 'Mijn buurman Jan de Vries op nummer 15 zet zijn afval buiten.',
};

beforeAll(async () => {
  app = await buildTestApp({ DEMO: '1' });
  await loadReportsDemo(app.database.db);
  await loadReportsDemo(app.database.db); // twice: still one of each
  const deps = { outbox: createOutbox(app.jobs), publicUrl: '' };
  const handler = { id: 1, email: 'beheer@example.nl' };
  for (const category of categories) {
    const input: ReportInput = {
      category,
      buurtCode: moerwijk,
      submission: randomUUID(),
      ...secrets,
    };
    const made = await submitReport(app.database.db, deps, input, null);
    if (!made.ok) throw new Error('not stored');
    const report = (await getReport(app.database.db, made.id))!;
    await changeReportStatus(app.database.db, deps, handler, report, {
      from: 'received',
      to: 'closed',
      answer: `Opgelost (${category}).`,
      forwardedTo: null,
    });
  }
});
afterAll(() => app.close());

const pages = ['/meldingen', '/meldingen/wijk/moerwijk', '/meldingen/cijfers', '/wijken/moerwijk'];
const api = ['/api/v1/reports', '/api/v1/reports?wijk=moerwijk', '/api/v1/reports/figures'];

describe('the public sees what was reported and done, never who or where exactly', () => {
  test('the wijk page lists non-sensitive reports blurred to the buurt, with status and what was done', async () => {
    const html = await (await app.app.request('/meldingen/wijk/moerwijk')).text();
    expect(html).toContain('Meldingen in Moerwijk');
    expect(html).toContain('Afval of zwerfvuil in ');
    expect(html).toContain('Opgelost (litter).');
    expect(html).toContain('Afgehandeld');
  });

  test('sensitive categories are never in a public page or the API, not even their answer', async () => {
    for (const path of [...pages, ...api]) {
      const body = await (await app.app.request(path)).text();
      for (const category of categories.filter(isSensitive)) {
        expect(body, path).not.toContain(`Opgelost (${category}).`);
        expect(body, path).not.toContain(`"category":"${category}"`);
      }
    }
    const list = (await (await app.app.request('/api/v1/reports')).json()) as {
      reports: { category: string }[];
    };
    expect(list.reports.some((r) => isSensitive(r.category))).toBe(false);
    expect(list.reports.some((r) => r.category === 'litter')).toBe(true);
  });

  test('personal data is never in a public page or the API', async () => {
    for (const path of [...pages, ...api]) {
      const body = await (await app.app.request(path)).text();
      for (const [field, value] of Object.entries(secrets))
        expect(body, `${path}: ${field}`).not.toContain(value);
      expect(body, path).not.toContain('Jan de Vries');
    }
  });

  test('the API gives the reference, category, buurt, status, answer and the day; no more', async () => {
    const body = (await (await app.app.request('/api/v1/reports?wijk=moerwijk')).json()) as {
      reports: Record<string, unknown>[];
    };
    const litter = body.reports.find((r) => r.category === 'litter' && r.demo === false)!;
    expect(Object.keys(litter).sort()).toEqual(
      [
        'answer',
        'answered_on',
        'buurt',
        'category',
        'demo',
        'forwarded_to',
        'received_on',
        'reference',
        'status',
      ].sort(),
    );
    expect(litter).toMatchObject({ status: 'closed', answer: 'Opgelost (litter).' });
    expect(litter.received_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await app.app.request('/api/v1/reports?wijk=nergens')).status).toBe(404);
  });

  test('the figures count every report once, and the OpenAPI document describes both endpoints', async () => {
    const figures = (await (await app.app.request('/api/v1/reports/figures')).json()) as {
      all: { count: number; closed: number };
      by_category: { category: string }[];
    };
    // Sensitive reports are left out of the public figures altogether.
    const open = categories.filter((c) => !isSensitive(c)).length;
    expect(figures.all.count).toBe(open);
    expect(figures.all.closed).toBe(open);
    expect(figures.by_category.map((g) => g.category)).toEqual(categories.filter((c) => !isSensitive(c)));
    const openapi = (await (await app.app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    expect(openapi.paths['/reports']).toBeDefined();
    expect(openapi.paths['/reports/figures']).toBeDefined();
  });

  test('the wijk page of the site has a reports section with the counts and a link', async () => {
    const html = await (await app.app.request('/wijken/moerwijk')).text();
    expect(html).toContain('href="/meldingen/wijk/moerwijk"');
    expect(html).toMatch(/In deze wijk zijn \d+ meldingen gedaan/);
  });
});

describe('DEMO=1: example reports in every status, marked "Voorbeeld", never mixed with real ones', () => {
  test('one example per status, loaded once', async () => {
    const examples = await app.database.db.select().from(reports).where(eq(reports.demo, true));
    expect(examples.map((r) => r.status).sort()).toEqual(
      ['closed', 'forwarded', 'in-progress', 'received', 'reopened'].sort(),
    );
  });

  test('the wijk page shows them apart, marked "Voorbeeld"; the API flags them; the figures leave them out', async () => {
    const html = await (await app.app.request('/meldingen/wijk/moerwijk')).text();
    const examplesAt = html.indexOf('<h2 class="utrecht-heading-2" id="examples">Voorbeelden</h2>');
    expect(examplesAt).toBeGreaterThan(0);
    expect(html.slice(examplesAt)).toContain('Voorbeeld');
    expect(html.slice(examplesAt)).toContain('Voorbeeld: de schommel is vervangen.');
    expect(html.slice(0, examplesAt)).not.toContain('Voorbeeld: de schommel is vervangen.');
    const body = (await (await app.app.request('/api/v1/reports')).json()) as {
      reports: { demo: boolean; reference: string }[];
    };
    expect(body.reports.filter((r) => r.demo)).toHaveLength(5);
    const figures = (await (await app.app.request('/api/v1/reports/figures')).json()) as {
      all: { count: number };
    };
    expect(figures.all.count).toBe(categories.filter((c) => !isSensitive(c)).length);
  });

  test('without DEMO=1 the example reports are nowhere', async () => {
    const plain = await buildTestApp();
    try {
      await loadReportsDemo(plain.database.db);
      const body = (await (await plain.app.request('/api/v1/reports')).json()) as { reports: unknown[] };
      expect(body.reports).toHaveLength(0);
      const html = await (await plain.app.request('/meldingen/wijk/moerwijk')).text();
      expect(html).not.toContain('Voorbeeld: de schommel');
      expect(referenceOf(1)).toBe('M-00001');
    } finally {
      await plain.close();
    }
  });
});
