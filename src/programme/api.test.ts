// SPDX-License-Identifier: EUPL-1.2
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
    const all = (await json('/api/v1/measures')).body;
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
    const started = (await json('/api/v1/measures?status=started')).body;
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
