// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../../tests/support/app.ts';
import { loadConsultationsDemo } from './demo.ts';
import { consultations } from './schema.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

test('DEMO=1 adds example consultations marked "Voorbeeld", once, and leaves them out of the response figures', async () => {
  const figuresBefore = await (await t.app.request('/inspraak/antwoorden')).text();
  await loadConsultationsDemo(t.database.db);
  await loadConsultationsDemo(t.database.db);
  const rows = await t.database.db.select().from(consultations);
  expect(rows.filter((r) => r.demo)).toHaveLength(2);
  const list = await (await t.app.request('/inspraak')).text();
  expect(list).toContain('Een nieuwe speelplek in Moerwijk');
  expect(list).toContain('Voorbeeld');
  const page = await (await t.app.request('/inspraak/voorbeeld-speelplek-moerwijk')).text();
  expect(page).toContain('Dit is een voorbeeld. Het is geen echt inspraakmoment.');
  expect(page).toContain('Antwoord op reactie');
  expect(page).toContain('namens 8 mensen');
  const closed = await (await t.app.request('/inspraak/voorbeeld-afval-moerwijk')).text();
  expect(closed).toContain('Wat we niet doen, en waarom');
  expect(await (await t.app.request('/inspraak/antwoorden')).text()).toBe(figuresBefore);
  const api = (await (await t.app.request('/api/v1/consultations')).json()) as { example: boolean }[];
  expect(api.every((c) => c.example)).toBe(true);
});
