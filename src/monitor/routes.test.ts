// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../tests/support/app.ts';
import { parseCsv } from './csv-rows.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

async function page(path: string) {
  const res = await t.app.request(path);
  return { status: res.status, html: await res.text() };
}

describe('/monitor', () => {
  it('shows the mission, the method and each programme line with Zuidwest against the city', async () => {
    const { status, html } = await page('/monitor');
    expect(status).toBe(200);
    expect(html).toContain('dezelfde kansen als andere inwoners van Den Haag');
    expect(html).toContain('Daarvoor zijn minstens 3 jaren nodig.');
    expect(html).toContain('Het CBS telt Bouwlust en Vrederust als één wijk');
    // bijstand 2020 is the latest year; the row links to the indicator page
    expect(html).toContain('href="/monitor/bijstand"');
    expect(html).toContain('te weinig jaren om te zeggen');
    // a line without data says so instead of showing nothing
    expect(html).toMatch(
      /Veiligheid en leefbaarheid<\/h2>\s*<p class="utrecht-paragraph">Voor deze lijn zijn nog geen cijfers/,
    );
    expect(html).toContain('Bron: CBS, Kerncijfers wijken en buurten 2019, 2020, 2021, 2024 (CC BY 4.0)');
  });
});

describe('/monitor/:indicator', () => {
  it('says in B1 what the figures show, with the chart, its table, the buurt map and the definition', async () => {
    const { status, html } = await page('/monitor/laag-inkomen');
    expect(status).toBe(200);
    expect(html).toContain(
      'In Zuidwest is het deel van de huishoudens met een laag inkomen (procent) hoger dan in heel Den Haag: 21,1 tegen 12,4 in 2019.',
    );
    expect(html).toContain('<svg class="chart-with-table__svg"');
    expect(html).toMatch(/data-value="24.7"/); // Moerwijk in the chart's table
    expect(html).toContain('Kaart: Huishoudens met een laag inkomen per buurt in 2019');
    expect(html).toContain('area-map__area--shade-');
    expect(html).toContain('href="/api/v1/indicators.csv?indicator=laag-inkomen"');
    expect(html).toContain('HuishoudensMetEenLaagInkomen');
  });

  it('shows missing years as gaps in the table and never draws the line through them', async () => {
    const { html } = await page('/monitor/woningvoorraad');
    const table = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
    for (const year of ['2021', '2022', '2023']) {
      expect(table).toMatch(new RegExp(`${year}</th>\\s*<td[^>]*data-value=""`));
    }
    const zuidwestLine = html.match(/data-series="Zuidwest"><path d="([^"]+)"/)![1]!;
    // two pieces: 2019-2020, then 2024 alone (d3 starts a new piece with M)
    expect(zuidwestLine.match(/M/g)).toHaveLength(2);
  });

  it('answers 404 for an indicator that does not exist', async () => {
    expect((await page('/monitor/bestaat-niet')).status).toBe(404);
  });
});

describe('the monitor on a wijk page', () => {
  it('shows Moerwijk against Den Haag, and says Bouwlust shares its figures with Vrederust', async () => {
    const moerwijk = await page('/wijken/moerwijk');
    expect(moerwijk.html).toContain('Cijfers over deze wijk');
    expect(moerwijk.html).toContain('href="/monitor/laag-inkomen"');
    const bouwlust = await page('/wijken/bouwlust');
    expect(bouwlust.html).toContain('De cijfers hieronder gaan over beide wijken samen.');
  });
});

describe('/api/v1/indicators', () => {
  it('lists every indicator with its latest comparison and status', async () => {
    const res = await t.app.request('/api/v1/indicators');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { key: string; latest: { zuidwest: number } | null; status: string }[];
    const bijstand = body.find((i) => i.key === 'bijstand')!;
    expect(bijstand.status).toBe('unknown');
    expect(bijstand.latest).not.toBeNull();
  });

  it('gives one indicator with its values by area and year', async () => {
    const res = await t.app.request('/api/v1/indicators/woningvoorraad');
    const body = (await res.json()) as {
      years: number[];
      values: { area_code: string; values: (number | null)[] }[];
    };
    expect(body.years).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    expect(body.values.find((v) => v.area_code === 'zuidwest')!.values).toEqual([
      33007,
      33229,
      null,
      null,
      null,
      33701,
    ]);
    expect((await t.app.request('/api/v1/indicators/onbekend')).status).toBe(404);
  });

  it('gives the same values as CSV, with the source on every row, and refuses an unknown indicator', async () => {
    const res = await t.app.request('/api/v1/indicators.csv?indicator=bijstand');
    expect(res.headers.get('content-type')).toContain('text/csv');
    const records = parseCsv(await res.text())!;
    expect(records[0]!.cells).toEqual([
      'indicator',
      'area_code',
      'area_name',
      'year',
      'value',
      'unit',
      'source',
    ]);
    const zuidwest2019 = records.find((r) => r.cells[1] === 'zuidwest' && r.cells[3] === '2019')!;
    expect(Number(zuidwest2019.cells[4])).toBeCloseTo(96.864, 3);
    expect(zuidwest2019.cells[6]).toContain('CC BY 4.0');
    expect((await t.app.request('/api/v1/indicators.csv?indicator=onzin')).status).toBe(400);
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await (await t.app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/indicators', '/indicators/{key}', '/indicators.csv']),
    );
  });
});
