// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, test } from 'vitest';
import { t } from '../i18n.ts';
import {
  DateInput,
  DateTimeInput,
  parseDateInput,
  parseDateTimeInput,
  toDateTimeInputValue,
} from './date-input.tsx';

describe('DateInput and DateTimeInput', () => {
  test('use the browser’s own date controls, keep the value, and say how to type a date', async () => {
    const date = await (<DateInput name="datum" label="Datum" value="2027-03-27" />).toString();
    expect(date).toContain('type="date"');
    expect(date).toContain('value="2027-03-27"');
    expect(date).toContain(t('kit.date.hint'));
    expect(date).toContain('aria-describedby="field-datum-hint"');
    const dateTime = await (<DateTimeInput name="sluiting" label="Sluiting" error="Fout" />).toString();
    expect(dateTime).toContain('type="datetime-local"');
    expect(dateTime).toContain('aria-describedby="field-sluiting-hint field-sluiting-error"');
    expect(dateTime).toContain('aria-invalid="true"');
  });
});

describe('parseDateInput', () => {
  test.each([
    ['2027-03-27', '2027-03-27'],
    ['27-3-2027', '2027-03-27'],
    [' 27/03/2027 ', '2027-03-27'],
    ['29-2-2028', '2028-02-29'],
    ['29-2-2027', null],
    ['31-4-2027', null],
    ['2027-13-01', null],
    ['morgen', null],
    ['', null],
  ])('%j is %j', (input, expected) => {
    expect(parseDateInput(input)).toBe(expected);
  });
});

describe('parseDateTimeInput: Dutch time, winter and summer', () => {
  test.each([
    ['2027-01-15T14:30', '2027-01-15T13:30:00.000Z'],
    ['2027-07-15T14:30', '2027-07-15T12:30:00.000Z'],
    ['27-3-2027 9:05', '2027-03-27T08:05:00.000Z'],
    ['2027-03-28T03:30', '2027-03-28T01:30:00.000Z'], // the morning the clocks go forward
    ['2027-10-31T12:00', '2027-10-31T11:00:00.000Z'], // the day they go back
  ])('%s is %s', (input, expected) => {
    expect(parseDateTimeInput(input)?.toISOString()).toBe(expected);
  });

  test('times and dates that do not exist are refused', () => {
    for (const input of ['2027-01-15T24:00', '2027-01-15T10:60', '31-2-2027 10:00', '2027-01-15']) {
      expect(parseDateTimeInput(input), input).toBeNull();
    }
  });

  test('a moment goes into the field as Dutch time and comes back the same', () => {
    for (const iso of ['2027-01-15T13:30:00.000Z', '2027-07-15T12:30:00.000Z']) {
      const value = toDateTimeInputValue(new Date(iso));
      expect(parseDateTimeInput(value)?.toISOString()).toBe(iso);
    }
    expect(toDateTimeInputValue(new Date('2027-07-15T12:30:00Z'))).toBe('2027-07-15T14:30');
  });
});
