// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkTransitionTable } from '../../tests/support/workflow.ts';
import { nl } from '../i18n/nl.ts';
import { RULE_KEYS } from '../pb/index.ts';
import {
  type BallotPlan,
  type BallotType,
  ballotKindMessages,
  ballotKinds,
  ballotProblemMessages,
  canChangePlanStatus,
  canChangeRoundSetting,
  canSetPlanStatusIn,
  countsVisible,
  isOldEnough,
  lockedSince,
  nextStep,
  nextStepMessages,
  noNextStepMessage,
  otherMessages,
  type Phase,
  type PlanStatus,
  parseInstant,
  phaseAt,
  phaseMessages,
  phases,
  planStatuses,
  planStatusesByPhase,
  planStatusMessages,
  planTransitions,
  planWorkflow,
  type RoundDateField,
  type RoundDates,
  type RoundSchedule,
  type RoundSetting,
  reasonRequired,
  remainingBudget,
  remainingPoints,
  roundDateFields,
  roundDateInvalidMessage,
  roundDateOrderMessages,
  roundSettingMessages,
  roundSettings,
  ruleFitsBallot,
  rulesForBallot,
  submittingOpen,
  validateBallot,
  validateRoundBallot,
  validateRoundDates,
  votingOpen,
  wijkbudgetRules,
} from './rules.ts';

const dates: RoundDates = {
  submitFrom: '2026-03-01T09:00:00+01:00',
  submitUntil: '2026-04-01T00:00:00+02:00',
  reviewUntil: '2026-04-30T17:00:00+02:00',
  voteFrom: '2026-05-04T09:00:00+02:00',
  voteUntil: '2026-05-18T00:00:00+02:00',
  resultBy: '2026-06-01T12:00:00+02:00',
  executionFrom: '2026-09-01T00:00:00+02:00',
};
const unpublished: RoundSchedule = { ...dates, resultPublishedAt: null };
const published: RoundSchedule = { ...dates, resultPublishedAt: '2026-05-28T10:00:00+02:00' };
const at = (iso: string) => new Date(iso);
const ms = (iso: string) => new Date(iso).getTime();

describe('the phase of a round', () => {
  const cases: [string, RoundSchedule, string, Phase][] = [
    ['long before submitting opens', unpublished, '2026-01-01T00:00:00Z', 'draft'],
    ['one millisecond before submitting opens', unpublished, '2026-03-01T07:59:59.999Z', 'draft'],
    ['the moment submitting opens', unpublished, '2026-03-01T08:00:00Z', 'submitting'],
    ['the last millisecond of submitting', unpublished, '2026-03-31T21:59:59.999Z', 'submitting'],
    ['the moment submitting closes', unpublished, '2026-03-31T22:00:00Z', 'review'],
    ['after the review deadline but before voting', unpublished, '2026-05-01T12:00:00Z', 'review'],
    ['the moment voting opens', unpublished, '2026-05-04T07:00:00Z', 'voting'],
    ['the moment voting closes', unpublished, '2026-05-17T22:00:00Z', 'counting'],
    ['long after voting while the result is not out', unpublished, '2027-01-01T00:00:00Z', 'counting'],
    ['the moment the result is published', published, '2026-05-28T08:00:00Z', 'result'],
    ['just before the result is published', published, '2026-05-28T07:59:59Z', 'counting'],
    ['the moment execution starts, result out', published, '2026-08-31T22:00:00Z', 'execution'],
  ];
  for (const [when, round, now, expected] of cases) {
    test(`${when}, the round is in phase ${expected}`, () => {
      expect(phaseAt(round, at(now))).toBe(expected);
    });
  }

  test('a result "published" before voting closed counts only once voting has closed', () => {
    const early: RoundSchedule = { ...dates, resultPublishedAt: '2026-05-10T00:00:00Z' };
    expect(phaseAt(early, at('2026-05-11T00:00:00Z'))).toBe('voting');
    expect(phaseAt(early, at('2026-05-18T00:00:00+02:00'))).toBe('result');
  });

  test('a date that is not an ISO instant is a programming error and throws', () => {
    expect(() => phaseAt({ ...unpublished, voteFrom: '4 mei' }, at('2026-05-01T12:00:00Z'))).toThrow(
      RangeError,
    );
  });

  test('as time goes on, a round never goes back to an earlier phase', () => {
    const start = ms('2026-01-01T00:00:00Z');
    const end = ms('2027-01-01T00:00:00Z');
    fc.assert(
      fc.property(
        fc.integer({ min: start, max: end }),
        fc.integer({ min: start, max: end }),
        fc.boolean(),
        (a, b, isPublished) => {
          const round = isPublished ? published : unpublished;
          const [early, late] = a <= b ? [a, b] : [b, a];
          const p1 = phases.indexOf(phaseAt(round, new Date(early)));
          const p2 = phases.indexOf(phaseAt(round, new Date(late)));
          expect(p1).toBeLessThanOrEqual(p2);
        },
      ),
    );
  });
});

