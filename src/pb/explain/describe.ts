// SPDX-License-Identifier: EUPL-1.2
/**
 * Turns one reason into one plain Dutch sentence (language level B1). The texts live in the message
 * catalogue under `pb.explain.*`; the caller passes its translate function, so this library never
 * imports the catalogue.
 */
import type { Reason } from './explain.ts';

/** Every catalogue key describe() uses. */
export const PB_EXPLAIN_KEYS = [
  'pb.explain.fits',
  'pb.explain.fitsPoints',
  'pb.explain.fitsLeftover',
  'pb.explain.doesNotFit',
  'pb.explain.paidEqual',
  'pb.explain.paidMixed',
  'pb.explain.cannotAfford.one',
  'pb.explain.cannotAfford.other',
  'pb.explain.spentOn',
  'pb.explain.tooFewFromStart',
  'pb.explain.leftoverTooSmall',
  'pb.explain.overBudget',
  'pb.explain.noVotes',
  'pb.explain.voters.one',
  'pb.explain.voters.other',
] as const;

export type PbExplainKey = (typeof PB_EXPLAIN_KEYS)[number];

/** A translate function such as the platform's `t`: looks a key up and fills its {placeholders}. */
export type Translate = (key: PbExplainKey, params?: Record<string, string | number>) => string;

export interface DescribeOptions {
  /** Formats an amount in currency units; defaults to euros in Dutch notation ("€ 12.400"). */
  readonly formatMoney?: (amount: number) => string;
  /** The name readers know a project by (a plan's title); defaults to its id. */
  readonly projectName?: (id: string) => string;
}

const listFormat = new Intl.ListFormat('nl-NL', { style: 'long', type: 'conjunction' });

const defaultMoney = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 2,
});
const countFormat = new Intl.NumberFormat('nl-NL');

/**
 * One sentence for one project, for example
 * "Niet gekozen: er was nog € 12.400 over en dit plan kost € 18.000."
 */
export function describe(reason: Reason, t: Translate, options: DescribeOptions = {}): string {
  const m = options.formatMoney ?? ((amount: number) => defaultMoney.format(amount));
  const voters = (n: number) =>
    n === 1 ? t('pb.explain.voters.one') : t('pb.explain.voters.other', { count: countFormat.format(n) });
  switch (reason.reason) {
    case 'fits':
      return t(reason.scoreKind === 'points' ? 'pb.explain.fitsPoints' : 'pb.explain.fits', {
        score: countFormat.format(reason.score),
        remaining: m(reason.remaining),
        cost: m(reason.cost),
      });
    case 'fits-leftover':
      return t('pb.explain.fitsLeftover', { remaining: m(reason.remaining), cost: m(reason.cost) });
    case 'does-not-fit':
      return t('pb.explain.doesNotFit', { remaining: m(reason.remaining), cost: m(reason.cost) });
    case 'paid-by-supporters': {
      // Everyone who could pays the same share; only supporters with less than that pay all they have.
      let top = reason.payments[0];
      for (const p of reason.payments) if (top === undefined || p.each > top.each) top = p;
      if (top === undefined || reason.payments.length === 1) {
        return t('pb.explain.paidEqual', {
          voters: voters(top?.voters ?? reason.supporters),
          each: m(top?.each ?? reason.cost),
          cost: m(reason.cost),
        });
      }
      return t('pb.explain.paidMixed', {
        voters: voters(top.voters),
        each: m(top.each),
        others: voters(reason.supporters - top.voters),
        cost: m(reason.cost),
      });
    }
    case 'supporters-cannot-afford':
      return cannotAfford(reason, t, m, options.projectName ?? ((id) => id));
    case 'over-budget':
      return t('pb.explain.overBudget', { cost: m(reason.cost), budget: m(reason.budget) });
    case 'no-votes':
      return t('pb.explain.noVotes');
  }
}

type CannotAfford = Extract<Reason, { reason: 'supporters-cannot-afford' }>;

/**
 * Why a plan with many votes can lose under equal shares, in short sentences: who chose it, what it would
 * have cost each of them, what they had left, where their money went (or that they never had enough), and,
 * after a greedy completion, that the money left over was too little too.
 */
function cannotAfford(
  reason: CannotAfford,
  t: Translate,
  m: (amount: number) => string,
  name: (id: string) => string,
): string {
  const count = reason.supporters;
  const sentences = [
    count === 1
      ? t('pb.explain.cannotAfford.one', { cost: m(reason.cost), budget: m(reason.supportersBudget) })
      : t('pb.explain.cannotAfford.other', {
          count: countFormat.format(count),
          cost: m(reason.cost),
          each: m(reason.perSupporter),
          budget: m(reason.supportersBudget),
        }),
  ];
  const hadEnoughAtStart = reason.share * count >= reason.cost;
  if (hadEnoughAtStart && reason.spentOn.length > 0) {
    const plans = listFormat.format(reason.spentOn.map((s) => `“${name(s.id)}”`));
    sentences.push(t('pb.explain.spentOn', { plans }));
  } else if (!hadEnoughAtStart) {
    sentences.push(t('pb.explain.tooFewFromStart', { share: m(reason.share) }));
  }
  if (reason.leftover !== undefined) {
    sentences.push(t('pb.explain.leftoverTooSmall', { remaining: m(reason.leftover) }));
  }
  return sentences.join(' ');
}
