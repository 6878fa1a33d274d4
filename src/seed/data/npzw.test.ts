// SPDX-License-Identifier: EUPL-1.2
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { Source } from '../dataset.ts';
import { TOTAL_LABEL } from './budget.ts';
import { npzw } from './npzw.ts';
import { SEED_FILES, SOURCES_DIR } from './sources.ts';

const SEEDS_DIR = fileURLToPath(SOURCES_DIR);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
const seedText = new Map<string, string>();
function seed(file: string): string {
  let text = seedText.get(file);
  if (text === undefined) {
    text = normalise(readFileSync(`${SEEDS_DIR}${file}`, 'utf8'));
    seedText.set(file, text);
  }
  return text;
}

/** Every source in the dataset, labelled with the record it belongs to. */
function allSources(): [string, Source][] {
  const d = npzw;
  return [
    ['programme', d.programme.source],
    ['programme.partnerraad', d.programme.partnerraadSource],
    ...d.wijken.map((r): [string, Source] => [`wijk ${r.slug}`, r.source]),
    ...d.lines.map((r): [string, Source] => [`line ${r.slug}`, r.source]),
    ...d.goals.map((r): [string, Source] => [`goal ${r.slug}`, r.source]),
    ...d.partners.map((r): [string, Source] => [`partner ${r.slug}`, r.source]),
    ...d.alliances.map((r): [string, Source] => [`alliance ${r.slug}`, r.source]),
    ...d.measures.map((r): [string, Source] => [`measure ${r.slug}`, r.source]),
    ...d.funds.map((r): [string, Source] => [`fund ${r.slug}`, r.source]),
    ...d.funds.flatMap((f) =>
      f.contributions.map((c): [string, Source] => [`fund ${f.slug} / ${c.contributor}`, c.source]),
    ),
    ...d.budgetTables.map((r): [string, Source] => [`budget ${r.slug}`, r.source]),
  ];
}

const slugSets = {
  wijken: npzw.wijken.map((r) => r.slug),
  lines: npzw.lines.map((r) => r.slug),
  goals: npzw.goals.map((r) => r.slug),
  partners: npzw.partners.map((r) => r.slug),
  alliances: npzw.alliances.map((r) => r.slug),
  measures: npzw.measures.map((r) => r.slug),
  funds: npzw.funds.map((r) => r.slug),
  budgetTables: npzw.budgetTables.map((r) => r.slug),
};

describe('NPZW dataset: slugs', () => {
  test.each(Object.entries(slugSets))('%s: slugs are unique and URL-safe', (_kind, slugs) => {
    expect(slugs.length).toBeGreaterThan(0);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug, slug).toMatch(SLUG);
  });
});

describe('NPZW dataset: references resolve', () => {
  const has = (kind: keyof typeof slugSets, slug: string) => slugSets[kind].includes(slug);
  const noDuplicates = (label: string, list: string[]) => expect(new Set(list).size, label).toBe(list.length);

  test('goals point to a line', () => {
    for (const g of npzw.goals) expect(has('lines', g.lineSlug), g.slug).toBe(true);
  });

  test('alliances point to lines and partners', () => {
    for (const a of npzw.alliances) {
      expect(a.lineSlugs.length, a.slug).toBeGreaterThan(0);
      for (const s of a.lineSlugs) expect(has('lines', s), `${a.slug} -> line ${s}`).toBe(true);
      for (const s of a.partnerSlugs) expect(has('partners', s), `${a.slug} -> partner ${s}`).toBe(true);
      noDuplicates(a.slug, a.partnerSlugs);
    }
  });

  test('every line has exactly one alliance', () => {
    for (const l of npzw.lines) {
      expect(npzw.alliances.filter((a) => a.lineSlugs.includes(l.slug)).length, l.slug).toBe(1);
    }
  });

  test('measures point to lines, goals, wijken, alliances and partners', () => {
    for (const m of npzw.measures) {
      // Only activities the slides name without explaining them have no line.
      if (m.kind !== 'activity') expect(m.lineSlugs.length, m.slug).toBeGreaterThan(0);
      for (const s of m.lineSlugs) expect(has('lines', s), `${m.slug} -> line ${s}`).toBe(true);
      for (const s of m.goalSlugs) expect(has('goals', s), `${m.slug} -> goal ${s}`).toBe(true);
      for (const s of m.wijkSlugs) expect(has('wijken', s), `${m.slug} -> wijk ${s}`).toBe(true);
      for (const s of m.partnerSlugs) expect(has('partners', s), `${m.slug} -> partner ${s}`).toBe(true);
      if (m.allianceSlug !== null) expect(has('alliances', m.allianceSlug), m.slug).toBe(true);
      for (const list of [m.lineSlugs, m.goalSlugs, m.wijkSlugs, m.partnerSlugs]) noDuplicates(m.slug, list);
    }
  });

  test("a measure's goals belong to one of its lines", () => {
    const lineOf = new Map(npzw.goals.map((g) => [g.slug, g.lineSlug]));
    for (const m of npzw.measures) {
      for (const g of m.goalSlugs) expect(m.lineSlugs, `${m.slug} -> goal ${g}`).toContain(lineOf.get(g));
    }
  });
});

