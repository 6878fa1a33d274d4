// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, test } from 'vitest';
import { readSourceTree, sourceMatches } from '../tests/support/boundaries.ts';

const root = new URL('..', import.meta.url).pathname;

/**
 * Where an internal address may be written out: each area's paths.ts, the OpenAPI descriptions (their
 * keys are templates, not links), and the route declarations (`app.get('/…')`, which this check does not
 * look at). Everything else links through a paths.ts (issue 10, item 8).
 */
const exempt = /(^src\/(pb|seed|db)\/)|(paths\.ts$)|(openapi\.ts$)|(\.test\.tsx?$)|(test\.ts$)/;

/** Kept on purpose, with the reason. */
const allowed = new Set([
  // The old top-10 address's permanent redirect; programme/routes.tsx is being changed for page caching.
  "src/programme/routes.tsx: c.redirect('/",
]);

const patterns = [
  /\b(?:href|action|src|formaction)=(?:"\/|\{\s*['"`]\/)/g,
  /\bc\.redirect\(\s*['"`]\//g,
  /\bhref:\s*['"`]\//g,
  /\bpublicUrl\.replace\(/gi,
];

/** Every place a file writes an internal address out instead of taking it from a paths.ts. */
function hardCodedPaths(files: ReadonlyMap<string, string>): string[] {
  return sourceMatches(files, patterns, { skip: exempt, allowed });
}

describe('addresses in one place per part (paths.ts)', () => {
  test('no view, route, mail or letter writes out an internal address', () => {
    expect(hardCodedPaths(readSourceTree(root))).toEqual([]);
  });

  test('the check catches each way an address used to be written out', () => {
    const before = new Map([
      [
        'src/wijkbudget/views/round-page.tsx',
        '<a class="utrecht-link" href={`/wijkbudget/${round.slug}/stemmen`}>',
      ],
      ['src/platform/layout/page.tsx', '<form method="post" action="/beheer/uitloggen">'],
      ['src/wijkbudget/views/plan-page.tsx', "<img src={'/wijkbudget/x/plannen/1/foto'} />"],
      ['src/wijkbudget/routes.tsx', 'return c.redirect(`/wijkbudget/${round.slug}`, 303);'],
      ['src/places/service.ts', 'href: `/wijken/${row.slug}`,'],
      [
        'src/wijkbudget/letters.ts',
        "url: `${publicUrl.replace(/\\/$/, '')}/wijkbudget/${round.slug}/stemmen`,",
      ],
      ['src/wijkbudget/paths.ts', 'round: (slug: string) => `/wijkbudget/${slug}`,'],
      ['src/wijkbudget/views/round-page.tsx.test.tsx', '<a href="/wijkbudget">'],
    ]);
    expect(hardCodedPaths(before)).toEqual([
      'src/wijkbudget/views/round-page.tsx: href={`/',
      'src/platform/layout/page.tsx: action="/',
      "src/wijkbudget/views/plan-page.tsx: src={'/",
      'src/wijkbudget/routes.tsx: c.redirect(`/',
      'src/places/service.ts: href: `/',
      'src/wijkbudget/letters.ts: publicUrl.replace(',
    ]);
  });
});
