// SPDX-License-Identifier: EUPL-1.2
import type { Context } from 'hono';
import type { z } from 'zod';
import { isMessageKey, t } from './i18n.ts';

/** Field name -> the Dutch message shown next to it. */
export type FieldErrors = Record<string, string>;
/** What the user typed (a list for repeated fields such as checkboxes), so a form can be shown again without losing anything. */
export type FormValues = Record<string, string | string[]>;

/** One typed value as text ('' when absent). */
export function textValue(values: FormValues | undefined, name: string): string {
  const value = values?.[name];
  return typeof value === 'string' ? value : '';
}

/** A repeated field's values (checkboxes) as a list. */
export function listValue(values: FormValues | undefined, name: string): string[] {
  const value = values?.[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

export type FormResult<T> =
  | { ok: true; data: T; values: FormValues }
  | { ok: false; errors: FieldErrors; values: FormValues };

/** Runs a zod schema whose messages are catalogue keys, and turns its issues into Dutch field messages. */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  values: FormValues = {},
): FormResult<z.infer<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data, values };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join('.') || '_form';
    if (errors[field]) continue;
    errors[field] = isMessageKey(issue.message) ? t(issue.message) : t('form.invalid');
  }
  return { ok: false, errors, values };
}

/** What the user typed in an HTML form post (urlencoded or multipart), without the CSRF field and files. */
export async function readFormValues(c: Context): Promise<FormValues> {
  const body = await c.req.parseBody({ all: true });
  const values: FormValues = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === '_csrf') continue;
    if (typeof value === 'string') values[key] = value;
    else if (Array.isArray(value)) values[key] = value.filter((v): v is string => typeof v === 'string');
  }
  return values;
}

/** Reads an HTML form post (urlencoded or multipart) and validates it. The CSRF field is not part of the data. */
export async function parseForm<S extends z.ZodType>(c: Context, schema: S): Promise<FormResult<z.infer<S>>> {
  const body = await c.req.parseBody({ all: true });
  return validate(schema, body, await readFormValues(c));
}
