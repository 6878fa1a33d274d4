// SPDX-License-Identifier: EUPL-1.2
import { type MessageKey, nl } from '../i18n/nl.ts';

export type { MessageKey };
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export const locale = 'nl-NL';

/** Looks a message up in the catalogue and fills its {placeholders}. */
export const t: Translate = (key, params) => {
  const text: string = nl[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
};

/** The catalogue keys that come in a `.one` and an `.other` form ("search.count" for "search.count.one"). */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.one`
    ? `${Base}.other` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];

const pluralRules = new Intl.PluralRules(locale);

/**
 * A message about a number of things, in the right form: `<key>.one` or `<key>.other`, chosen by the
 * language's plural rules (Intl.PluralRules). {count} is filled in, formatted as a number.
 * @example tPlural('search.count', 1, { query: 'school' }) // "1 resultaat voor “school”"
 */
export function tPlural(key: PluralKey, count: number, params?: Params): string {
  const form = pluralRules.select(count) === 'one' ? 'one' : 'other';
  return t(`${key}.${form}`, { ...params, count: formatNumber(count) });
}

/** True when a string is a catalogue key (zod messages are keys; see forms.ts). */
export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(nl, value);
}

const euroFormat = new Intl.NumberFormat(locale, {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});
const numberFormat = new Intl.NumberFormat(locale);
const dateFormat = new Intl.DateTimeFormat(locale, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});

/** "€ 12.400" */
export function formatEuros(amount: number): string {
  return euroFormat.format(amount);
}

/** "25.000" */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** "€ 12.400" from an amount in cents (whole euros, as the budget pages show them). */
export function formatEuroCents(cents: bigint): string {
  return formatEuros(Number(cents) / 100);
}

const dateTimeFormat = new Intl.DateTimeFormat(locale, {
  dateStyle: 'medium',
  timeStyle: 'medium',
  timeZone: 'Europe/Amsterdam',
});
const dateTimeShortFormat = new Intl.DateTimeFormat(locale, {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});
const timeFormat = new Intl.DateTimeFormat(locale, {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Amsterdam',
});

/** "23 nov 2026, 14:05:09", or without seconds ("23 nov 2026, 14:05") for `{ seconds: false }`. */
export function formatDateTime(date: Date | string, { seconds = true } = {}): string {
  const value = typeof date === 'string' ? new Date(date) : date;
  return (seconds ? dateTimeFormat : dateTimeShortFormat).format(value);
}

/** "09:00" in Dutch time. */
export function formatTime(date: Date | string): string {
  return timeFormat.format(typeof date === 'string' ? new Date(date) : date);
}

/** "23 november 2026" */
export function formatDate(date: Date | string): string {
  return dateFormat.format(typeof date === 'string' ? new Date(date) : date);
}
