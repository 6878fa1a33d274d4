// SPDX-License-Identifier: EUPL-1.2
/** Field schemas shared by forms and the JSON API. Messages are catalogue keys (see forms.ts). */
import { z } from 'zod';
import type { MessageKey } from './i18n.ts';

/** Required text: trimmed, at least one character, at most `max`. A missing field counts as empty. */
export function requiredText(max: number, required: MessageKey, tooLong: MessageKey) {
  return z.preprocess((v) => v ?? '', z.string(required).trim().min(1, required).max(max, tooLong));
}

/** Optional text: empty becomes null. */
export function optionalText(max: number, tooLong: MessageKey) {
  return z.preprocess(
    (v) => v ?? '',
    z
      .string()
      .trim()
      .max(max, tooLong)
      .transform((v) => (v === '' ? null : v)),
  );
}

/** "12400", "12.400", "€ 12.400", "12400,00" -> 12400; empty -> null; anything else -> NaN (invalid). */
function dutchWholeNumber(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  const cleaned = String(v).replace(/[€\s]/g, '').replace(/,00$/, '');
  if (cleaned === '') return null;
  if (/^\d{1,3}(\.\d{3})+$/.test(cleaned)) return Number(cleaned.replace(/\./g, ''));
  return /^\d+$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** A whole number such as a target ("10.000 woningen"), typed the Dutch way or not. Empty becomes null. */
export function optionalWholeNumber(invalid: MessageKey, min: number, max: number) {
  return z.preprocess(
    dutchWholeNumber,
    z.number(invalid).int(invalid).min(min, invalid).max(max, invalid).nullable(),
  );
}

/** An amount in whole euros, typed the Dutch way or not. Empty becomes null ("onbekend"). */
export function optionalEuros(invalid: MessageKey) {
  return optionalWholeNumber(invalid, 0, 100_000_000_000);
}

/** A calendar date as YYYY-MM-DD (what <input type="date"> sends), that really exists. */
export function isoDate(required: MessageKey, invalid: MessageKey) {
  return z.preprocess(
    (v) => v ?? '',
    z
      .string()
      .trim()
      .min(1, required)
      .regex(/^\d{4}-\d{2}-\d{2}$/, invalid)
      .refine((v) => {
        const date = new Date(`${v}T00:00:00Z`);
        return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(v);
      }, invalid),
  );
}

export function email(required: MessageKey, invalid: MessageKey) {
  return z.preprocess(
    (v) => v ?? '',
    z.string().trim().toLowerCase().min(1, required).max(254, invalid).email(invalid),
  );
}
