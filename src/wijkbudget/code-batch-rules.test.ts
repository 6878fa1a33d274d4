// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, test } from 'vitest';
import {
  type BatchCount,
  codesNeedSecondPerson,
  codesPerKind,
  mailbox,
  minimumCodesPerBuurt,
  percentUsed,
  samePerson,
  turnoutPerBuurt,
} from './code-batch-rules.ts';
import { phases } from './rules.ts';

describe('four eyes: when making codes needs a second staff member', () => {
  test.each(phases.map((phase) => [phase, phases.indexOf(phase) >= phases.indexOf('voting')] as const))(
    '%s: %s',
    (phase, needed) => {
      expect(codesNeedSecondPerson(phase)).toBe(needed);
    },
  );
});

describe('who counts as the same person', () => {
  test('the same account, or two accounts with one mailbox (plus addressing, any case)', () => {
    const anna = { id: 1, email: 'anna@denhaag.nl' };
    expect(samePerson(anna, anna)).toBe(true);
    expect(samePerson(anna, { id: 1, email: 'other@denhaag.nl' })).toBe(true);
    expect(samePerson(anna, { id: 2, email: 'anna+stemmen@denhaag.nl' })).toBe(true);
    expect(samePerson(anna, { id: 2, email: 'Anna@DenHaag.nl' })).toBe(true);
    expect(samePerson({ id: 3, email: 'anna+a@denhaag.nl' }, { id: 4, email: 'anna+b@denhaag.nl' })).toBe(
      true,
    );
  });

  test('different mailboxes are different people, also at another domain or with a dot', () => {
    const anna = { id: 1, email: 'anna@denhaag.nl' };
    expect(samePerson(anna, { id: 2, email: 'piet@denhaag.nl' })).toBe(false);
    expect(samePerson(anna, { id: 2, email: 'anna@example.nl' })).toBe(false);
    expect(samePerson(anna, { id: 2, email: 'an.na@denhaag.nl' })).toBe(false);
    expect(mailbox(' Anna+X@DenHaag.nl ')).toBe('anna@denhaag.nl');
  });
});

const voteFrom = new Date('2026-03-01T09:00:00+01:00');
const before = new Date('2026-02-20T10:00:00+01:00');
const during = new Date('2026-03-05T14:00:00+01:00');

function batch(over: Partial<BatchCount>): BatchCount {
  return {
    kind: 'letters',
    buurtCode: null,
    buurtName: null,
    madeAt: before,
    issued: 0,
    used: 0,
    replaced: 0,
    ...over,
  };
}

describe('codes issued per kind of batch', () => {
  test('adds up batches per kind, counts the codes made once voting opened, letters first, new kinds last', () => {
    const rows = codesPerKind(
      [
        batch({ kind: 'help-desk', madeAt: during, issued: 1, used: 1 }),
        batch({ issued: 500, used: 200 }),
        batch({ kind: 'replacement', madeAt: during, issued: 3, used: 0 }),
        batch({ issued: 300, used: 100 }),
        batch({ madeAt: voteFrom, issued: 40, used: 2 }),
        batch({ kind: 'help-desk', madeAt: during, issued: 1, used: 0 }),
      ],
      voteFrom,
    );
    expect(rows).toEqual([
      {
        kind: 'letters',
        batches: 3,
        codes: 840,
        codes_during_voting: 40,
        used: 302,
        replaced: 0,
        usable: 840,
      },
      { kind: 'help-desk', batches: 2, codes: 2, codes_during_voting: 2, used: 1, replaced: 0, usable: 2 },
      { kind: 'replacement', batches: 1, codes: 3, codes_during_voting: 3, used: 0, replaced: 0, usable: 3 },
    ]);
  });

  test('a letter code replaced at the help desk is made, but not usable: the resident has one usable code', () => {
    // 500 letters, 2 of them lost and replaced by a help-desk code each: 502 codes made, 500 usable.
    const rows = codesPerKind(
      [
        batch({ issued: 500, used: 120, replaced: 2 }),
        batch({ kind: 'help-desk', madeAt: during, issued: 1, used: 1 }),
        batch({ kind: 'help-desk', madeAt: during, issued: 1, used: 0 }),
      ],
      voteFrom,
    );
    expect(rows).toEqual([
      {
        kind: 'letters',
        batches: 1,
        codes: 500,
        codes_during_voting: 0,
        used: 120,
        replaced: 2,
        usable: 498,
      },
      { kind: 'help-desk', batches: 2, codes: 2, codes_during_voting: 2, used: 1, replaced: 0, usable: 2 },
    ]);
    const usable = rows.reduce((sum, row) => sum + (row.usable ?? 0), 0);
    expect(usable).toBe(500);
  });

  test('no batches, no rows', () => {
    expect(codesPerKind([], voteFrom)).toEqual([]);
  });
});

describe('turnout per buurt from used letter codes', () => {
  const oost = { buurtCode: 'BU05183620', buurtName: 'Moerwijk-Oost' };
  const west = { buurtCode: 'BU05183637', buurtName: 'Moerwijk-West' };
  const noord = { buurtCode: 'BU05183638', buurtName: 'Moerwijk-Noord' };

  test('per buurt by name; a buurt with too few codes and letters without a buurt share the last row; no help desk', () => {
    const rows = turnoutPerBuurt([
      batch({ ...west, issued: 200, used: 50 }),
      batch({ ...oost, issued: 100, used: 10 }),
      batch({ ...west, issued: 20, used: 5 }),
      batch({ ...noord, issued: minimumCodesPerBuurt - 1, used: 1 }),
      batch({ issued: 30, used: 3 }),
      batch({ kind: 'help-desk', madeAt: during, issued: 1, used: 1 }),
      batch({ kind: 'help-desk', ...oost, madeAt: during, issued: 1, used: 1 }),
    ]);
    expect(rows).toEqual([
      { buurt_code: 'BU05183620', buurt: 'Moerwijk-Oost', codes: 100, used: 10 },
      { buurt_code: 'BU05183637', buurt: 'Moerwijk-West', codes: 220, used: 55 },
      { buurt_code: null, buurt: null, codes: 39, used: 4 },
    ]);
  });

  test('a buurt with exactly the minimum is named; a lone small buurt is never named', () => {
    expect(turnoutPerBuurt([batch({ ...oost, issued: minimumCodesPerBuurt, used: 1 })])).toEqual([
      { buurt_code: 'BU05183620', buurt: 'Moerwijk-Oost', codes: minimumCodesPerBuurt, used: 1 },
    ]);
    const small = turnoutPerBuurt([batch({ ...oost, issued: 3, used: 1 })]);
    expect(small).toEqual([{ buurt_code: null, buurt: null, codes: 3, used: 1 }]);
    expect(JSON.stringify(small)).not.toContain('Moerwijk');
  });

  test('only help-desk codes: no rows', () => {
    expect(turnoutPerBuurt([batch({ kind: 'help-desk', issued: 1, used: 1 })])).toEqual([]);
  });

  test('the share used is a whole percentage, 0 for no codes', () => {
    expect(percentUsed({ codes: 400, used: 90 })).toBe(23);
    expect(percentUsed({ codes: 3, used: 2 })).toBe(67);
    expect(percentUsed({ codes: 0, used: 0 })).toBe(0);
  });
});
