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

/** "23 november 2026" */
export function formatDate(date: Date | string): string {
  return dateFormat.format(typeof date === 'string' ? new Date(date) : date);
}
