// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, test } from 'vitest';
import { ChartWithTable, chartPoints } from './chart-with-table.tsx';

const data = {
  categories: ['2024', '2025', '2026'],
  series: [
    { label: 'Moerwijk', values: [120, 1_310, 2_045] },
    { label: 'Morgenstond', values: [80, null, 655] },
  ],
};

async function render() {
  return (
    <ChartWithTable caption="Deelnemers" summary="Deelnemers per jaar." categoryHeader="Jaar" {...data} />
  ).toString();
}

describe('ChartWithTable', () => {
  test('the table beside the chart holds exactly the chart’s data', async () => {
    const html = await render();
    const table = html.slice(html.indexOf('<table'));
    const rows = [...table.matchAll(/<tr class="utrecht-table__row">(.*?)<\/tr>/g)]
      .slice(1)
      .map((m) => m[1]!);
    expect(rows).toHaveLength(data.categories.length);
    rows.forEach((row, j) => {
      expect(row).toContain(`scope="row">${data.categories[j]}</th>`);
      const cells = [...row.matchAll(/data-value="([^"]*)"/g)].map((m) =>
        m[1] === '' ? null : Number(m[1]),
      );
      expect(cells).toEqual(data.series.map((s) => s.values[j]));
    });
    // And the picture: one marker per known value, carrying that value, in the series' order.
    const svg = html.slice(0, html.indexOf('<table'));
    for (const series of data.series) {
      const group = svg.slice(svg.indexOf(`data-series="${series.label}"`));
      const markers = [...group.slice(0, group.indexOf('</g>')).matchAll(/data-value="([^"]+)"/g)].map((m) =>
        Number(m[1]),
      );
      expect(markers).toEqual(series.values.filter((v) => v !== null));
    }
  });

  test('markers sit where the scales put the values, and a gap leaves the line broken', async () => {
    const html = await render();
    const { x, y } = chartPoints(data);
    expect(html).toContain(`cx="${x('2026')}" cy="${y(2_045)}"`);
    const morgenstond = html.slice(html.indexOf('data-series="Morgenstond"'));
    const path = /<path d="([^"]+)"/.exec(morgenstond)![1]!;
    expect(path.match(/M/g)).toHaveLength(2); // two pieces: 2024 and 2026, nothing drawn for 2025
  });

  test('a server-drawn SVG with a text alternative; unknown values read as unknown; numbers whole', async () => {
    const html = await render();
    expect(html).toContain('role="img" aria-label="Deelnemers per jaar."');
    expect(html).not.toContain('<script');
    expect(html).toContain('>Onbekend</td>');
    expect(html).toContain('>1.310</td>');
    expect(html).toContain(
      '<caption class="utrecht-table__caption">De getallen van de grafiek: Deelnemers</caption>',
    );
  });
});