describe('what happens next', () => {
  const expected: Record<Phase, { phase: Phase; at: string; automatic: boolean } | null> = {
    draft: { phase: 'submitting', at: dates.submitFrom, automatic: true },
    submitting: { phase: 'review', at: dates.submitUntil, automatic: true },
    review: { phase: 'voting', at: dates.voteFrom, automatic: true },
    voting: { phase: 'counting', at: dates.voteUntil, automatic: true },
    counting: { phase: 'result', at: dates.resultBy, automatic: false },
    result: { phase: 'execution', at: dates.executionFrom, automatic: true },
    execution: null,
  };
  for (const phase of phases) {
    test(`after ${phase} comes ${expected[phase]?.phase ?? 'nothing'}`, () => {
      expect(nextStep(phase, dates)).toEqual(expected[phase]);
    });
  }

  test('when the clock reaches an automatic next step, the round is in that phase', () => {
    for (const phase of phases) {
      const step = nextStep(phase, dates);
      if (!step?.automatic) continue;
      expect(phaseAt(published, at(step.at))).toBe(step.phase);
    }
  });
});

describe('the dates of a round', () => {
  test('dates in the right order are accepted', () => {
    expect(validateRoundDates(dates)).toEqual({ ok: true, dates });
  });

  test('voting may open the moment review ends, and result and execution may share a date', () => {
    const tight = {
      ...dates,
      voteFrom: dates.reviewUntil,
      resultBy: dates.voteUntil,
      executionFrom: dates.voteUntil,
    };
    expect(validateRoundDates(tight).ok).toBe(true);
  });

  for (const field of roundDateFields) {
    for (const bad of ['', '2026-05-04', '4 mei 2026', '2026-02-30T09:00:00Z', '2026-05-04T25:00:00Z']) {
      test(`${field} "${bad}" is refused as not a date and time`, () => {
        expect(validateRoundDates({ ...dates, [field]: bad })).toEqual({
          ok: false,
          errors: { [field]: roundDateInvalidMessage },
        });
      });
    }
  }

  const strictlyLater: RoundDateField[] = ['submitUntil', 'reviewUntil', 'voteUntil'];
  for (const [i, field] of roundDateFields.entries()) {
    if (i === 0) continue;
    const previous = roundDateFields[i - 1]!;
    test(`${field} before ${previous} is refused with a message at ${field}`, () => {
      const earlier = new Date(ms(dates[previous]) - 60_000).toISOString();
      expect(validateRoundDates({ ...dates, [field]: earlier })).toEqual({
        ok: false,
        errors: { [field]: roundDateOrderMessages[field] },
      });
    });
    const same = strictlyLater.includes(field);
    test(`${field} equal to ${previous} is ${same ? 'refused: the phase needs time' : 'accepted'}`, () => {
      const result = validateRoundDates({ ...dates, [field]: dates[previous] });
      if (same) expect(result).toEqual({ ok: false, errors: { [field]: roundDateOrderMessages[field] } });
      else expect(result.ok).toBe(true);
    });
  }

  test('an instant needs a time zone, and names a day that exists', () => {
    expect(parseInstant('2026-05-04T09:00:00')).toBeNull();
    expect(parseInstant('2028-02-29T09:00:00Z')).toBe(Date.UTC(2028, 1, 29, 9));
    expect(parseInstant('2027-02-29T09:00:00Z')).toBeNull();
    expect(parseInstant('2026-05-04T09:00+02:00')).toBe(Date.UTC(2026, 4, 4, 7));
  });
});

