// SPDX-License-Identifier: EUPL-1.2
/** The report form's three steps and the reporter's answer, as zod schemas with catalogue keys as messages. */
import { z } from 'zod';
import { optionalText, requiredText } from '../platform/fields.ts';
import { categories, reportStatuses } from './rules.ts';

export const whatStep = z.object({
  category: z.preprocess((v) => v ?? '', z.enum(categories, 'reports.what.required')),
});

export const whereStep = z.object({
  buurtCode: requiredText(20, 'reports.where.buurtRequired', 'reports.where.buurtUnknown'),
  location: requiredText(300, 'reports.where.locationRequired', 'reports.where.locationTooLong'),
});

/** "06-12345678", "+31 6 1234 5678", "(070) 123 45 67": 10 to 15 digits, written as people write them. */
const phone = z.preprocess(
  (v) => v ?? '',
  z
    .string()
    .trim()
    .max(30, 'reports.contact.phoneInvalid')
    .refine((v) => v === '' || /^\+?[\d\s\-()]+$/.test(v), 'reports.contact.phoneInvalid')
    .refine((v) => {
      const digits = v.replace(/\D/g, '').length;
      return v === '' || (digits >= 10 && digits <= 15);
    }, 'reports.contact.phoneInvalid')
    .transform((v) => (v === '' ? null : v)),
);

const optionalEmail = z.preprocess(
  (v) => v ?? '',
  z
    .string()
    .trim()
    .toLowerCase()
    .max(254, 'reports.contact.emailInvalid')
    .refine((v) => v === '' || z.email().safeParse(v).success, 'reports.contact.emailInvalid')
    .transform((v) => (v === '' ? null : v)),
);

export const describeStep = z.object({
  description: requiredText(
    3000,
    'reports.describe.descriptionRequired',
    'reports.describe.descriptionTooLong',
  ),
  email: optionalEmail,
  phone,
  submission: z.uuid('reports.form.invalid'),
});

/** The whole report, as the last step sends it (the earlier steps travel along in hidden fields). */
export const reportForm = whatStep.extend(whereStep.shape).extend(describeStep.shape);
export type ReportInput = z.infer<typeof reportForm>;

/** The reporter's answer after closing: solved, or not (then a reason, and the report opens again). */
export const feedbackForm = z
  .object({
    solved: z.preprocess((v) => v ?? '', z.enum(['yes', 'no'], 'reports.feedback.required')),
    reason: optionalText(2000, 'reports.feedback.reasonTooLong'),
  })
  .superRefine((data, ctx) => {
    if (data.solved === 'no' && !data.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'reports.feedback.reasonRequired' });
  });

/** Staff move a report on; `from` is the status they saw (a hidden field). */
export const statusChangeForm = z.object({
  from: z.enum(reportStatuses, 'reports.admin.status.notAllowed'),
  to: z.preprocess((v) => v ?? '', z.enum(reportStatuses, 'reports.admin.status.required')),
  answer: optionalText(3000, 'reports.admin.status.answerTooLong'),
  forwardedTo: optionalText(200, 'reports.admin.status.partnerUnknown'),
});

export const noteForm = z.object({
  body: requiredText(3000, 'reports.admin.note.required', 'reports.admin.note.tooLong'),
});

export const mergeForm = z.object({
  into: requiredText(20, 'reports.admin.merge.required', 'reports.admin.merge.invalid'),
});

/** The staff queue's filters, from the address. */
export const queueQuery = z.object({
  wijk: z.string().max(60).optional().catch(undefined),
  onderwerp: z.enum(categories).optional().catch(undefined),
  status: z
    .enum([...reportStatuses, 'open', 'all'])
    .optional()
    .catch(undefined),
  pagina: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
