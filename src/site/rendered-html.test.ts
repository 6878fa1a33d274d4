// SPDX-License-Identifier: EUPL-1.2
/**
 * The main pages, rendered, compared with the HTML they gave before the speed work of issue 16 (files in
 * __snapshots__, made on the code before it). Faster queries and rendering must not change one byte a
 * resident sees; only what differs per request or per load (CSRF tokens, load times) is normalised.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../../tests/support/app.ts';
import { npzw } from '../seed/data/npzw.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const topMeasure = [...npzw.measures].sort((a, b) => (a.top10Rank ?? 99) - (b.top10Rank ?? 99))[0]!.slug;

/** What differs per request or per load of the dataset, not per version of the code. */
function normalised(text: string): string {
  return text
    .replace(/(name="_csrf" value=")[^"]+"/g, '$1CSRF"')
    .replace(/("updated_at":")[^"]+"/g, '$1UPDATED"');
}

const pages: [name: string, path: string][] = [
  ['home.html', '/'],
  ['wijk-moerwijk.html', '/wijken/moerwijk'],
  ['measure.html', `/maatregelen/${topMeasure}`],
  ['measures.html', '/maatregelen'],
  ['measures-filtered.html', '/maatregelen?wijk=moerwijk&pagina=1'],
  ['programme.html', '/programma'],
  ['alliances.html', '/allianties'],
  ['finance.html', '/financien'],
  ['news.html', '/nieuws'],
];

/** The JSON kept before (stored pretty-printed), normalised like a new answer. */
function jsonBefore(name: string): unknown {
  return JSON.parse(normalised(JSON.stringify(JSON.parse(readFileSync(`${snapshots}/${name}`, 'utf8')))));
}
const snapshots = fileURLToPath(new URL('./__snapshots__', import.meta.url));

describe('the main pages look exactly as before the speed work', () => {
  for (const [name, path] of pages) {
    test(`${path} renders the same HTML or JSON`, async () => {
      const response = await t.app.request(path, { headers: { 'accept-encoding': 'identity' } });
      expect(response.status).toBe(200);
      await expect(normalised(await response.text())).toMatchFileSnapshot(`./__snapshots__/${name}`);
    });
  }

  test('/api/v1/measures, its pages put together, gives the same JSON as the single list it was', async () => {
    const pages = await Promise.all(
      [1, 2].map(async (page) => {
        const response = await t.app.request(`/api/v1/measures?per_page=100&page=${page}`);
        expect(response.status).toBe(200);
        return (await response.json()) as unknown[];
      }),
    );
    expect(JSON.parse(normalised(JSON.stringify(pages.flat())))).toEqual(jsonBefore('api-measures.json'));
  });

  test('/api/v1/measures?wijk=moerwijk gives the same JSON', async () => {
    const response = await t.app.request('/api/v1/measures?wijk=moerwijk');
    expect(JSON.parse(normalised(await response.text()))).toEqual(jsonBefore('api-measures-moerwijk.json'));
  });
});
