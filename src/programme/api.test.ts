// SPDX-License-Identifier: EUPL-1.2
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../../tests/support/app.ts';
import { npzw } from '../seed/data/npzw.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

async function json(path: string) {
  const response = await t.app.request(path);
  return { response, body: (await response.json()) as any };
}

describe('the open data API', () => {
  test('GET /api/v1/programme gives the mission with its source', async () => {
    const { response, body } = await json('/api/v1/programme');
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(body.mission).toBe(npzw.programme.mission);
    expect(body.source.file).toBe(npzw.programme.source.file);
  });

  test('lines, goals, wijken, alliances and partners are all there', async () => {
    expect((await json('/api/v1/lines')).body).toHaveLength(6);
    expect((await json('/api/v1/goals')).body).toHaveLength(npzw.goals.length);
    const wijken = (await json('/api/v1/wijken')).body;
    expect(wijken.map((w: any) => w.slug)).toEqual(npzw.wijken.map((w) => w.slug));
    expect(wijken.find((w: any) => w.slug === 'moerwijk').buurten).toHaveLength(4);
    expect((await json('/api/v1/alliances')).body).toHaveLength(npzw.alliances.length);
    expect((await json('/api/v1/partners')).body).toHaveLength(npzw.partners.length);
  });

  test('measures carry their top-10 rank, status and source, and filter by line, wijk, status and alliance', async () => {
    const all = (await json('/api/v1/measures?per_page=100')).body.concat(
      (await json('/api/v1/measures?per_page=100&page=2')).body,
    );
    expect(all).toHaveLength(npzw.measures.length);
    const ranked = all.filter((m: any) => m.top10_rank !== null).map((m: any) => m.top10_rank);
    expect(ranked).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(all.every((m: any) => typeof m.status === 'string' && m.source?.file)).toBe(true);

    const wijk = (await json('/api/v1/measures?wijk=morgenstond')).body;
    expect(wijk).toHaveLength(npzw.measures.filter((m) => m.wijkSlugs.includes('morgenstond')).length);
    const line = npzw.lines[2]!.slug;
    expect((await json(`/api/v1/measures?line=${line}`)).body).toHaveLength(
      npzw.measures.filter((m) => m.lineSlugs.includes(line)).length,
    );
    const started = (await json('/api/v1/measures?status=started&per_page=100')).body;
    expect(started).toHaveLength(npzw.measures.filter((m) => m.status === 'started').length);
    const alliance = npzw.alliances[0]!.slug;
    expect((await json(`/api/v1/measures?alliance=${alliance}`)).body).toHaveLength(
      npzw.measures.filter((m) => m.allianceSlug === alliance).length,
    );
  });

  test('a bad filter value is a JSON 400, an unknown measure a JSON 404', async () => {
    const bad = await json('/api/v1/measures?status=bijna-klaar');
    expect(bad.response.status).toBe(400);
    expect(bad.body.error).toBe('bad_request');
    const missing = await json('/api/v1/measures/999999');
    expect(missing.response.status).toBe(404);
    expect(missing.body).toMatchObject({ error: 'not_found' });
    const unknown = await json('/api/v1/bestaat-niet');
    expect(unknown.response.status).toBe(404);
    expect(unknown.response.headers.get('content-type')).toContain('application/json');
  });

  test('one measure by id or slug, with updates and status history', async () => {
    const first = npzw.measures[0]!;
    const bySlug = await json(`/api/v1/measures/${first.slug}`);
    expect(bySlug.body.slug).toBe(first.slug);
    const byId = await json(`/api/v1/measures/${bySlug.body.id}`);
    expect(byId.body).toEqual(bySlug.body);
    expect(Array.isArray(byId.body.updates)).toBe(true);
  });

  test('the budget endpoint gives Regio Deal II (31M + 18M) and the 2024 budget tables in EUR 1,000', async () => {
    const { body } = await json('/api/v1/budget');
    const amounts = body.funds.flatMap((f: any) => f.contributions.map((c: any) => c.amount_euros));
    expect(amounts).toEqual(expect.arrayContaining([31_000_000, 18_000_000]));
    expect(body.tables).toHaveLength(npzw.budgetTables.length);
    expect(body.tables[0].unit).toBe('EUR 1.000');
  });

  test('the measures download as CSV with a header row and one line per measure', async () => {
    const response = await t.app.request('/api/v1/measures.csv');
    expect(response.headers.get('content-type')).toContain('text/csv');
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0]).toBe(
      'id,slug,title,kind,top10_rank,status,lines,wijken,alliance,budget_euros,funding_source,source_file,source_section,url',
    );
    expect(lines.length).toBeGreaterThanOrEqual(npzw.measures.length + 1);
  });

  test('the OpenAPI 3.1 document describes every endpoint the API serves', async () => {
    const { body } = await json('/api/v1/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    for (const path of [
      '/programme',
      '/lines',
      '/goals',
      '/measures',
      '/measures/{id}',
      '/measures.csv',
      '/wijken',
      '/alliances',
      '/partners',
      '/budget',
    ]) {
      expect(body.paths[path], path).toBeDefined();
    }
    const refs = JSON.stringify(body).match(/#\/components\/schemas\/(\w+)/g) ?? [];
    for (const ref of refs) expect(body.components.schemas[ref.split('/').pop()!], ref).toBeDefined();
  });
});

