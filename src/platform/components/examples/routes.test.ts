// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { TestClient } from '../../../../tests/support/client.ts';
import { zuidwestMap } from '../../../places/map-data.ts';
import { t } from '../../i18n.ts';
import { examplePages, exampleSlugs } from './pages.tsx';

let app: TestApp;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());

describe('the example pages are for staff only', () => {
  test.each(['/beheer/voorbeelden', '/beheer/voorbeelden/tabel'])(
    'someone not signed in who opens %s is sent to the sign-in page, and back afterwards',
    async (path) => {
      const response = await new TestClient(app.app).get(path);
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe(`/beheer/inloggen?terug=${encodeURIComponent(path)}`);
    },
  );

  test('every staff member, even the one with the fewest rights, sees the index and every example', async () => {
    const client = new TestClient(app.app);
    await client.signIn(app.staff.allianceEditor);
    const index = await client.get('/beheer/voorbeelden');
    expect(index.status).toBe(200);
    const html = await index.text();
    for (const slug of exampleSlugs) {
      expect(html).toContain(`href="/beheer/voorbeelden/${slug}"`);
      const page = await client.get(`/beheer/voorbeelden/${slug}`);
      expect(page.status, slug).toBe(200);
      expect(await page.text(), slug).toContain(
        `<h1 class="utrecht-heading-1">${t(examplePages[slug].title)}</h1>`,
      );
    }
    expect((await client.get('/beheer/voorbeelden/bestaat-niet')).status).toBe(404);
  });
});

describe('the examples work without JavaScript: a sent form comes back filled in', () => {
  let client: TestClient;
  beforeAll(async () => {
    client = new TestClient(app.app);
    await client.signIn(app.staff.editor);
  });

  test('the filter narrows the list by wijk, and its page links keep the filter', async () => {
    const moerwijk = zuidwestMap.wijken.find((w) => w.label === 'Moerwijk')!;
    const inMoerwijk = zuidwestMap.buurten.filter((b) => b.wijkCode === moerwijk.code);
    const html = await (await client.get(`/beheer/voorbeelden/filter?wijk=${moerwijk.code}`)).text();
    expect(html).toContain(t('kit.examples.filter.count', { count: inMoerwijk.length }));
    expect(html).toContain(`<option value="${moerwijk.code}" selected="">`);
    const others = zuidwestMap.buurten.filter((b) => b.wijkCode !== moerwijk.code);
    for (const buurt of others) expect(html).not.toContain(`>${buurt.name}<`);
    if (inMoerwijk.length > 3)
      expect(html).toContain(`href="/beheer/voorbeelden/filter?wijk=${moerwijk.code}&amp;pagina=2"`);
  });

  test('a chosen radio and typed dates are shown again, a date that does not exist gets an error', async () => {
    const radios = await (await client.get('/beheer/voorbeelden/keuzerondjes?bericht=brief')).text();
    expect(radios).toMatch(/value="brief" checked=""/);
    const dates = await (
      await client.get('/beheer/voorbeelden/datum?datum=27-3-2027&sluiting=2027-03-27T14:30')
    ).text();
    expect(dates).toContain(t('kit.examples.dates.read', { value: '27 maart 2027' }));
    expect(dates).toContain(t('kit.examples.dates.read', { value: '27 maart 2027 om 14:30' }));
    const wrong = await (await client.get('/beheer/voorbeelden/datum?datum=31-2-2027')).text();
    expect(wrong).toContain(t('kit.examples.dates.error'));
    expect(wrong).toContain('value="31-2-2027"');
  });
});
