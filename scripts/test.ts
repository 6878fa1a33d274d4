// SPDX-License-Identifier: EUPL-1.2
/**
 * `npm test`: type-check, lint, then the test suites, and a closing "N passed, N failed" line that CI
 * log readers understand (Vitest's own summary is not recognised by them).
 *
 * Suites:
 *   1. unit + integration on embedded PGlite (always);
 *   2. the same integration tests on a PostgreSQL server, plus what only a server can show
 *      (the files named *.server-test.ts), when TEST_DATABASE_URL is set;
 *   3. the tests on the project's shared data beside the repository (../shared: all 56 Pabulib
 *      instances, the CBS boundaries, the original seed documents; files named *.shared-test.ts), when
 *      that folder is there; a clone on its own tests the engine on the fixtures it ships;
 *   4. browser journeys with axe-core in Chromium, when a Chromium is found.
 * Suites 2 to 4 are optional on a laptop and say so in one line when they do not run. REQUIRE_POSTGRES=1,
 * REQUIRE_SHARED_DATA=1 and REQUIRE_BROWSER=1 (set by .ci/run) make them required: then a missing server,
 * shared folder or browser fails the run.
 */

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const problems: string[] = [];
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const sharedData = ['seeds', 'data/pabulib/instances', 'data/pabulib/expected', 'data/geo'].map((dir) =>
  fileURLToPath(new URL(`../../shared/${dir}/`, import.meta.url)),
);

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n=== ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) problems.push(`${label} failed (exit ${result.status})`);
  return result.status === 0;
}

function vitest(label: string, args: string[], env: Record<string, string> = {}) {
  mkdirSync('.tmp', { recursive: true });
  const report = `.tmp/vitest-${label.replace(/\W+/g, '-')}.json`;
  rmSync(report, { force: true });
  run(
    label,
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args],
    env,
  );
  if (!existsSync(report)) {
    problems.push(`${label}: no test report was written`);
    total.failed += 1;
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numTotalTests: number;
    testResults: {
      name: string;
      status: string;
      message?: string;
      assertionResults: { fullName: string; status: string }[];
    }[];
  };
  total.passed += json.numPassedTests;
  total.failed += json.numFailedTests;
  total.skipped += json.numPendingTests + json.numTodoTests;
  if (json.numTotalTests === 0) problems.push(`${label}: ran no test`);
  for (const file of json.testResults) {
    const where = relative('.', file.name);
    if (file.status === 'failed' && file.assertionResults.every((test) => test.status !== 'failed')) {
      problems.push(`${label}: FAILED ${where}: ${file.message?.split('\n')[0] ?? 'the file did not run'}`);
    }
    for (const test of file.assertionResults) {
      if (test.status === 'failed') problems.push(`${label}: FAILED ${where} > ${test.fullName}`);
    }
  }
}

function notRun(label: string, why: string, requiredBy: string) {
  if (process.env[requiredBy] === '1') {
    problems.push(`${label} is required (${requiredBy}=1) but cannot run: ${why}`);
    total.failed += 1;
  } else {
    console.log(`\n=== ${label}: NOT RUN (${why}). Set ${requiredBy}=1 to make this an error.`);
  }
}

run('type check', 'npx', ['tsc', '--noEmit', '-p', '.']);
run('lint', 'npx', ['biome', 'check', '.']);

// The embedded run must not pick up a server URL from the caller's environment.
vitest('unit and integration (PGlite)', ['--project', 'unit'], { TEST_DATABASE_URL: '' });

const serverUrl = process.env.TEST_DATABASE_URL;
if (serverUrl) {
  vitest(
    'integration (PostgreSQL server)',
    [
      '--project',
      'unit',
      '--project',
      'server',
      '--exclude',
      'src/pb/**',
      '--exclude',
      'bin/**',
      '--exclude',
      'src/**/rules.test.ts',
    ],
    {
      TEST_DATABASE_URL: serverUrl,
    },
  );
} else {
  notRun('integration (PostgreSQL server)', 'TEST_DATABASE_URL is not set', 'REQUIRE_POSTGRES');
}

const missingShared = sharedData.filter((dir) => !existsSync(dir));
if (missingShared.length === 0) {
  vitest('shared data (56 Pabulib instances, boundaries, seed documents)', ['--project', 'shared']);
} else {
  notRun('shared data', `no ${missingShared[0]} beside the repository`, 'REQUIRE_SHARED_DATA');
}

if (existsSync(chromium)) {
  vitest('browser (Chromium, axe-core)', ['--project', 'e2e'], { CHROMIUM_PATH: chromium });
} else {
  notRun('browser (Chromium, axe-core)', `no Chromium at ${chromium}`, 'REQUIRE_BROWSER');
}

console.log('');
for (const problem of problems) console.log(`problem: ${problem}`);
const skipped = total.skipped > 0 ? `, ${total.skipped} skipped` : '';
console.log(`${total.passed} passed, ${total.failed} failed${skipped}`);
process.exit(problems.length > 0 || total.failed > 0 ? 1 : 0);