describe('what staff may change in which phase', () => {
  // Stated here on its own, as policy: the first phase in which each setting is locked.
  const locks: Record<RoundSetting, Phase | null> = {
    text: null,
    area: 'submitting',
    budget: 'voting',
    ballot: 'voting',
    rule: 'voting',
    eligibility: 'voting',
    submitFrom: 'submitting',
    submitUntil: 'review',
    reviewUntil: 'voting',
    voteFrom: 'voting',
    voteUntil: 'voting',
    resultBy: 'result',
    executionFrom: 'execution',
  };
  for (const phase of phases) {
    for (const setting of roundSettings) {
      const lock = locks[setting];
      const expected = lock === null || phases.indexOf(phase) < phases.indexOf(lock);
      test(`in ${phase}, ${setting} ${expected ? 'may change' : 'is locked'}`, () => {
        expect(canChangeRoundSetting(phase, setting)).toBe(expected);
      });
    }
  }

  test('once voting opens, the ballot, the rule and the budget are locked, and the refusal names voting', () => {
    for (const setting of ['ballot', 'rule', 'budget'] as const) {
      for (const phase of phases.slice(phases.indexOf('voting'))) {
        expect(canChangeRoundSetting(phase, setting)).toBe(false);
      }
      expect(lockedSince(setting)).toBe('voting');
    }
  });

  test('a locked setting stays locked in every later phase', () => {
    for (const setting of roundSettings) {
      const lock = lockedSince(setting);
      expect(lock).toBe(locks[setting]);
      if (lock === null) continue;
      for (const phase of phases.slice(phases.indexOf(lock)))
        expect(canChangeRoundSetting(phase, setting)).toBe(false);
    }
  });

  const visible: Record<Phase, boolean> = {
    draft: false,
    submitting: false,
    review: false,
    voting: false,
    counting: true,
    result: true,
    execution: true,
  };
  for (const phase of phases) {
    test(`in ${phase}, vote counts are ${visible[phase] ? 'visible' : 'hidden from everyone, staff included'}`, () => {
      expect(countsVisible(phase)).toBe(visible[phase]);
    });
  }

  test('a voter can vote only in the voting phase, and send in a plan only while submitting', () => {
    expect(phases.filter(votingOpen)).toEqual(['voting']);
    expect(phases.filter(submittingOpen)).toEqual(['submitting']);
  });
});

