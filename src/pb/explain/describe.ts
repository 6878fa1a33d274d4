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
  'pb.explain.cannotAfford',
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
}

const defaultMoney = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 2,
});
const count = new Intl.NumberFormat('nl-NL');

/**
 * One sentence for one project, for example
 * "Niet gekozen: er was nog € 12.400 over en dit plan kost € 18.000."
 */
export function describe(reason: Reason, t: Translate, options: DescribeOptions = {}): string {
  const m = options.formatMoney ?? ((amount: number) => defaultMoney.format(amount));
  const voters = (n: number) =>
    n === 1 ? t('pb.explain.voters.one') : t('pb.explain.voters.other', { count: count.format(n) });
  switch (reason.reason) {
    case 'fits':
      return t(reason.scoreKind === 'points' ? 'pb.explain.fitsPoints' : 'pb.explain.fits', {
        score: count.format(reason.score),
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
      return t('pb.explain.cannotAfford', {
        voters: voters(reason.supporters),
        budget: m(reason.supportersBudget),
        cost: m(reason.cost),
      });
    case 'over-budget':
      return t('pb.explain.overBudget', { cost: m(reason.cost), budget: m(reason.budget) });
    case 'no-votes':
      return t('pb.explain.noVotes');
  }
}
