// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';
import {
  isoDate,
  optionalEuros,
  optionalText,
  optionalWholeNumber,
  requiredText,
} from '../platform/fields.ts';
import { measureStatuses } from './rules.ts';

/** Checkboxes send nothing, one value or several; this always gives a list. */
const slugList = z.preprocess(
  (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.string().trim().max(100, 'form.invalid')).max(50, 'form.invalid'),
);

export const measureEditForm = z.object({
  title: requiredText(200, 'programme.form.title.required', 'programme.form.title.tooLong'),
  summary: requiredText(1000, 'programme.form.summary.required', 'programme.form.summary.tooLong'),
  description: optionalText(20_000, 'programme.form.description.tooLong'),
  budgetEuros: optionalEuros('programme.form.budget.invalid'),
  fundingSource: optionalText(300, 'programme.form.fundingSource.tooLong'),
  lineSlugs: slugList,
  wijkSlugs: slugList,
  /**
   * Empty: no lead alliance; absent: unchanged. Ignored for alliance editors, who cannot move a measure to
   * another alliance.
   */
  allianceSlug: z.union([z.undefined(), optionalText(100, 'form.invalid')]),
});

/** Staff add measures of these kinds; top-10 priorities come only from the programme documents. */
export const creatableKinds = ['measure', 'activity', 'quick-win'] as const;

export const measureCreateForm = measureEditForm.extend({
  kind: z.enum(creatableKinds, 'programme.form.kind.invalid'),
});

export const measureStatusForm = z.object({
  /** The status the form showed (hidden): the change is saved only if it is still the status. */
  from: z.enum(measureStatuses, 'programme.form.status.invalid'),
  status: z.enum(measureStatuses, 'programme.form.status.invalid'),
  note: optionalText(2000, 'programme.form.note.tooLong'),
});

/** A progress update may be dated today or earlier, never in the future. */
export const measureUpdateForm = z.object({
  publishedOn: isoDate('programme.form.date.required', 'programme.form.date.invalid').refine(
    (v) => v <= new Date(Date.now() + 14 * 3600_000).toISOString().slice(0, 10),
    'programme.form.date.future',
  ),
  body: requiredText(5000, 'programme.form.body.required', 'programme.form.body.tooLong'),
});

/** Query parameters of the measure list and GET /api/v1/measures. Unknown values are ignored, not errors. */
export const measureFilterQuery = z.object({
  lijn: z.string().max(100).optional(),
  wijk: z.string().max(100).optional(),
  status: z.enum(measureStatuses).optional().catch(undefined),
  alliantie: z.string().max(100).optional(),
  pagina: z.coerce.number().int().min(1).max(1000).optional().catch(undefined),
});

export const measuresPerPage = 25;

/** The staff measure list's filters (GET): a value that cannot be is dropped, not an error. */
export const staffMeasureQuery = z.object({
  zoek: z.string().trim().max(200).optional().catch(undefined),
  status: z.enum(measureStatuses).optional().catch(undefined),
  wijk: z.string().max(100).optional().catch(undefined),
  lijn: z.string().max(100).optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).max(1000).optional().catch(undefined),
});

export const staffMeasuresPerPage = 25;

export const lineEditForm = z.object({
  ambitionTitle: requiredText(200, 'programme.form.ambitionTitle.required', 'programme.form.title.tooLong'),
  ambition: requiredText(2000, 'programme.form.ambition.required', 'programme.form.ambition.tooLong'),
});

export const goalEditForm = z.object({
  title: requiredText(300, 'programme.form.title.required', 'programme.form.title.tooLong'),
  description: optionalText(2000, 'programme.form.ambition.tooLong'),
  targetValue: optionalWholeNumber('programme.form.target.invalid', 0, 1_000_000_000),
  targetUnit: optionalText(60, 'programme.form.targetUnit.tooLong'),
  targetYear: optionalWholeNumber('programme.form.targetYear.invalid', 2020, 2100),
});
