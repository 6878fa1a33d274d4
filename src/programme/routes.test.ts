// SPDX-License-Identifier: EUPL-1.2
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../../tests/support/app.ts';
import { formatDate, formatEuros } from '../platform/i18n.ts';
import { npzw } from '../seed/data/npzw.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

async function page(path: string) {
  const response = await t.app.request(path);
  return { response, html: await response.text() };
}

function h1Count(html: string) {
  return html.match(/<h1[\s>]/g)?.length ?? 0;
}

describe('a resident reading the register', () => {
  test('the home page states the mission, the four wijken, the six lines and the top 10', async () => {
    const { response, html } = await page('/');
    expect(response.status).toBe(200);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="nl" dir="ltr"');
    expect(html).toContain(npzw.programme.mission);
    for (const wijk of npzw.wijken) expect(html).toContain(`href="/wijken/${wijk.slug}"`);
    for (const line of npzw.lines) expect(html).toContain(`href="/programma/lijnen/${line.slug}"`);
    const top10 = npzw.measures.filter((m) => m.top10Rank !== null);
    expect(top10).toHaveLength(10);
    for (const m of top10) expect(html).toContain(`href="/maatregelen/${m.slug}"`);
    expect(h1Count(html)).toBe(1);
    expect(html).toContain('href="#main"');
    expect(html).not.toContain('<script');
  });

  test('the map of the wijken is drawn on the server, with every wijk as a link, and the same links as a list', async () => {
    const { html } = await page('/wijken');
    expect(html).toContain('<svg');
    for (const wijk of npzw.wijken) {
      expect(html.split(`href="/wijken/${wijk.slug}"`).length - 1).toBeGreaterThanOrEqual(2);
    }
    expect(html).toContain('wijk 33');
  });

  test('a wijk page shows what the programme does there, with status, and the buurten of that wijk', async () => {
    const moerwijk = npzw.measures.filter((m) => m.wijkSlugs.includes('moerwijk'));
    const { response, html } = await page('/wijken/moerwijk');
    expect(response.status).toBe(200);
    expect(html).toContain('Wat gebeurt er in Moerwijk?');
    for (const m of moerwijk) expect(html).toContain(`href="/maatregelen/${m.slug}"`);
    expect(html).toContain('Moerwijk-Oost');
    expect(html).not.toContain('Morgenstond-Zuid');
    expect(h1Count(html)).toBe(1);
  });

  test('a measure page shows lines, wijken, alliance, budget or "Onbekend", status and the source document', async () => {
    const measure = npzw.measures.find((m) => m.top10Rank === 10)!;
    const { response, html } = await page(`/maatregelen/${measure.slug}`);
    expect(response.status).toBe(200);
    expect(html).toContain(measure.title.replace(/&/g, '&amp;'));
    const document = npzw.documents.find((d) => d.file === measure.source.file)!;
    expect(html).toContain(`Bron: ${document.title}`);
    expect(html).toContain('Nummer 10 van de top 10');
    if (measure.budgetEuros === null) expect(html).toContain('Onbekend');
  });

  test('a status from the documents shows "Datum onbekend", never the day the site was installed', async () => {
    const measure = npzw.measures.find((m) => m.status === 'started')!;
    const { html } = await page(`/maatregelen/${measure.slug}`);
    expect(html).toContain('Geschiedenis van de status');
    expect(html).toContain('Datum onbekend');
    expect(html).not.toContain(formatDate(new Date()));
  });

  test('the measure list shows 25 measures a page, with links to the next page that keep the filter', async () => {
    const first = await page('/maatregelen');
    expect(first.html).toContain(`${npzw.measures.length} maatregelen gevonden.`);
    expect(first.html.match(/class="measure-card"/g)).toHaveLength(Math.min(25, npzw.measures.length));
    expect(first.html).toContain('href="/maatregelen?pagina=2"');
    const last = Math.ceil(npzw.measures.length / 25);
    const lastPage = await page(`/maatregelen?pagina=${last}`);
    expect(lastPage.html.match(/class="measure-card"/g)).toHaveLength(npzw.measures.length - (last - 1) * 25);
    expect(lastPage.html).not.toContain('rel="next"');
    const bigLine = npzw.lines.find(
      (line) => npzw.measures.filter((m) => m.lineSlugs.includes(line.slug)).length > 25,
    );
    expect(bigLine, 'a line with more than one page of measures').toBeDefined();
    const filtered = await page(`/maatregelen?lijn=${bigLine!.slug}`);
    expect(filtered.html).toContain(`href="/maatregelen?lijn=${bigLine!.slug}&amp;pagina=2"`);
  });

  test('the measure list filters by wijk, line and status through a plain GET form', async () => {
    const { html } = await page('/maatregelen?wijk=moerwijk&status=');
    const expected = npzw.measures.filter((m) => m.wijkSlugs.includes('moerwijk')).length;
    expect(html).toContain(`${expected} maatregelen gevonden.`);
    const byLine = await page(`/maatregelen?lijn=${npzw.lines[0]!.slug}`);
    const lineCount = npzw.measures.filter((m) => m.lineSlugs.includes(npzw.lines[0]!.slug)).length;
    expect(byLine.html).toContain(`${lineCount} maatregelen gevonden.`);
  });

  test('alliances list their partner organisations, and finance shows Regio Deal II and the budget tables', async () => {
    const alliances = await page('/allianties');
    for (const a of npzw.alliances) expect(alliances.html).toContain(a.name.replace(/&/g, '&amp;'));
    const finance = await page('/financien');
    expect(finance.html).toContain(formatEuros(31_000_000));
    expect(finance.html).toContain(formatEuros(18_000_000));
    expect(finance.html).toContain(formatEuros(49_000_000));
    expect(finance.html).toContain(npzw.budgetTables[0]!.title.replace(/&/g, '&amp;'));
  });

  test('search uses Dutch stemming: "woning" finds measures that say "woningen"', async () => {
    const { response, html } = await page('/zoeken?q=woning');
    expect(response.status).toBe(200);
    expect(html).toMatch(/[1-9]\d* resultaten voor/);
    const housing = npzw.measures.find((m) => m.top10Rank === 10)!;
    expect(html).toContain(`/maatregelen/${housing.slug}`);
  });

  test('search with no hits says so, and an over-long query gets a Dutch message next to the field', async () => {
    const none = await page('/zoeken?q=xylofoonorkest');
    expect(none.html).toContain('0 resultaten voor');
    const long = await page(`/zoeken?q=${'a'.repeat(300)}`);
    expect(long.response.status).toBe(400);
    expect(long.html).toContain('Uw zoekvraag is te lang');
    expect(long.html).toContain('aria-invalid="true"');
  });

  test('the about page holds the accessibility statement and the privacy statement', async () => {
    const { html } = await page('/over');
    expect(html).toContain('Toegankelijkheid');
    expect(html).toContain('WCAG 2.1');
    expect(html).toContain('Privacy');
  });

  test('an unknown address gives a friendly Dutch 404 page', async () => {
    const { response, html } = await page('/maatregelen/bestaat-niet');
    expect(response.status).toBe(404);
    expect(html).toContain('Deze pagina bestaat niet');
    expect(h1Count(html)).toBe(1);
  });

  test('public pages can be cached by a proxy: ETag, Cache-Control, and 304 on a repeat', async () => {
    const first = await t.app.request('/wijken/moerwijk');
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    expect(first.headers.get('set-cookie')).toBeNull();
    const again = await t.app.request('/wijken/moerwijk', { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
  });

  test('every public page stays under 100 KB of HTML and CSS together and has no script', async () => {
    const css = await (await t.app.request('/static/site.css')).text();
    const measure = npzw.measures[0]!;
    for (const path of [
      '/',
      '/programma',
      '/programma/doelen',
      '/wijken',
      '/wijken/bouwlust',
      '/maatregelen',
      `/maatregelen/${measure.slug}`,
      '/allianties',
      '/financien',
      '/nieuws',
      '/over',
      '/zoeken?q=school',
    ]) {
      const { html } = await page(path);
      const kb = (Buffer.byteLength(html) + Buffer.byteLength(css)) / 1024;
      expect(kb, path).toBeLessThan(100);
      expect(html, path).not.toContain('<script');
    }
  });

  test('/healthz and /readyz report the process and the migrated database', async () => {
    expect((await t.app.request('/healthz')).status).toBe(200);
    const ready = await t.app.request('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
  });

  test('/readyz is not ready when the database can read but no longer write (a full disk, read-only)', async () => {
    const { db } = t.database;
    // Stands in for any refused write: the database answers queries, but every write fails.
    await db.execute(sql`create function refuse_write() returns trigger language plpgsql as $$
      begin raise exception 'could not extend file: No space left on device'; end $$`);
    await db.execute(
      sql`create trigger refuse_write before insert or update on readiness_probe for each row execute function refuse_write()`,
    );
    try {
      const response = await t.app.request('/readyz');
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: 'not-ready', reason: 'database-cannot-write' });
      expect((await t.app.request('/healthz')).status).toBe(200);
    } finally {
      await db.execute(sql`drop trigger refuse_write on readiness_probe`);
      await db.execute(sql`drop function refuse_write()`);
    }
    expect((await t.app.request('/readyz')).status).toBe(200);
  });
});
