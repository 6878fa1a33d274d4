// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, test } from 'vitest';
import { formatEuros, t } from '../i18n.ts';
import { Table, wholeNumber } from './table.tsx';

const rows = [
  { name: 'De Uithof', residents: 1_234_567, budget: 12_400, change: -3 },
  { name: 'Morgenstond-Zuid', residents: 980, budget: 125_000, change: 12 },
];

function render() {
  return (
    <Table
      caption="Buurten"
      rows={rows}
      columns={[
        { header: 'Buurt', cell: (r) => r.name, rowHeader: true },
        { header: 'Inwoners', cell: (r) => r.residents, numeric: true },
        { header: 'Budget', cell: (r) => formatEuros(r.budget), numeric: true },
        { header: 'Verschil', cell: (r) => String(r.change), numeric: true },
      ]}
    />
  ).toString();
}

/** The text of every numeric cell's value. */
function numericValues(html: string): string[] {
  return [...html.matchAll(/<span class="data-table__value data-table__number">([^<]*)<\/span>/g)].map(
    (m) => m[1]!,
  );
}

describe('Table', () => {
  test('has a caption, column headings, and the first column as row headings', async () => {
    const html = await render();
    expect(html).toContain('<caption class="utrecht-table__caption">Buurten</caption>');
    expect(html.match(/scope="col"/g)).toHaveLength(4);
    expect(html.match(/scope="row"/g)).toHaveLength(2);
    expect(html).toMatch(/<th class="[^"]*" scope="row">.*De Uithof/);
  });

  test('numbers are formatted and never break: no ordinary space or hyphen inside a figure', async () => {
    const values = numericValues(await render());
    expect(values).toEqual([
      '1.234.567',
      formatEuros(12_400).replace(/ /g, '\u00a0'),
      '\u20113',
      '980',
      formatEuros(125_000).replace(/ /g, '\u00a0'),
      '12',
    ]);
    for (const value of values) expect(value).not.toMatch(/[ \-\u2010]/);
    expect(wholeNumber('€ 1.000')).toBe('€\u00a01.000');
  });

  test('on a phone each value has its column heading before it, hidden from screen readers (they have the table)', async () => {
    const html = await render();
    expect(html.match(/<span class="data-table__label" aria-hidden="true">Inwoners<\/span>/g)).toHaveLength(
      2,
    );
  });

  test('with no rows it says so instead of showing an empty table', async () => {
    const html = await (
      <Table caption="Leeg" rows={[]} columns={[{ header: 'A', cell: () => 'x' }]} />
    ).toString();
    expect(html).not.toContain('<table');
    expect(html).toContain(t('kit.table.empty'));
  });
});