/** Every page of a list, following the Link header's rel="next" as a client would. */
async function allPages(path: string) {
  const items: any[] = [];
  let next: string | undefined = path;
  let pages = 0;
  while (next) {
    const { response, body } = await json(next);
    expect(response.status).toBe(200);
    items.push(...body);
    pages += 1;
    next = /<([^>]+)>; rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
  }
  return { items, pages };
}

describe('the measures list in pages', () => {
  test('50 per page unless asked, with totals and Link headers to the first, previous, next and last page', async () => {
    const total = npzw.measures.length;
    const first = await json('/api/v1/measures');
    expect(first.body).toHaveLength(50);
    expect(first.response.headers.get('x-total-count')).toBe(String(total));
    const last = Math.ceil(total / 50);
    expect(first.response.headers.get('x-total-pages')).toBe(String(last));
    const link = first.response.headers.get('link')!;
    expect(link).toContain('</api/v1/measures?page=1>; rel="first"');
    expect(link).toContain('</api/v1/measures?page=2>; rel="next"');
    expect(link).toContain(`</api/v1/measures?page=${last}>; rel="last"`);
    expect(link).not.toContain('rel="prev"');
    expect(first.response.headers.get('access-control-expose-headers')).toContain('Link');

    const walked = await allPages('/api/v1/measures?per_page=30');
    expect(walked.pages).toBe(Math.ceil(total / 30));
    expect(walked.items.map((m: any) => m.slug)).toEqual(
      (await allPages('/api/v1/measures?per_page=100')).items.map((m: any) => m.slug),
    );
    expect(new Set(walked.items.map((m: any) => m.id)).size).toBe(total);
  });

  test('a filter stays in the Link header, and the pages hold exactly the filtered measures', async () => {
    const expected = npzw.measures.filter((m) => m.wijkSlugs.includes('moerwijk')).length;
    const page = await json('/api/v1/measures?wijk=moerwijk&per_page=5&page=2');
    expect(page.response.headers.get('x-total-count')).toBe(String(expected));
    expect(page.response.headers.get('link')).toContain('wijk=moerwijk&per_page=5&page=1>; rel="prev"');
    expect((await allPages('/api/v1/measures?wijk=moerwijk&per_page=5')).items).toHaveLength(expected);
  });

  test('a bad page number or page size is a JSON 400 that says in Dutch what is allowed', async () => {
    for (const [query, field] of [
      ['page=0', 'page'],
      ['page=-1', 'page'],
      ['page=twee', 'page'],
      ['page=1.5', 'page'],
      ['per_page=0', 'per_page'],
      ['per_page=101', 'per_page'],
      ['per_page=alles', 'per_page'],
    ] as const) {
      const { response, body } = await json(`/api/v1/measures?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(body.error).toBe('bad_request');
      expect(body.errors[field], query).toBeDefined();
      expect(body.message).toMatch(field === 'page' ? /paginanummer/ : /per pagina.*100/);
    }
    const beyond = await json('/api/v1/measures?page=99');
    expect(beyond.response.status).toBe(400);
    expect(beyond.body.message).toBe(
      `Deze pagina bestaat niet. De laatste pagina is ${Math.ceil(npzw.measures.length / 50)}.`,
    );
  });

  test('an unchanged answer is not sent again: If-None-Match with its ETag gives a 304 without a body', async () => {
    const first = await t.app.request('/api/v1/measures?page=2');
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^W\/"/);
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    const again = await t.app.request('/api/v1/measures?page=2', { headers: { 'if-none-match': tag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(tag);
    const otherPage = await t.app.request('/api/v1/measures?page=3', { headers: { 'if-none-match': tag! } });
    expect(otherPage.status).toBe(200);
  });

  test('after a change to a measure the old ETag no longer matches and the new data is sent', async () => {
    const first = await t.app.request('/api/v1/measures');
    const body = (await first.json()) as any[];
    await t.database.db.execute(
      sql`update measures set title = 'Nieuwe titel voor de API' where slug = ${body[0].slug}`,
    );
    const again = await t.app.request('/api/v1/measures', {
      headers: { 'if-none-match': first.headers.get('etag')! },
    });
    expect(again.status).toBe(200);
    expect(((await again.json()) as any[])[0].title).toBe('Nieuwe titel voor de API');
  });
});
