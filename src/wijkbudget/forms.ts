// SPDX-License-Identifier: EUPL-1.2
/** The wijkbudget's forms, checked at the edge. Messages are catalogue keys (see platform/forms.ts). */
import { z } from 'zod';
import { email, optionalText, optionalWholeNumber, requiredText } from '../platform/fields.ts';
import type { FormValues } from '../platform/forms.ts';
import { ballotKinds, planStatuses, roundDateFields, wijkbudgetRules } from './rules.ts';
import type { Eligibility } from './schema.ts';
import { CODE_ALPHABET, normaliseCode, parseLetterNumber } from './voting-codes.ts';

export const eligibilities = ['codes', 'paper', 'codes-and-paper'] as const satisfies readonly Eligibility[];

/** The round form's tracker choice: 'off' (the default) or 'on'. */
export const trackerChoices = ['off', 'on'] as const;

/**
 * `<input type="datetime-local">` sends "2026-03-01T09:00" in The Hague's local time; this turns it
 * into an ISO instant with the right offset (+01:00 in winter, +02:00 in summer).
 */
function amsterdamInstant(local: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local.trim());
  if (!m) return null;
  const asUtc = Date.parse(`${local.trim()}:00Z`);
  if (Number.isNaN(asUtc) || new Date(asUtc).toISOString().slice(0, 16) !== local.trim()) return null;
  let instant = asUtc - amsterdamOffsetMinutes(asUtc) * 60_000;
  instant = asUtc - amsterdamOffsetMinutes(instant) * 60_000;
  const offset = amsterdamOffsetMinutes(instant);
  const sign = offset >= 0 ? '+' : '-';
  const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const mm = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${local.trim()}:00${sign}${hh}:${mm}`;
}

const amsterdamParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function amsterdamOffsetMinutes(instant: number): number {
  const parts = Object.fromEntries(amsterdamParts.formatToParts(instant).map((p) => [p.type, p.value]));
  const local = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!);
  return Math.round((local - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/** An ISO instant as the value of a datetime-local field, in The Hague's time. */
export function localInputValue(instant: string): string {
  const parts = Object.fromEntries(
    amsterdamParts.formatToParts(Date.parse(instant)).map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

const dateField = z.preprocess(
  (v) => (typeof v === 'string' ? (amsterdamInstant(v) ?? '') : ''),
  z.string().min(1, 'wijkbudget.round.date.invalid'),
);

export const roundForm = z
  .object({
    title: requiredText(120, 'wijkbudget.form.title.required', 'wijkbudget.form.title.tooLong'),
    intro: requiredText(4000, 'wijkbudget.form.intro.required', 'wijkbudget.form.tooLong'),
    wijkSlug: z.preprocess((v) => (v === '' || v === undefined ? null : v), z.string().nullable()),
    budgetEuros: z.preprocess(
      (v) => (v === '' ? undefined : v),
      optionalWholeNumber('wijkbudget.round.budget.invalid', 1, 100_000_000).refine(
        (v) => v !== null,
        'wijkbudget.round.budget.invalid',
      ),
    ),
    ballotKind: z.enum(ballotKinds, 'wijkbudget.form.ballotKind.required'),
    ballotLimit: optionalWholeNumber('wijkbudget.form.ballotLimit.invalid', 1, 1000),
    rule: z.enum(wijkbudgetRules, 'wijkbudget.form.rule.required'),
    minimumAge: optionalWholeNumber('wijkbudget.form.minimumAge.invalid', 0, 120).refine(
      (v) => v !== null,
      'wijkbudget.form.minimumAge.invalid',
    ),
    eligibility: z.enum(eligibilities, 'wijkbudget.form.eligibility.required'),
    // A checkbox: sent as "1" when ticked, not sent at all when not.
    moderatePlans: z.preprocess((v) => v === '1', z.boolean()),
    trackers: z.preprocess((v) => v ?? 'off', z.enum(trackerChoices, 'wijkbudget.form.trackers.required')),
    ...Object.fromEntries(roundDateFields.map((f) => [f, dateField])),
  })
  .superRefine((v, ctx) => {
    if (v.ballotKind !== 'budget' && v.ballotLimit === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['ballotLimit'],
        message:
          v.ballotKind === 'points'
            ? 'wijkbudget.round.ballot.pointsInvalid'
            : 'wijkbudget.round.ballot.maxInvalid',
      });
    }
  });

export const planForm = z.object({
  title: requiredText(120, 'wijkbudget.form.planTitle.required', 'wijkbudget.form.title.tooLong'),
  description: requiredText(4000, 'wijkbudget.form.description.required', 'wijkbudget.form.tooLong'),
  buurtCode: requiredText(20, 'wijkbudget.form.buurt.required', 'wijkbudget.form.buurt.required'),
  location: optionalText(200, 'wijkbudget.form.tooLong'),
  costEuros: z.preprocess(
    (v) => (v === '' ? undefined : v),
    optionalWholeNumber('wijkbudget.form.cost.invalid', 1, 100_000_000).refine(
      (v) => v !== null,
      'wijkbudget.form.cost.invalid',
    ),
  ),
  email: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    email('wijkbudget.form.email.required', 'wijkbudget.form.email.invalid').nullable(),
  ),
  /** The form's own random key (a UUID put in the form when it was shown): one plan per form sent. */
  submission: z.uuid('wijkbudget.form.submission.invalid'),
});

export const decisionForm = z.object({
  /** The status the form showed (hidden): the decision is saved only if it is still the status. */
  from: z.enum(planStatuses, 'wijkbudget.form.status.required'),
  status: z.enum(planStatuses, 'wijkbudget.form.status.required'),
  reason: optionalText(2000, 'wijkbudget.form.tooLong'),
  costEuros: optionalWholeNumber('wijkbudget.form.cost.invalid', 1, 100_000_000),
  mergedIntoId: optionalWholeNumber('wijkbudget.plan.merge.target', 1, 2_000_000_000),
});

/** How a batch of codes leaves the site: printable letters, or a file for a mail merge. */
export const letterFormats = ['pdf', 'csv'] as const;

/**
 * One PDF holds at most this many letters: pdfkit keeps a few kilobytes per page until the file ends
 * (10,000 letters: about 200 MB at the peak, measured with bench:letters). Larger rounds make a batch per
 * buurt or per 10,000 letters; the mail-merge CSV takes up to 100,000 codes.
 */
export const MAX_PDF_LETTERS = 10_000;

export const codeBatchForm = z
  .object({
    label: requiredText(200, 'wijkbudget.form.batchLabel.required', 'wijkbudget.form.tooLong'),
    size: optionalWholeNumber('wijkbudget.form.batchSize.invalid', 1, 100_000).refine(
      (v) => v !== null,
      'wijkbudget.form.batchSize.invalid',
    ),
    format: z.enum(letterFormats, 'wijkbudget.form.codesFormat.required'),
    /** Optional: the buurt these letters go to (checked against the round's area by the service). */
    buurtCode: optionalText(20, 'wijkbudget.admin.codes.buurtNotInArea'),
  })
  .refine((batch) => batch.format !== 'pdf' || (batch.size ?? 0) <= MAX_PDF_LETTERS, {
    path: ['size'],
    message: 'wijkbudget.form.batchSize.pdfTooMany',
  });

/** A tracker as typed: spaces, dashes and lower case are fine; 8 symbols of the codes' alphabet. */
export const trackerForm = z.object({
  tracker: z
    .string('wijkbudget.tracker.invalid')
    .transform((typed) => normaliseCode(typed))
    .refine((v) => new RegExp(`^[${CODE_ALPHABET}]{8}$`).test(v), 'wijkbudget.tracker.invalid')
    .transform((v) => `${v.slice(0, 4)}-${v.slice(4)}`),
});

/** Why the help desk gives a resident a code: the letter is lost (its code is voided), or none came. */
export const helpDeskSituations = ['lost-letter', 'no-letter'] as const;

export const helpDeskForm = z
  .object({
    situation: z.enum(helpDeskSituations, 'wijkbudget.form.situation.required'),
    letter: z.preprocess(
      (v) => (typeof v === 'string' ? v : ''),
      z.string().max(40, 'wijkbudget.form.letter.invalid'),
    ),
  })
  .transform((form, ctx) => {
    if (form.situation === 'no-letter') return { situation: form.situation, letter: null };
    const letter = parseLetterNumber(form.letter);
    if (!letter) {
      ctx.addIssue({
        code: 'custom',
        path: ['letter'],
        message:
          form.letter.trim() === '' ? 'wijkbudget.form.letter.required' : 'wijkbudget.form.letter.invalid',
      });
      return z.NEVER;
    }
    return { situation: form.situation, letter };
  });

/** Publishing a result: the box "I have checked the count" must be ticked. */
export const publishForm = z.object({
  confirm: z.literal('yes', 'wijkbudget.admin.result.confirmRequired'),
});

export const pollingPlaceForm = z.object({
  name: requiredText(120, 'wijkbudget.form.pollingPlace.required', 'wijkbudget.form.tooLong'),
});

export const paperBallotForm = z.object({
  serial: requiredText(40, 'wijkbudget.form.serial.required', 'wijkbudget.form.tooLong'),
  pollingPlaceId: optionalWholeNumber('wijkbudget.form.pollingPlace.choose', 1, 2_000_000_000).refine(
    (v) => v !== null,
    'wijkbudget.form.pollingPlace.choose',
  ),
});

/** The plans chosen on a budget or max-plans ballot (checkboxes named "plan"). */
export function chosenPlans(values: FormValues): string[] {
  const value = values.plan;
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/**
 * The points given on a points ballot (fields named "points-<plan id>"). Empty counts as 0; what is
 * not a whole number is passed on as NaN, so validateBallot explains it.
 */
export function givenPoints(values: FormValues): Record<string, number> {
  const points: Record<string, number> = {};
  for (const [name, value] of Object.entries(values)) {
    const m = /^points-(\d+)$/.exec(name);
    if (!m || typeof value !== 'string') continue;
    const text = value.trim();
    points[m[1]!] = text === '' ? 0 : /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
  }
  return points;
}
