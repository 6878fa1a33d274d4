// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';
import { email, requiredText } from '../fields.ts';
import { roles } from './roles.ts';

export const signInForm = z.object({
  email: email('auth.form.email.required', 'auth.form.email.invalid'),
  password: z.preprocess(
    (v) => v ?? '',
    z.string().min(1, 'auth.form.password.required').max(1000, 'auth.form.password.required'),
  ),
});

/** At least 12 characters (NIST SP 800-63B asks 8 at least; longer is the easiest strong password). */
export const password = z.preprocess(
  (v) => v ?? '',
  z.string().min(12, 'auth.form.password.tooShort').max(200, 'auth.form.password.tooLong'),
);

/** An administrator adds staff without a password: the new person chooses it through an invitation. */
export const newUserForm = z
  .object({
    email: email('auth.form.email.required', 'auth.form.email.invalid'),
    name: requiredText(200, 'auth.form.name.required', 'auth.form.name.tooLong'),
    role: z.enum(roles, 'auth.form.role.invalid'),
    allianceId: z.preprocess(
      (v) => (v === '' || v === undefined ? null : Number(v)),
      z.number().int().positive().nullable(),
    ),
  })
  .refine((u) => u.role !== 'alliance-editor' || u.allianceId !== null, {
    path: ['allianceId'],
    message: 'auth.form.alliance.required',
  });

/** The password an invited person chooses, typed twice (they have never seen it written down). */
export const choosePasswordForm = z
  .object({
    password,
    repeat: z.preprocess((v) => v ?? '', z.string().max(200, 'auth.form.password.tooLong')),
  })
  .refine((form) => form.password === form.repeat, {
    path: ['repeat'],
    message: 'auth.form.password.mismatch',
  });