describe('plan status transitions', () => {
  const allowed = new Set(
    Object.entries(planTransitions).flatMap(([from, tos]) => tos.map((to) => `${from}->${to}`)),
  );
  for (const from of planStatuses) {
    for (const to of planStatuses) {
      const expected = allowed.has(`${from}->${to}`);
      test(`${from} -> ${to} is ${expected ? 'allowed' : 'refused'}`, () => {
        expect(canChangePlanStatus(from, to)).toBe(expected);
      });
    }
  }

  test('only a pending plan becomes submitted, nothing becomes pending, no status moves to itself', () => {
    for (const from of planStatuses) {
      // Only a plan waiting for its check becomes public ('submitted'); nothing ever becomes pending again.
      expect(canChangePlanStatus(from, 'submitted')).toBe(from === 'pending');
      expect(canChangePlanStatus(from, 'pending')).toBe(false);
      expect(canChangePlanStatus(from, from)).toBe(false);
    }
  });

  test('only a feasible plan can be funded or not funded, and only a funded plan can become impossible', () => {
    for (const from of planStatuses) {
      expect(canChangePlanStatus(from, 'funded')).toBe(from === 'feasible');
      expect(canChangePlanStatus(from, 'not-funded')).toBe(from === 'feasible');
      expect(canChangePlanStatus(from, 'impossible')).toBe(from === 'funded');
    }
  });

  test('merged, withdrawn, not funded and impossible are final', () => {
    const final = planStatuses.filter((s) => planTransitions[s].length === 0);
    expect(final).toEqual(['merged', 'withdrawn', 'not-funded', 'impossible']);
  });

  test('every status can be reached from pending, the first status when a round checks new plans', () => {
    const reached = new Set<PlanStatus>(['pending']);
    const queue: PlanStatus[] = ['pending'];
    while (queue.length > 0) {
      for (const to of planTransitions[queue.shift()!]) {
        if (!reached.has(to)) {
          reached.add(to);
          queue.push(to);
        }
      }
    }
    expect([...reached].sort()).toEqual([...planStatuses].sort());
  });

  const withReason: Record<PlanStatus, boolean> = {
    pending: false,
    submitted: false,
    'in-review': false,
    feasible: false,
    'not-feasible': true,
    merged: true,
    withdrawn: false,
    hidden: true,
    funded: false,
    'not-funded': false,
    impossible: true,
  };
  for (const to of planStatuses) {
    test(`setting ${to} ${withReason[to] ? 'needs' : 'does not need'} a public reason`, () => {
      expect(reasonRequired(to)).toBe(withReason[to]);
    });
  }

  const byPhase = new Set(
    Object.entries(planStatusesByPhase).flatMap(([phase, tos]) => tos.map((to) => `${phase}:${to}`)),
  );
  for (const phase of phases) {
    for (const to of planStatuses) {
      const expected = byPhase.has(`${phase}:${to}`);
      test(`in ${phase}, a plan ${expected ? 'may' : 'may not'} be set to ${to}`, () => {
        expect(canSetPlanStatusIn(phase, to)).toBe(expected);
      });
    }
  }

  test('while voting, no plan changes status: the ballot stays the same for every voter', () => {
    for (const to of planStatuses) expect(canSetPlanStatusIn('voting', to)).toBe(false);
  });

  test('every status a plan can move to can be set in some phase', () => {
    for (const to of planStatuses.filter((s) => s !== 'pending')) {
      expect(
        phases.some((phase) => canSetPlanStatusIn(phase, to)),
        to,
      ).toBe(true);
    }
  });
});

describe('counting rules per ballot', () => {
  test('every counting rule is a pb-count rule key', () => {
    for (const rule of wijkbudgetRules) expect(RULE_KEYS).toContain(rule);
  });

  const fits: Record<string, boolean> = {
    'budget:greedy_cost': true,
    'budget:greedy_points': false,
    'budget:mes_cost_add1_greedy': true,
    'max-plans:greedy_cost': true,
    'max-plans:greedy_points': false,
    'max-plans:mes_cost_add1_greedy': true,
    'points:greedy_cost': false,
    'points:greedy_points': true,
    'points:mes_cost_add1_greedy': false,
  };
  for (const kind of ballotKinds) {
    for (const rule of wijkbudgetRules) {
      const expected = fits[`${kind}:${rule}`]!;
      test(`a ${kind} ballot ${expected ? 'can' : 'cannot'} be counted with ${rule}`, () => {
        expect(ruleFitsBallot(rule, kind)).toBe(expected);
        expect(rulesForBallot(kind).includes(rule)).toBe(expected);
      });
    }
  }

  test('a round with a positive budget, a valid ballot and a fitting rule is accepted', () => {
    expect(validateRoundBallot(3_000_000n, { kind: 'budget' }, 'mes_cost_add1_greedy')).toEqual({ ok: true });
    expect(validateRoundBallot(1n, { kind: 'max-plans', max: 1 }, 'greedy_cost')).toEqual({ ok: true });
    expect(validateRoundBallot(1n, { kind: 'points', points: 10 }, 'greedy_points')).toEqual({ ok: true });
  });

  test('a budget of € 0, a max or points that is not a whole number of at least 1, or a rule that does not fit is refused', () => {
    expect(validateRoundBallot(0n, { kind: 'max-plans', max: 0 }, 'greedy_points')).toEqual({
      ok: false,
      errors: {
        budget: 'wijkbudget.round.budget.invalid',
        ballot: 'wijkbudget.round.ballot.maxInvalid',
        rule: 'wijkbudget.round.rule.notForBallot',
      },
    });
    for (const points of [0, -1, 2.5, Number.NaN]) {
      expect(validateRoundBallot(100n, { kind: 'points', points }, 'greedy_points')).toEqual({
        ok: false,
        errors: { ballot: 'wijkbudget.round.ballot.pointsInvalid' },
      });
    }
  });
});

