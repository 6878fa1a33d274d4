// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';
import { parseDateInput } from '../platform/components/date-input.tsx';
import { requiredText } from '../platform/fields.ts';
import type { MessageKey } from '../platform/i18n.ts';
import { consultationLevels } from './types.ts';

/** A date from the calendar ("2027-03-27") or typed the Dutch way ("27-3-2027"), as YYYY-MM-DD. */
function dutchDate(required: MessageKey, invalid: MessageKey) {
  return z.preprocess(
    (v) => (typeof v === 'string' ? v.trim() : ''),
    z
      .string()
      .min(1, required)
      .transform((v, ctx) => {
        const date = parseDateInput(v);
        if (date === null) {
          ctx.addIssue({ code: 'custom', message: invalid });
          return z.NEVER;
        }
        return date;
      }),
  );
}

/** Checkboxes send nothing, one value or several; this always gives a list. */
const codeList = z.preprocess(
  (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.string().trim().max(20, 'form.invalid')).max(50, 'form.invalid'),
);

export const consultationForm = z
  .object({
    title: requiredText(200, 'consultations.form.title.required', 'consultations.form.title.tooLong'),
    organiser: requiredText(
      200,
      'consultations.form.organiser.required',
      'consultations.form.organiser.tooLong',
    ),
    summary: requiredText(2000, 'consultations.form.summary.required', 'consultations.form.summary.tooLong'),
    wijk: requiredText(100, 'consultations.form.wijk.required', 'consultations.form.wijk.required'),
    buurten: codeList,
    startsOn: dutchDate('consultations.form.startsOn.required', 'consultations.form.date.invalid'),
    endsOn: dutchDate('consultations.form.endsOn.required', 'consultations.form.date.invalid'),
    level: z.enum(consultationLevels, 'consultations.form.level.required'),
    openForDiscussion: requiredText(
      3000,
      'consultations.form.open.required',
      'consultations.form.open.tooLong',
    ),
    notOpenForDiscussion: requiredText(
      3000,
      'consultations.form.notOpen.required',
      'consultations.form.notOpen.tooLong',
    ),
    answerPromisedOn: dutchDate('consultations.form.answerOn.required', 'consultations.form.date.invalid'),
    method: requiredText(200, 'consultations.form.method.required', 'consultations.form.method.tooLong'),
  })
  .superRefine((form, ctx) => {
    if (form.endsOn < form.startsOn)
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'consultations.form.endsOn.beforeStart' });
    if (form.answerPromisedOn < form.endsOn)
      ctx.addIssue({
        code: 'custom',
        path: ['answerPromisedOn'],
        message: 'consultations.form.answerOn.beforeEnd',
      });
  });

export type ConsultationInput = z.infer<typeof consultationForm>;

/** Query parameters of the public list and GET /api/v1/consultations. Unknown values are ignored, not errors. */
export const consultationFilterQuery = z.object({
  wijk: z.string().max(100).optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).max(1000).optional().catch(undefined),
});

export const consultationsPerPage = 20;
