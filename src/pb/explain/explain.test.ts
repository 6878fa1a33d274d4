// SPDX-License-Identifier: EUPL-1.2
import { expect, describe as group, test } from 'vitest';
import { greedyCost, mesCost, mesCostAdd1Greedy } from '../index.ts';
import { election, times } from '../test-helpers.ts';
import { describe, type PbExplainKey } from './describe.ts';
import { explain } from './explain.ts';

// A stand-in for the platform's t: the Dutch texts of the catalogue block for pb.explain.*.
const texts: Record<PbExplainKey, string> = {
  'pb.explain.fits':
    'Gekozen: dit plan kreeg {score} stemmen en paste nog: er was {remaining} over en het kost {cost}.',
  'pb.explain.fitsPoints':
    'Gekozen: dit plan kreeg {score} punten en paste nog: er was {remaining} over en het kost {cost}.',
  'pb.explain.fitsLeftover':
    'Gekozen met het geld dat over was: er was nog {remaining} over en dit plan kost {cost}.',
  'pb.explain.doesNotFit': 'Niet gekozen: er was nog {remaining} over en dit plan kost {cost}.',
  'pb.explain.paidEqual': 'Gekozen: betaald door {voters} met elk {each}, samen {cost}.',
  'pb.explain.paidMixed':
    'Gekozen: betaald door {voters} met elk {each} en {others} met alles wat ze nog hadden, samen {cost}.',
  'pb.explain.cannotAfford.one':
    'Niet gekozen. 1 stemmer koos dit plan. Het kost {cost}. Deze stemmer had nog maar {budget} over.',
  'pb.explain.cannotAfford.other':
    'Niet gekozen. {count} stemmers kozen dit plan. Het kost {cost}: dat is {each} per persoon. Samen hadden zij nog maar {budget} over.',
  'pb.explain.spentOn': 'Hun geld ging al naar andere plannen die zij ook kozen, zoals {plans}.',
  'pb.explain.tooFewFromStart':
    'Iedere stemmer had {share} te verdelen. Samen was dat vanaf het begin te weinig voor dit plan.',
  'pb.explain.leftoverTooSmall': 'Daarna was er nog {remaining} over. Dat was te weinig voor dit plan.',
  'pb.explain.overBudget': 'Niet gekozen: dit plan kost {cost}, meer dan het hele budget van {budget}.',
  'pb.explain.noVotes': 'Niet gekozen: niemand heeft op dit plan gestemd.',
  'pb.explain.voters.one': '1 stemmer',
  'pb.explain.voters.other': '{count} stemmers',
};
const t = (key: PbExplainKey, params: Record<string, string | number> = {}) =>
  texts[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));

// Intl puts a no-break space after the euro sign; compare with plain spaces.
const plain = (text: string) => text.replaceAll('\u00a0', ' ');

group('explaining a greedy outcome', () => {
  const instance = election({
    budget: 30400,
    projects: [
      ['speeltuin', 18000],
      ['bankjes', 12000],
      ['bomen', 18000],
      ['brug', 50000],
      ['kunst', 1000],
    ],
    votes: [...times(4, ['speeltuin']), ...times(2, ['bomen', 'bankjes']), ['brug', 'bomen']],
  });
  const reasons = explain(instance, greedyCost(instance));

  test('every project gets exactly one reason, selected ones first in selection order', () => {
    expect(reasons.map((r) => [r.id, r.selected])).toEqual([
      ['speeltuin', true],
      ['bankjes', true],
      ['bomen', false],
      ['brug', false],
      ['kunst', false],
    ]);
  });

  test('a project that did not fit says how much was left and what it costs, as numbers and in Dutch', () => {
    const bomen = reasons.find((r) => r.id === 'bomen');
    expect(bomen).toEqual({
      id: 'bomen',
      selected: false,
      reason: 'does-not-fit',
      score: 3,
      scoreKind: 'approvals',
      remaining: 12400,
      cost: 18000,
    });
    expect(plain(describe(bomen!, t))).toBe(
      'Niet gekozen: er was nog € 12.400 over en dit plan kost € 18.000.',
    );
  });

  test('a project that costs more than the whole budget says so', () => {
    const brug = reasons.find((r) => r.id === 'brug')!;
    expect(brug.reason).toBe('over-budget');
    expect(plain(describe(brug, t))).toBe(
      'Niet gekozen: dit plan kost € 50.000, meer dan het hele budget van € 30.400.',
    );
  });

  test('a project nobody voted for says so, also when greedy would have had room', () => {
    const kunst = reasons.find((r) => r.id === 'kunst')!;
    expect(kunst.reason).toBe('no-votes');
    expect(plain(describe(kunst, t))).toBe('Niet gekozen: niemand heeft op dit plan gestemd.');
  });

  test('a selected project names its votes, the money left and its cost', () => {
    expect(plain(describe(reasons[0]!, t))).toBe(
      'Gekozen: dit plan kreeg 4 stemmen en paste nog: er was € 30.400 over en het kost € 18.000.',
    );
  });
});