describe('a ballot', () => {
  const plans: BallotPlan[] = [
    { id: '1', costCents: 1_200_000n },
    { id: '2', costCents: 1_000_000n },
    { id: '7', costCents: 900_000n },
    { id: '10', costCents: 300_000n },
  ];
  const budget = 3_000_000n;
  const budgetBallot: BallotType = { kind: 'budget' };

  test('plans within the budget are accepted, sorted by id, with their total cost', () => {
    expect(validateBallot(budgetBallot, budget, plans, { planIds: ['7', '1', '10'] })).toEqual({
      ok: true,
      normalised: { kind: 'approval', planIds: ['1', '10', '7'], costCents: 2_400_000n },
    });
  });

  test('plans that cost exactly the budget are accepted', () => {
    const result = validateBallot(budgetBallot, 2_200_000n, plans, { planIds: ['1', '2'] });
    expect(result.ok).toBe(true);
  });

  test('plans over the budget are refused with the total, the budget and how much too much', () => {
    expect(validateBallot(budgetBallot, budget, plans, { planIds: ['1', '2', '7'] })).toEqual({
      ok: false,
      reason: 'over-budget',
      total: 3_100_000n,
      budget,
      over: 100_000n,
    });
  });

  test('an empty ballot is refused', () => {
    expect(validateBallot(budgetBallot, budget, plans, { planIds: [] })).toEqual({
      ok: false,
      reason: 'empty',
    });
    expect(validateBallot({ kind: 'points', points: 10 }, budget, plans, { points: { '1': 0 } })).toEqual({
      ok: false,
      reason: 'empty',
    });
  });

  test('a plan that is not on the ballot is refused and named', () => {
    expect(validateBallot(budgetBallot, budget, plans, { planIds: ['1', '99'] })).toEqual({
      ok: false,
      reason: 'unknown-plan',
      planId: '99',
    });
  });

  test('a plan chosen twice is refused, even when it would fit', () => {
    expect(validateBallot(budgetBallot, budget, plans, { planIds: ['10', '10'] })).toEqual({
      ok: false,
      reason: 'duplicate-plan',
      planId: '10',
    });
  });

  test('with at most 2 plans, 3 plans are refused and 2 are accepted whatever they cost', () => {
    const max: BallotType = { kind: 'max-plans', max: 2 };
    expect(validateBallot(max, budget, plans, { planIds: ['1', '2', '10'] })).toEqual({
      ok: false,
      reason: 'too-many-plans',
      count: 3,
      max: 2,
    });
    expect(validateBallot(max, 1n, plans, { planIds: ['1', '2'] })).toEqual({
      ok: true,
      normalised: { kind: 'approval', planIds: ['1', '2'], costCents: 2_200_000n },
    });
  });

  const pointsBallot: BallotType = { kind: 'points', points: 10 };
  test('points within the total are accepted; plans with 0 points are left out; not every point need be used', () => {
    expect(validateBallot(pointsBallot, budget, plans, { points: { '7': 3, '1': 5, '2': 0 } })).toEqual({
      ok: true,
      normalised: {
        kind: 'points',
        points: [
          { planId: '1', points: 5 },
          { planId: '7', points: 3 },
        ],
        total: 8,
      },
    });
  });

  test('more points than may be divided are refused with the points given, allowed and too many', () => {
    expect(validateBallot(pointsBallot, budget, plans, { points: { '1': 6, '2': 7 } })).toEqual({
      ok: false,
      reason: 'points-over-total',
      given: 13,
      points: 10,
      over: 3,
    });
  });

  test('points that are not whole, or below 0, are refused and the plan is named', () => {
    for (const value of [1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60]) {
      expect(validateBallot(pointsBallot, budget, plans, { points: { '2': value } })).toEqual({
        ok: false,
        reason: 'points-not-whole',
        planId: '2',
      });
    }
    expect(validateBallot(pointsBallot, budget, plans, { points: { '1': 5, '2': -1 } })).toEqual({
      ok: false,
      reason: 'points-negative',
      planId: '2',
    });
  });

  test('points for a plan not on the ballot are refused', () => {
    expect(validateBallot(pointsBallot, budget, plans, { points: { '99': 1 } })).toEqual({
      ok: false,
      reason: 'unknown-plan',
      planId: '99',
    });
  });

  test('a choice of the wrong shape for the ballot is a programming error and throws', () => {
    expect(() => validateBallot(pointsBallot, budget, plans, { planIds: ['1'] })).toThrow(TypeError);
    expect(() => validateBallot(budgetBallot, budget, plans, { points: { '1': 1 } })).toThrow(TypeError);
  });

  test('the running total shows what is chosen and what is left, also when over the budget', () => {
    expect(remainingBudget(budget, plans, [])).toEqual({ chosenCents: 0n, remainingCents: budget });
    expect(remainingBudget(budget, plans, ['1', '1', '99'])).toEqual({
      chosenCents: 1_200_000n,
      remainingCents: 1_800_000n,
    });
    expect(remainingBudget(budget, plans, ['1', '2', '7'])).toEqual({
      chosenCents: 3_100_000n,
      remainingCents: -100_000n,
    });
    expect(remainingPoints(10, { '1': 3, '2': 4, '7': -2, '10': 0.5 })).toEqual({ given: 7, remaining: 3 });
  });

  const planArb = fc.uniqueArray(
    fc.record({
      id: fc.stringMatching(/^[0-9a-z]{1,4}$/),
      costCents: fc.bigInt({ min: 1n, max: 10_000_000n }),
    }),
    { selector: (p) => p.id, minLength: 1, maxLength: 12 },
  );

  test('an accepted budget ballot never costs more than the budget, and agrees with the running total', () => {
    fc.assert(
      fc.property(planArb, fc.bigInt({ min: 1n, max: 30_000_000n }), fc.array(fc.nat()), (ps, b, picks) => {
        const ids = [...new Set(picks.map((i) => ps[i % ps.length]!.id))];
        const result = validateBallot(budgetBallot, b, ps, { planIds: ids });
        const { chosenCents, remainingCents } = remainingBudget(b, ps, ids);
        if (result.ok) {
          expect(result.normalised.kind === 'approval' && result.normalised.costCents).toBe(chosenCents);
          expect(chosenCents <= b).toBe(true);
        } else if (ids.length > 0) {
          expect(result).toMatchObject({ reason: 'over-budget', over: -remainingCents });
        }
        expect(result.ok).toBe(ids.length > 0 && remainingCents >= 0n);
      }),
    );
  });

  test('the order in which a voter chooses plans does not change the stored ballot', () => {
    fc.assert(
      fc.property(planArb, fc.array(fc.nat()), (ps, picks) => {
        const ids = [...new Set(picks.map((i) => ps[i % ps.length]!.id))];
        const a = validateBallot({ kind: 'max-plans', max: 20 }, 1n, ps, { planIds: ids });
        const b = validateBallot({ kind: 'max-plans', max: 20 }, 1n, ps, { planIds: [...ids].reverse() });
        expect(a).toEqual(b);
      }),
    );
  });

  test('an accepted points ballot never gives more points than allowed', () => {
    fc.assert(
      fc.property(
        planArb,
        fc.integer({ min: 1, max: 100 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(30))),
        (ps, n, given) => {
          const points = Object.fromEntries(given.map(([i, p]) => [ps[i % ps.length]!.id, p]));
          const result = validateBallot({ kind: 'points', points: n }, 1n, ps, { points });
          if (result.ok && result.normalised.kind === 'points') {
            expect(result.normalised.total).toBeLessThanOrEqual(n);
            expect(result.normalised.points.every((p) => p.points > 0)).toBe(true);
          }
          expect(result.ok).toBe(
            remainingPoints(n, points).remaining >= 0 && remainingPoints(n, points).given > 0,
          );
        },
      ),
    );
  });
});

