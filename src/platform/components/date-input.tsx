// SPDX-License-Identifier: EUPL-1.2
import { t } from '../i18n.ts';
import { type FieldProps, TextInput } from './field.tsx';

const zone = 'Europe/Amsterdam';

/**
 * A date field: the browser's own calendar (no script), the value sent as "2027-03-27". Browsers without
 * a calendar show a text box; the hint then says how to type it, and {@link parseDateInput} reads both.
 * @example <DateInput name="datum" label="Datum van de bijeenkomst" value="2027-03-27" />
 */
export function DateInput(props: FieldProps) {
  return <TextInput {...props} type="date" hint={props.hint ?? t('kit.date.hint')} />;
}

/**
 * A date and a time, always Dutch time (Europe/Amsterdam), sent as "2027-03-27T14:30". Give the value
 * with {@link toDateTimeInputValue}; read what comes back with {@link parseDateTimeInput}.
 * @example <DateTimeInput name="sluiting" label="Sluiting van de inschrijving" />
 */
export function DateTimeInput(props: FieldProps) {
  return <TextInput {...props} type="datetime-local" hint={props.hint ?? t('kit.dateTime.hint')} />;
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null; // 31-2, 0-1, ...
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * "2027-03-27" (from a calendar) or "27-3-2027", "27/3/2027", "27.3.2027" (typed) to "2027-03-27";
 * null when it is not a date that exists.
 */
export function parseDateInput(value: string): string | null {
  const text = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (dutch) return isoDate(Number(dutch[3]), Number(dutch[2]), Number(dutch[1]));
  return null;
}

/** Minutes Amsterdam is ahead of UTC at this moment (60 in winter, 120 in summer). */
function amsterdamOffsetMinutes(at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * "2027-03-27T14:30" (or typed "27-3-2027 14:30") read as Dutch time, to the moment it is; null when it
 * is not a date and time that exist.
 */
export function parseDateTimeInput(value: string): Date | null {
  const match = /^(.+?)[T ](\d{1,2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const date = parseDateInput(match[1]!);
  const [hour, minute] = [Number(match[2]), Number(match[3])];
  if (!date || hour > 23 || minute > 59) return null;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, hour, minute);
  // The offset at the wall time read as UTC is right except within hours of a clock change; check again.
  let instant = wall - amsterdamOffsetMinutes(new Date(wall)) * 60_000;
  instant = wall - amsterdamOffsetMinutes(new Date(instant)) * 60_000;
  return new Date(instant);
}

/** A moment as the value of a date-and-time field, in Dutch time: "2027-03-27T14:30". */
export function toDateTimeInputValue(at: Date): string {
  const local = new Date(at.getTime() + amsterdamOffsetMinutes(at) * 60_000);
  return local.toISOString().slice(0, 16);
}
