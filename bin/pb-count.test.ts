// SPDX-License-Identifier: EUPL-1.2
import { execFile } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { nl } from '../src/i18n/nl.ts';
import { PB_EXPLAIN_KEYS, RULE_KEYS } from '../src/pb/index.ts';
import { electionText } from '../src/pb/test-helpers.ts';

const run = promisify(execFile);
const cli = fileURLToPath(new URL('pb-count.ts', import.meta.url));
const assen = fileURLToPath(
  new URL('../src/pb/fixtures/instances/Netherlands_Assen_2024.pb', import.meta.url),
);

/** Runs pb-count as a child process with this Node; resolves also when it exits non-zero. */
async function pbCount(
  ...args: string[]
): Promise<{ code: number; lines: Record<string, unknown>[]; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args]);
    return { code: 0, lines: parse(stdout), stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, lines: parse(e.stdout), stderr: e.stderr };
  }
}

function parse(stdout: string): Record<string, unknown>[] {
  return stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('pb-count on the command line', () => {
  test('recounts a published file and prints one JSON line with the funded projects in order', async () => {
    const { code, lines } = await pbCount('--rule', 'mes_cost_add1', assen);
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      file: 'Netherlands_Assen_2024.pb',
      rule: 'mes_cost_add1',
      selected: ['3', '9', '11', '2', '13', '14', '5', '6', '12'],
      cost: 76700,
    });
    expect(typeof lines[0]?.ms).toBe('number');
  });

  test('with --explain every project gets a reason and a Dutch sentence', async () => {
    const { lines } = await pbCount('--rule', 'greedy_cost', '--explain', assen);
    const explanation = lines[0]?.explanation as { id: string; reason: string; text: string }[];
    expect(explanation).toHaveLength(14);
    const one = explanation.find((e) => e.id === '1');
    expect(one?.reason).toBe('does-not-fit');
    // Intl puts a no-break space after the euro sign.
    expect(one?.text.replaceAll('\u00a0', ' ')).toBe(
      'Niet gekozen: er was nog € 6.800 over en dit plan kost € 40.000.',
    );
  });

  test('a file that cannot be parsed gives a line with the error and a non-zero exit code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pb-count-'));
    const bad = join(dir, 'kapot.pb');
    writeFileSync(
      bad,
      electionText({ budget: 10, projects: [['a', 5]], votes: [['a']] }).replace('v1;a', 'v1;b'),
    );
    const { code, lines } = await pbCount('--rule', 'mes_cost', assen, bad);
    expect(code).not.toBe(0);
    expect(lines).toHaveLength(2);
    expect(lines[0]?.selected).toBeDefined();
    expect(lines[1]).toMatchObject({
      file: 'kapot.pb',
      rule: 'mes_cost',
      error: expect.stringContaining('stem verwijst naar onbekend project b'),
    });
  });

  test('an unknown rule is refused with the list of rules', async () => {
    const { code, stderr } = await pbCount('--rule', 'borda', assen);
    expect(code).toBe(2);
    expect(stderr).toContain('mes_cost_add1_greedy');
  });

  test('the script is executable and starts with a node shebang', () => {
    expect(statSync(cli).mode & 0o111).not.toBe(0);
  });

  test('every rule key can be used', () => {
    expect(RULE_KEYS).toEqual([
      'greedy_cost',
      'greedy_points',
      'mes_cost',
      'mes_cost_add1',
      'mes_cost_add1_greedy',
      'mes_approval',
    ]);
  });

  test('every text the explanations use exists in the Dutch catalogue, with a name for every rule', () => {
    for (const key of PB_EXPLAIN_KEYS) expect(Object.hasOwn(nl, key), key).toBe(true);
    for (const rule of RULE_KEYS) {
      expect(Object.hasOwn(nl, `pb.rule.${rule}.name`), rule).toBe(true);
      expect(Object.hasOwn(nl, `pb.rule.${rule}.description`), rule).toBe(true);
    }
  });
});
