// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';
import { parseDateInput } from '../platform/components/date-input.tsx';
import { optionalText, requiredText } from '../platform/fields.ts';
import type { MessageKey } from '../platform/i18n.ts';
import { consultationLevels, contributionStatuses } from './types.ts';

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

/** A resident's reaction, online and without an account. The e-mail address is only for the answer. */
export const contributionForm = z.object({
  body: requiredText(5000, 'consultations.contribute.body.required', 'consultations.contribute.body.tooLong'),
  email: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().toLowerCase() : ''),
    z
      .string()
      .max(254, 'consultations.contribute.email.invalid')
      .refine((v) => v === '' || z.email().safeParse(v).success, 'consultations.contribute.email.invalid')
      .transform((v) => (v === '' ? null : v)),
  ),
});

/** Staff enter a reaction collected on paper or at a meeting, for one person or a group. */
export const enteredContributionForm = z.object({
  body: requiredText(5000, 'consultations.contribute.body.required', 'consultations.contribute.body.tooLong'),
  channel: z.enum(['paper', 'meeting'], 'consultations.enter.channel.required'),
  peopleCount: z.preprocess(
    (v) => (v === undefined || v === '' ? 1 : Number(v)),
    z
      .number('consultations.enter.people.invalid')
      .int('consultations.enter.people.invalid')
      .min(1, 'consultations.enter.people.invalid')
      .max(10_000, 'consultations.enter.people.invalid'),
  ),
});

/** A contribution's next status, with the public answer, the moderation reason or the one it joins. */
export const contributionStatusForm = z
  .object({
    from: z.enum(contributionStatuses, 'consultations.status.invalid'),
    status: z.enum(contributionStatuses, 'consultations.status.invalid'),
    answer: optionalText(5000, 'consultations.answer.tooLong'),
    reason: optionalText(2000, 'consultations.reason.tooLong'),
    mergeInto: z.preprocess(
      (v) => (v === undefined || v === '' ? null : Number(v)),
      z
        .number('consultations.merge.invalid')
        .int('consultations.merge.invalid')
        .positive('consultations.merge.invalid')
        .nullable(),
    ),
  })
  .superRefine((form, ctx) => {
    if (form.status === 'answered' && !form.answer)
      ctx.addIssue({ code: 'custom', path: ['answer'], message: 'consultations.answer.required' });
    if (form.status === 'merged' && form.mergeInto === null)
      ctx.addIssue({ code: 'custom', path: ['mergeInto'], message: 'consultations.merge.required' });
  });

export const pageQuery = z.object({
  pagina: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export const contributionsPerPage = 25;

/** The closing summary: what we heard, what we do, what not and why. */
export const summaryForm = z.object({
  heard: requiredText(10_000, 'consultations.summary.heard.required', 'consultations.summary.tooLong'),
  willDo: requiredText(10_000, 'consultations.summary.willDo.required', 'consultations.summary.tooLong'),
  wontDo: requiredText(10_000, 'consultations.summary.wontDo.required', 'consultations.summary.tooLong'),
});