group('explaining an equal shares outcome', () => {
  const instance = election({
    budget: 100,
    projects: [
      ['a', 60],
      ['b', 40],
      ['c', 30],
    ],
    votes: [['a'], ['a'], ['a', 'c'], ['b', 'c']],
  });
  const reasons = explain(instance, mesCost(instance));

  test('a selected project says which voters paid and how much each', () => {
    const a = reasons.find((r) => r.id === 'a')!;
    expect(a).toMatchObject({
      reason: 'paid-by-supporters',
      supporters: 3,
      payments: [{ voters: 3, each: 20 }],
    });
    expect(plain(describe(a, t))).toBe('Gekozen: betaald door 3 stemmers met elk € 20, samen € 60.');
    const c = reasons.find((r) => r.id === 'c')!;
    expect(plain(describe(c, t))).toBe(
      'Gekozen: betaald door 1 stemmer met elk € 25 en 1 stemmer met alles wat ze nog hadden, samen € 30.',
    );
  });

  test('a rejected project says what its supporters still had together against its cost', () => {
    const b = reasons.find((r) => r.id === 'b')!;
    expect(b).toEqual({
      id: 'b',
      selected: false,
      reason: 'supporters-cannot-afford',
      supporters: 1,
      supportersBudget: 0,
      cost: 40,
      perSupporter: 40,
      share: 25,
      spentOn: [{ id: 'c', supporters: 1 }],
    });
    // One voter with a share of € 25 could never pay € 40: that, not the other plan, is the reason.
    expect(plain(describe(b, t))).toBe(
      'Niet gekozen. 1 stemmer koos dit plan. Het kost € 40. Deze stemmer had nog maar € 0 over. ' +
        'Iedere stemmer had € 25 te verdelen. Samen was dat vanaf het begin te weinig voor dit plan.',
    );
  });

  test('after add1 and greedy, projects bought with the money left say so', () => {
    const completed = explain(instance, mesCostAdd1Greedy(instance));
    expect(completed).toHaveLength(3);
    for (const reason of completed) expect(plain(describe(reason, t))).toMatch(/^(Gekozen|Niet gekozen)/);
  });

  test('money can be shown in another format, for example with a currency sign the caller chooses', () => {
    const a = reasons.find((r) => r.id === 'a')!;
    expect(plain(describe(a, t, { formatMoney: (n) => `PLN ${n}` }))).toBe(
      'Gekozen: betaald door 3 stemmers met elk PLN 20, samen PLN 60.',
    );
  });
});

group('explaining why a plan with more votes loses to one with fewer (equal shares)', () => {
  // Seven voters want the park; six of them also want the big plan. Three others want the small plan.
  const instance = election({
    budget: 300,
    projects: [
      ['park', 210],
      ['groot', 100],
      ['klein', 90],
    ],
    votes: [...times(6, ['park', 'groot']), ['park'], ...times(3, ['klein'])],
  });
  const names: Record<string, string> = { park: 'Nieuw park', groot: 'Groot plan', klein: 'Klein plan' };
  const projectName = (id: string) => names[id] ?? id;

  test('the plan with 6 votes loses to the one with 3: its supporters had paid for the park already', () => {
    const outcome = mesCost(instance);
    expect(outcome.selected).toEqual(['park', 'klein']);
    const groot = explain(instance, outcome).find((r) => r.id === 'groot')!;
    expect(groot).toMatchObject({ supporters: 6, supportersBudget: 0, perSupporter: 100 / 6, share: 30 });
    expect(plain(describe(groot, t, { projectName }))).toBe(
      'Niet gekozen. 6 stemmers kozen dit plan. Het kost € 100: dat is € 16,67 per persoon. ' +
        'Samen hadden zij nog maar € 0 over. Hun geld ging al naar andere plannen die zij ook kozen, zoals “Nieuw park”.',
    );
  });

  test('after a greedy completion, the sentence also says the money left over was too little', () => {
    const outcome = mesCostAdd1Greedy(instance);
    const groot = explain(instance, outcome).find((r) => r.id === 'groot')!;
    expect(outcome.selected).not.toContain('groot');
    expect(groot).toMatchObject({ reason: 'supporters-cannot-afford', leftover: 0 });
    expect(plain(describe(groot, t, { projectName }))).toMatch(
      /Hun geld ging al naar andere plannen die zij ook kozen, zoals “Nieuw park”\. Daarna was er nog € 0 over\. Dat was te weinig voor dit plan\.$/,
    );
  });
});