describe('old enough to vote', () => {
  const cases: [string, number, string, boolean][] = [
    ['2010-05-18', 16, '2026-05-18', true],
    ['2010-05-19', 16, '2026-05-18', false],
    ['2010-05-17', 16, '2026-05-18', true],
    ['2008-02-29', 18, '2026-02-28', false],
    ['2008-02-29', 18, '2026-03-01', true],
    ['2008-02-29', 20, '2028-02-29', true],
    ['2008-02-29', 20, '2028-02-28', false],
    ['2010-02-28', 16, '2026-02-28', true],
    ['2026-06-01', 0, '2026-05-18', false],
    ['1940-01-01', 16, '2026-05-18', true],
  ];
  for (const [birth, age, on, expected] of cases) {
    test(`born ${birth}, on ${on} ${expected ? 'is' : 'is not'} ${age} or older`, () => {
      expect(isOldEnough(birth, age, on)).toBe(expected);
    });
  }

  test('a text that is not a real date is a programming error and throws', () => {
    expect(() => isOldEnough('2010-02-30', 16, '2026-05-18')).toThrow(RangeError);
    expect(() => isOldEnough('18-05-2010', 16, '2026-05-18')).toThrow(RangeError);
  });

  test('someone is old enough from their birthday (1 March for 29 February in other years) onwards', () => {
    const day = fc
      .integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 11, 31) })
      .map((t) => new Date(t).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, fc.integer({ min: 0, max: 120 }), (birth, on, age) => {
        const [y, m, d] = birth.split('-').map(Number) as [number, number, number];
        const target = new Date(Date.UTC(y + age, m - 1, d));
        // Date.UTC rolls 29 February over to 1 March in a year without it: the rule we want.
        const birthday = target.toISOString().slice(0, 10);
        expect(isOldEnough(birth, age, on)).toBe(on >= birthday);
      }),
    );
  });
});

