// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, test } from 'vitest';
import { toCsv } from './csv.ts';

describe('CSV export', () => {
  test('quotes separators, quotes and line breaks, and leaves empty cells empty', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x, y', 'zeg "hoi"'],
          [null, 3],
        ],
      ),
    ).toBe('a,b\r\n"x, y","zeg ""hoi"""\r\n,3\r\n');
  });

  test('a title that a spreadsheet would run as a formula is made harmless', () => {
    expect(toCsv(['title'], [['=HYPERLINK("http://evil")'], ['-2+3'], ['@SUM(A1)']])).toBe(
      'title\r\n"\'=HYPERLINK(""http://evil"")"\r\n\'-2+3\r\n\'@SUM(A1)\r\n',
    );
  });

  test('numbers, even negative ones, stay numbers', () => {
    expect(toCsv(['saldo'], [[-8118]])).toBe('saldo\r\n-8118\r\n');
  });
});