describe('NPZW dataset: programme structure', () => {
  test('the mission is exactly as the documents state it', () => {
    const mission = 'Bewoners van Zuidwest hebben in 2040 dezelfde kansen als andere inwoners van Den Haag';
    expect(npzw.programme.mission).toBe(mission);
    expect(npzw.programme.source.quote?.toLowerCase()).toBe(mission.toLowerCase());
  });

  test('six lines, in the order of the documents', () => {
    expect(npzw.lines.map((l) => [l.position, l.name])).toEqual([
      [1, 'Onderwijs'],
      [2, 'Werk en economie'],
      [3, 'Wonen en leefomgeving'],
      [4, 'Veiligheid en leefbaarheid'],
      [5, 'Gezondheid en vitaliteit'],
      [6, 'Sociale samenhang en participatie'],
    ]);
  });

  test('every line has goals', () => {
    for (const l of npzw.lines)
      expect(
        npzw.goals.some((g) => g.lineSlug === l.slug),
        l.slug,
      ).toBe(true);
  });

  test('four wijken with their CBS codes (Bouwlust and Vrederust share wijk 33)', () => {
    expect(npzw.wijken.map((w) => [w.slug, w.cbsCode])).toEqual([
      ['bouwlust', 'WK051833'],
      ['vrederust', 'WK051833'],
      ['morgenstond', 'WK051834'],
      ['moerwijk', 'WK051836'],
    ]);
  });

  test('the top 10 has ranks 1..10, only on priorities', () => {
    const ranked = npzw.measures.filter((m) => m.top10Rank !== null);
    expect(ranked.map((m) => m.top10Rank).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    for (const m of npzw.measures) expect(m.kind === 'priority', m.slug).toBe(m.top10Rank !== null);
  });

  test('running Regio Deal projects (quick wins) have status started', () => {
    const quickWins = npzw.measures.filter((m) => m.kind === 'quick-win');
    for (const m of quickWins) expect(m.status, m.slug).toBe('started');
  });

  test('no budget is given without a figure from the documents', () => {
    for (const m of npzw.measures) {
      if (m.budgetEuros !== null) expect(m.budgetEuros, m.slug).toBeGreaterThan(0);
    }
  });

  test('every record has a non-empty name and summary', () => {
    for (const m of npzw.measures) {
      expect(m.title.trim(), m.slug).not.toBe('');
      expect(m.summary.trim(), m.slug).not.toBe('');
    }
    for (const g of npzw.goals) expect(g.title.trim(), g.slug).not.toBe('');
    for (const a of npzw.alliances) expect(a.description.trim(), a.slug).not.toBe('');
  });
});

describe('NPZW dataset: sources', () => {
  test('the five seed files exist', () => {
    expect(SEED_FILES).toHaveLength(5);
    for (const file of SEED_FILES) expect(existsSync(`${SEEDS_DIR}${file}`), file).toBe(true);
  });

  test('every source names one of the five seed files and a section', () => {
    for (const [label, source] of allSources()) {
      expect(SEED_FILES, label).toContain(source.file);
      expect(source.section.trim(), label).not.toBe('');
    }
  });

  test('every quote occurs verbatim in its seed file (whitespace normalised)', () => {
    const missing = allSources()
      .filter(([, s]) => s.quote !== undefined)
      .filter(([, s]) => !seed(s.file).includes(normalise(s.quote ?? '')))
      .map(([label, s]) => `${label}: "${s.quote}" not in ${s.file}`);
    expect(missing).toEqual([]);
  });

  test('every quote is short', () => {
    for (const [label, s] of allSources()) {
      if (s.quote !== undefined) expect(s.quote.length, label).toBeLessThanOrEqual(200);
    }
  });
});

describe('NPZW dataset: figures', () => {
  const target = (slug: string) => npzw.goals.find((g) => g.slug === slug);

  test('housing targets 2040: 10,000 added + 8,500 renovated + 6,500 rebuilt = 25,000 improved', () => {
    const total = target('woningen-verbeterd-2040');
    const parts = [
      'woningen-toegevoegd-2040',
      'woningen-gerenoveerd-2040',
      'woningen-sloop-nieuwbouw-2040',
    ].map(target);
    expect(total?.targetValue).toBe(25000);
    expect(parts.map((g) => g?.targetValue)).toEqual([10000, 8500, 6500]);
    expect(parts.reduce((sum, g) => sum + (g?.targetValue ?? 0), 0)).toBe(total?.targetValue);
    for (const g of [total, ...parts]) {
      expect(g?.targetUnit).toBe('woningen');
      expect(g?.targetYear).toBe(2040);
    }
  });

  test('a goal has a target value, unit and year together, or none of them', () => {
    for (const g of npzw.goals) {
      const set = [g.targetValue, g.targetUnit, g.targetYear].filter((v) => v !== null).length;
      expect([0, 3], g.slug).toContain(set);
    }
  });

  test('Regio Deal II: region EUR 31M, national government EUR 18M', () => {
    const fund = npzw.funds.find((f) => f.slug === 'regio-deal-ii');
    expect(fund?.contributions.map((c) => [c.contributor, c.amountEuros])).toEqual([
      ['Regio', 31_000_000],
      ['Rijk', 18_000_000],
    ]);
  });

  test('budget rows: saldo = lasten - baten', () => {
    for (const t of npzw.budgetTables) {
      expect(t.unit).toBe('EUR 1.000');
      expect(t.rows.length, t.slug).toBeGreaterThan(0);
      for (const r of t.rows) {
        if (r.lasten !== null && r.baten !== null && r.saldo !== null) {
          expect(r.saldo, `${t.slug}: ${r.label}`).toBe(r.lasten - r.baten);
        }
      }
    }
  });

  test('budget totals equal the sum of the rows, up to the rounding the document prints (±1)', () => {
    for (const t of npzw.budgetTables) {
      const total = t.rows.find((r) => r.label === TOTAL_LABEL);
      if (total === undefined) {
        expect(t.rows, t.slug).toHaveLength(1);
        continue;
      }
      expect(t.rows.at(-1), t.slug).toBe(total);
      const body = t.rows.filter((r) => r !== total);
      for (const column of ['lasten', 'baten', 'saldo'] as const) {
        const sum = body.reduce((s, r) => s + (r[column] ?? 0), 0);
        expect(Math.abs(sum - (total[column] ?? 0)), `${t.slug} ${column}`).toBeLessThanOrEqual(1);
      }
    }
  });

  test('every budget row is printed in the document', () => {
    for (const t of npzw.budgetTables) {
      const text = seed(t.source.file);
      const nl = (n: number | null) => (n === null ? '' : n.toLocaleString('nl-NL').replace('−', '-'));
      for (const r of t.rows) {
        const figures = `${nl(r.lasten)} ${nl(r.baten)} ${nl(r.saldo)}`;
        const printed = r.label === TOTAL_LABEL || t.rows.length === 1 ? figures : `${r.label} ${figures}`;
        expect(text.includes(printed), `${t.slug}: "${printed}"`).toBe(true);
      }
    }
  });
});
