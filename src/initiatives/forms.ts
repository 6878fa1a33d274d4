// SPDX-License-Identifier: EUPL-1.2
/** The application's forms, one per step, checked at the edge. Messages are catalogue keys. */
import { z } from 'zod';
import { email, isoDate, optionalText, optionalWholeNumber, requiredText } from '../platform/fields.ts';
import type { FieldErrors, FormValues } from '../platform/forms.ts';
import { textValue } from '../platform/forms.ts';
import { t } from '../platform/i18n.ts';
import { type BudgetLine, initiativeStatuses } from './rules.ts';

export const emailForm = z.object({
  email: email('initiatives.form.email.required', 'initiatives.form.email.invalid'),
});

export const linkForm = z.object({
  token: z.string('initiatives.link.invalid').regex(/^[A-Za-z0-9_-]{43}$/, 'initiatives.link.invalid'),
});

const tooLong = 'initiatives.form.tooLong' as const;

export const whoForm = z.object({
  groupName: requiredText(200, 'initiatives.form.groupName.required', tooLong),
  contactName: requiredText(200, 'initiatives.form.contactName.required', tooLong),
  phone: optionalText(40, tooLong).refine(
    (v) => v === null || /^[0-9+()\s-]{6,40}$/.test(v),
    'initiatives.form.phone.invalid',
  ),
});

export const whatForm = z.object({
  title: requiredText(120, 'initiatives.form.title.required', tooLong),
  description: requiredText(4000, 'initiatives.form.description.required', tooLong),
});

export const whereForm = z.object({
  buurtCode: requiredText(20, 'initiatives.form.buurt.required', 'initiatives.form.buurt.required'),
  location: optionalText(200, tooLong),
});

export const whenForm = z
  .object({
    startsOn: isoDate('initiatives.form.startsOn.required', 'initiatives.form.date.invalid'),
    endsOn: z.preprocess(
      (v) => (v === '' || v === undefined ? null : v),
      isoDate('initiatives.form.date.invalid', 'initiatives.form.date.invalid').nullable(),
    ),
  })
  .refine((v) => v.endsOn === null || v.endsOn >= v.startsOn, {
    path: ['endsOn'],
    message: 'initiatives.form.endsOn.beforeStart',
  });

export const participantsForm = z.object({
  audience: requiredText(1000, 'initiatives.form.audience.required', tooLong),
  participants: z.preprocess(
    (v) => (v === '' ? undefined : v),
    optionalWholeNumber('initiatives.form.participants.invalid', 1, 1_000_000).refine(
      (v) => v !== null,
      'initiatives.form.participants.invalid',
    ),
  ),
});

export const declarationForm = z.object({
  declared: z.literal('1', 'initiatives.form.declared.required').transform(() => true),
  publishConsent: z.preprocess((v) => v === '1', z.boolean()),
});

/** The budget form has this many rows (no script adds rows; a row left empty is skipped). */
export const BUDGET_ROWS = 10;

const amount = optionalWholeNumber('initiatives.form.amount.invalid', 1, 1_000_000);

/**
 * The budget rows as typed: `item-N` and `amount-N`. A row with only one of the two is an error next
 * to the missing half; empty rows are skipped. The maximum is checked by the rules (checkBudget).
 */
export function parseBudgetLines(
  values: FormValues,
): { ok: true; lines: BudgetLine[] } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const lines: BudgetLine[] = [];
  for (let row = 1; row <= BUDGET_ROWS; row++) {
    const item = textValue(values, `item-${row}`).trim();
    const typed = textValue(values, `amount-${row}`).trim();
    if (item === '' && typed === '') continue;
    const parsed = amount.safeParse(typed);
    if (item === '') errors[`item-${row}`] = t('initiatives.form.item.required');
    else if (item.length > 200) errors[`item-${row}`] = t(tooLong);
    if (!parsed.success || parsed.data === null)
      errors[`amount-${row}`] = t('initiatives.form.amount.invalid');
    if (item !== '' && item.length <= 200 && parsed.success && parsed.data !== null)
      lines.push({ item, amountEuros: parsed.data });
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  if (lines.length === 0) return { ok: false, errors: { 'item-1': t('initiatives.form.budget.empty') } };
  return { ok: true, lines };
}

/** The budget lines as form values, to show a saved budget in the form. */
export function budgetValues(lines: readonly BudgetLine[]): FormValues {
  const values: FormValues = {};
  lines.forEach((line, i) => {
    values[`item-${i + 1}`] = line.item;
    values[`amount-${i + 1}`] = String(line.amountEuros);
  });
  return values;
}

export const staffStatusForm = z.object({
  from: z.enum(initiativeStatuses, 'initiatives.admin.status.required'),
  to: z.enum(initiativeStatuses, 'initiatives.admin.status.required'),
  reason: optionalText(2000, tooLong),
  grantedEuros: optionalWholeNumber('initiatives.form.amount.invalid', 1, 1_000_000),
});

export const settingsForm = z.object({
  maximumEuros: optionalWholeNumber('initiatives.form.amount.invalid', 1, 1_000_000).refine(
    (v) => v !== null,
    'initiatives.form.amount.invalid',
  ),
  fourEyesAboveEuros: optionalWholeNumber('initiatives.form.amount.invalid', 0, 1_000_000).refine(
    (v) => v !== null,
    'initiatives.form.amount.invalid',
  ),
  decisionDays: optionalWholeNumber('initiatives.admin.settings.days.invalid', 1, 365).refine(
    (v) => v !== null,
    'initiatives.admin.settings.days.invalid',
  ),
});

export const listFilterForm = z.object({
  status: z.enum(initiativeStatuses).optional().catch(undefined),
  wijk: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/)
    .optional()
    .catch(undefined),
  termijn: z.enum(['verlopen']).optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).max(100_000).catch(1),
});