describe('every reason has a Dutch message', () => {
  const keys = [
    ...Object.values(phaseMessages),
    ...Object.values(nextStepMessages),
    noNextStepMessage,
    roundDateInvalidMessage,
    ...Object.values(roundDateOrderMessages),
    ...Object.values(roundSettingMessages),
    ...Object.values(planStatusMessages),
    ...Object.values(ballotKindMessages),
    ...Object.values(ballotProblemMessages),
    ...Object.values(otherMessages),
    'wijkbudget.round.budget.invalid',
    'wijkbudget.round.ballot.maxInvalid',
    'wijkbudget.round.ballot.pointsInvalid',
    'wijkbudget.round.rule.notForBallot',
  ];
  for (const key of keys) {
    test(`${key} is in the catalogue`, () => {
      expect(nl).toHaveProperty([key]);
    });
  }

  test('the over-budget message reads as a sentence with the amounts filled in', () => {
    const text = nl['wijkbudget.vote.overBudget']
      .replace('{total}', '€ 31.000')
      .replace('{over}', '€ 1.000')
      .replace('{budget}', '€ 30.000');
    expect(text).toBe('Uw keuze kost € 31.000. Dat is € 1.000 meer dan het budget van € 30.000.');
  });
});

// The plan's shared workflow, pair by pair and role by role: written out here, apart from rules.ts.
// Administrators and editors decide; alliance editors never do. A public reason for not feasible,
// merged, hidden and impossible.
const managers = ['admin', 'editor'] as const;
checkTransitionTable(planWorkflow, [
  ['pending', 'submitted', managers],
  ['pending', 'in-review', managers],
  ['pending', 'merged', managers, 'reason'],
  ['pending', 'withdrawn', managers],
  ['pending', 'hidden', managers, 'reason'],
  ['submitted', 'in-review', managers],
  ['submitted', 'merged', managers, 'reason'],
  ['submitted', 'withdrawn', managers],
  ['submitted', 'hidden', managers, 'reason'],
  ['in-review', 'feasible', managers],
  ['in-review', 'not-feasible', managers, 'reason'],
  ['in-review', 'merged', managers, 'reason'],
  ['in-review', 'withdrawn', managers],
  ['in-review', 'hidden', managers, 'reason'],
  ['feasible', 'in-review', managers],
  ['feasible', 'not-feasible', managers, 'reason'],
  ['feasible', 'merged', managers, 'reason'],
  ['feasible', 'withdrawn', managers],
  ['feasible', 'hidden', managers, 'reason'],
  ['feasible', 'funded', managers],
  ['feasible', 'not-funded', managers],
  ['not-feasible', 'in-review', managers],
  ['not-feasible', 'hidden', managers, 'reason'],
  ['hidden', 'in-review', managers],
  ['funded', 'impossible', managers, 'reason'],
]);
