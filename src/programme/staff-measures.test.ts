// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../../tests/support/app.ts';
import { TestClient } from '../../tests/support/client.ts';
import { npzw } from '../seed/data/npzw.ts';
import { staffMeasuresPerPage } from './forms.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

async function listAs(email: string, query = '') {
  const client = new TestClient(t.app);
  expect((await client.signIn(email)).status).toBe(303);
  const response = await client.get(`/beheer/maatregelen${query}`);
  expect(response.status).toBe(200);
  return response.text();
}

/** The measure titles in the table, in order. */
function titles(html: string): string[] {
  const links = html.matchAll(/<a class="utrecht-link" href="\/beheer\/maatregelen\/\d+">([^<]*)<\/a>/g);
  return [...links].map((m) => m[1]!);
}

const fromHtml = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');

describe('the staff measure list', () => {
  test('an editor sees every measure by title, 25 to a page, with the filter form and links to the other pages', async () => {
    const html = await listAs(t.staff.editor);
    expect(html).toContain('<search aria-label="Maatregelen zoeken en filteren">');
    for (const field of ['zoek', 'status', 'wijk', 'lijn']) expect(html).toContain(`name="${field}"`);
    expect(html).toContain(`${npzw.measures.length} maatregelen gevonden`);
    const shown = titles(html).map(fromHtml);
    expect(shown).toHaveLength(staffMeasuresPerPage);
    const known = new Set(npzw.measures.map((m) => m.title));
    expect(shown.every((title) => known.has(title))).toBe(true);
    expect(html).toContain('href="/beheer/maatregelen?pagina=2"');
    const last = Math.ceil(npzw.measures.length / staffMeasuresPerPage);
    const lastPage = await listAs(t.staff.editor, `?pagina=${last}`);
    expect(titles(lastPage)).toHaveLength(npzw.measures.length - (last - 1) * staffMeasuresPerPage);
  });

  test('search by title, status, wijk and line narrow the list together, and the page links keep them', async () => {
    const inMoerwijk = npzw.measures.filter((m) => m.wijkSlugs.includes('moerwijk'));
    const html = await listAs(t.staff.editor, '?wijk=moerwijk');
    expect(titles(html).map(fromHtml).sort()).toEqual(inMoerwijk.map((m) => m.title).sort());
    expect(html).toContain('<option value="moerwijk" selected="">');

    const word = 'school';
    const matching = npzw.measures.filter((m) => m.title.toLowerCase().includes(word));
    expect(matching.length).toBeGreaterThan(0);
    const searched = await listAs(t.staff.editor, `?zoek=${word}`);
    expect(titles(searched).map(fromHtml).sort()).toEqual(matching.map((m) => m.title).sort());
    expect(searched).toContain(`value="${word}"`);

    const line = npzw.lines[0]!.slug;
    const both = npzw.measures.filter((m) => m.lineSlugs.includes(line) && m.status === 'started');
    const narrowed = await listAs(t.staff.editor, `?lijn=${line}&status=started`);
    expect(titles(narrowed)).toHaveLength(both.length);

    const many = await listAs(t.staff.editor, '?status=unknown&pagina=1');
    if (npzw.measures.filter((m) => m.status === 'unknown').length > staffMeasuresPerPage) {
      expect(many).toContain('href="/beheer/maatregelen?status=unknown&amp;pagina=2"');
    }
  });

  test('a search with % or _ finds those characters literally, and nothing found says so', async () => {
    const html = await listAs(t.staff.editor, `?zoek=${encodeURIComponent('%_%')}`);
    expect(titles(html)).toHaveLength(0);
    expect(html).toContain('Er zijn geen maatregelen die passen bij uw zoekopdracht.');
  });

  test('an alliance editor sees only the measures of their own alliance', async () => {
    const shown = [
      ...titles(await listAs(t.staff.allianceEditor)),
      ...titles(await listAs(t.staff.allianceEditor, '?pagina=2')),
    ].map(fromHtml);
    // The test's alliance editor belongs to the first alliance.
    const alliance = npzw.alliances[0]!.slug;
    const expected = npzw.measures.filter((m) => m.allianceSlug === alliance).map((m) => m.title);
    expect(shown.sort()).toEqual(expected.sort());
  });

  test('without signing in the list is not shown: the browser goes to the sign-in page', async () => {
    const response = await t.app.request('/beheer/maatregelen');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toContain('/beheer/inloggen');
  });
});
