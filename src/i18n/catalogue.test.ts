// SPDX-License-Identifier: EUPL-1.2
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { roles } from '../platform/auth/roles.ts';
import { formatEuroCents, formatNumber, tPlural } from '../platform/i18n.ts';
import { measureStatuses } from '../programme/rules.ts';
import { eligibilities } from '../wijkbudget/forms.ts';
import { wijkbudgetRules } from '../wijkbudget/rules.ts';
import { nl } from './nl.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') && name !== 'nl.ts' ? [full] : [];
  });
}

describe('the Dutch message catalogue', () => {
  test('every key built at run time from a status, role, kind or search type exists', () => {
    const keys = [
      ...measureStatuses.map((s) => `programme.status.${s}`),
      ...roles.map((r) => `auth.role.${r}`),
      ...['priority', 'measure', 'quick-win', 'activity'].map((k) => `programme.kind.${k}`),
      ...['measure', 'line', 'goal', 'alliance', 'partner', 'wijk'].map((k) => `search.type.${k}`),
      ...wijkbudgetRules.flatMap((r) => [`wijkbudget.rule.${r}.name`, `wijkbudget.rule.${r}.explain`]),
      ...eligibilities.map((e) => `wijkbudget.eligibility.${e}`),
      ...['used', 'unknown', 'throttled'].map((s) => `wijkbudget.code.${s}`),
    ];
    for (const key of keys) expect(nl, key).toHaveProperty([key]);
  });

  test('every message key written in the source exists in the catalogue', () => {
    const missing: string[] = [];
    for (const file of sourceFiles('src')) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(
        /['"]((?:site|error|form|home|programme|wijk|wijkbudget|updates|finance|search|about|auth|admin|pb)\.[A-Za-z0-9.-]+)['"]/g,
      )) {
        const key = match[1]!;
        // Audit actions ("wijkbudget.round.create") are names in the log, not messages.
        const lineStart = text.lastIndexOf('\n', match.index) + 1;
        if (/\baction:/.test(text.slice(lineStart, match.index))) continue;
        if (key.endsWith('.') || /\.(ts|tsx|css|csv|json|atom)$/.test(key)) continue;
        // A plural key ("search.count" for tPlural) stands for its .one and .other forms.
        const known = key in nl || (`${key}.one` in nl && `${key}.other` in nl);
        if (!known) missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('each area keeps its own messages, and no key is in two areas (a later one would hide the first)', async () => {
    const source = readFileSync('src/i18n/nl.ts', 'utf8');
    const files = [...source.matchAll(/import \{ (\w+) \} from '(\.\.\/[\w/-]+messages\.ts)'/g)];
    expect(files.length).toBeGreaterThan(4);
    let total = 0;
    for (const [, name, file] of files) {
      const area = (await import(file!)) as Record<string, Record<string, string>>;
      total += Object.keys(area[name!]!).length;
    }
    expect(Object.keys(nl).length).toBe(total);
  });

  test('counts take the singular for one and the plural otherwise, with the number formatted', () => {
    expect(tPlural('search.count', 1, { query: 'school' })).toBe('1 resultaat voor “school”');
    expect(tPlural('search.count', 0, { query: 'school' })).toBe('0 resultaten voor “school”');
    expect(tPlural('programme.measures.count', 1250)).toBe('1.250 maatregelen gevonden.');
    expect(tPlural('wijkbudget.result.planVotes', 1)).toBe('1 stem');
    expect(formatNumber(25000)).toBe('25.000');
    expect(formatEuroCents(1_240_000n)).toBe('€\u00a012.400');
  });

  test('no message is empty, and placeholders are written {likeThis}', () => {
    for (const [key, text] of Object.entries(nl)) {
      expect(text.trim(), key).not.toBe('');
      expect(text, key).not.toMatch(/\{\s|\s\}|\{\{/);
    }
  });

  test('messages are short enough to read: no sentence in a message runs past 25 words (B1 guidance)', () => {
    for (const [key, text] of Object.entries(nl)) {
      for (const sentence of text.split(/[.!?:]\s/)) {
        expect(sentence.split(/\s+/).length, `${key}: ${sentence}`).toBeLessThanOrEqual(25);
      }
    }
  });
});
