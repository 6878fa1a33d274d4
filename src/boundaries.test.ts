// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { boundaryBreaks, partsListedIn, readSourceTree } from '../tests/support/boundaries.ts';

const root = new URL('..', import.meta.url).pathname;
const layout = { parts: partsListedIn(readFileSync(`${root}src/parts.ts`, 'utf8')), shared: ['site'] };

describe('module boundaries (docs/adding-a-part.md)', () => {
  test('src/parts.ts lists the parts', () => {
    expect(layout.parts).toEqual(['initiatives', 'monitor', 'places', 'programme', 'wijkbudget']);
  });

  test('no part reaches into another, writes its tables, and the platform imports no part', () => {
    expect(boundaryBreaks(readSourceTree(root), layout)).toEqual([]);
  });

  test('every part with tables is in db/schema.ts, and every part with messages is in the catalogue', () => {
    const files = readSourceTree(root);
    const dbSchema = files.get('src/db/schema.ts')!;
    const catalogue = files.get('src/i18n/nl.ts')!;
    for (const part of [...layout.parts, ...layout.shared]) {
      if (files.has(`src/${part}/schema.ts`)) expect(dbSchema, part).toContain(`'../${part}/schema.ts'`);
      if (files.has(`src/${part}/messages.ts`)) expect(catalogue, part).toContain(`'../${part}/messages.ts'`);
    }
  });

  // The breaks the code had before the parts were untangled (issue 10), each caught by the check.
  const before = new Map([
    [
      'src/platform/api/routes.ts',
      "import { programmeApi } from '../../programme/api.ts';\nimport { wijkbudgetApi } from '../../wijkbudget/api.ts';\n",
    ],
    ['src/platform/auth/schema.ts', "import { alliances } from '../../programme/schema.ts';\n"],
    [
      'src/platform/components/status-tag.tsx',
      "import type { MeasureStatus } from '../../seed/dataset.ts';\n",
    ],
    [
      'src/wijkbudget/result-service.ts',
      "import { measures, measureWijken } from '../programme/schema.ts';\nawait tx.insert(measures).values({});\nawait tx.insert(measureWijken).values([]);\n",
    ],
    [
      'src/wijkbudget/code-batches.ts',
      "import * as programme from '../programme/schema.ts';\nawait db.delete(programme.measures);\n",
    ],
    ['src/programme/routes.tsx', "import { MeasureList } from '../wijkbudget/views/parts.tsx';\n"],
    ['src/site/routes.tsx', "await db.execute(sql`update measures set status = 'started'`);\n"],
    ['src/pb/rules/greedy-cost.ts', "import { t } from '../../platform/i18n.ts';\n"],
    ['src/programme/schema.ts', "export const measures = pgTable('measures', {});\n"],
    [
      'src/programme/views/wijk-section.test.ts',
      "import { plans } from '../../wijkbudget/views/parts.tsx';\n",
    ],
  ]);

  test('the check catches each kind of break that the code had before', () => {
    const breaks = boundaryBreaks(before, layout);
    expect(breaks).toEqual([
      'src/platform/api/routes.ts imports src/programme/api.ts: the platform must not import programme',
      'src/platform/api/routes.ts imports src/programme/api.ts: only the public files of programme (index.ts, service.ts, schema.ts, types.ts, paths.ts) may be imported',
      'src/platform/api/routes.ts imports src/wijkbudget/api.ts: the platform must not import wijkbudget',
      'src/platform/api/routes.ts imports src/wijkbudget/api.ts: only the public files of wijkbudget (index.ts, service.ts, schema.ts, types.ts, paths.ts) may be imported',
      'src/platform/auth/schema.ts imports src/programme/schema.ts: the platform must not import programme',
      'src/platform/components/status-tag.tsx imports src/seed/dataset.ts: the platform must not import seed',
      "src/wijkbudget/result-service.ts writes measures, a table of programme: call programme's service",
      "src/wijkbudget/result-service.ts writes measureWijken, a table of programme: call programme's service",
      "src/wijkbudget/code-batches.ts writes programme.measures, a table of programme: call programme's service",
      'src/programme/routes.tsx imports src/wijkbudget/views/parts.tsx: only the public files of wijkbudget (index.ts, service.ts, schema.ts, types.ts, paths.ts) may be imported',
      "src/site/routes.tsx writes measures in SQL, a table of programme: call programme's service",
      'src/pb/rules/greedy-cost.ts imports src/platform/i18n.ts: src/pb imports nothing outside src/pb',
    ]);
  });
});
