// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

/** The largest value of a PostgreSQL `integer` (serial) column. */
const MAX_ID = 2_147_483_647;

const idSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/)
  .transform(Number)
  .refine((id) => id <= MAX_ID);

/**
 * A row id from a URL, or null when the text cannot be one (not digits, zero, or past the integer
 * range): callers answer 404 instead of letting the database fail on it.
 */
export function parseId(text: string | undefined): number | null {
  const parsed = idSchema.safeParse(text ?? '');
  return parsed.success ? parsed.data : null;
}
