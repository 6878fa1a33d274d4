// SPDX-License-Identifier: EUPL-1.2
/**
 * The main pages, rendered, compared with the HTML they gave before the speed work of issue 16 (files in
 * __snapshots__, made on the code before it). Faster queries and rendering must not change one byte a
 * resident sees; only what differs per request or per load (CSRF tokens, load times) is normalised.
 */
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
  ['api-measures.json', '/api/v1/measures'],
  ['api-measures-moerwijk.json', '/api/v1/measures?wijk=moerwijk'],
];

describe('the main pages look exactly as before the speed work', () => {
  for (const [name, path] of pages) {
    test(`${path} renders the same HTML or JSON`, async () => {
      const response = await t.app.request(path, { headers: { 'accept-encoding': 'identity' } });
      expect(response.status).toBe(200);
      await expect(normalised(await response.text())).toMatchFileSnapshot(`./__snapshots__/${name}`);
    });
  }
});
