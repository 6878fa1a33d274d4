// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';
import { isoDate, optionalEuros, optionalText, requiredText } from '../platform/fields.ts';
import { measureStatuses } from './rules.ts';

export const measureEditForm = z.object({
  title: requiredText(200, 'programme.form.title.required', 'programme.form.title.tooLong'),
  summary: requiredText(1000, 'programme.form.summary.required', 'programme.form.summary.tooLong'),
  description: optionalText(20_000, 'programme.form.description.tooLong'),
  budgetEuros: optionalEuros('programme.form.budget.invalid'),
  fundingSource: optionalText(300, 'programme.form.fundingSource.tooLong'),
});

export const measureStatusForm = z.object({
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
