// SPDX-License-Identifier: EUPL-1.2
import { expect, test } from 'vitest';
import { parseId } from './ids.ts';

test('a row id is a positive whole number within the database integer range', () => {
  expect(parseId('1')).toBe(1);
  expect(parseId('2147483647')).toBe(2_147_483_647);
  for (const bad of [
    '0',
    '-1',
    '2147483648',
    '9999999999',
    '99999999999999999999',
    '1.5',
    '1e3',
    ' 7',
    '07',
    'abc',
    '',
    undefined,
  ]) {
    expect(parseId(bad), String(bad)).toBeNull();
  }
});
