// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { AreaMap, type MapArea } from './area-map.tsx';

const areas: MapArea[] = [
  { code: 'BU1', name: 'Venen, Oorden en Raden', path: 'M0,0L10,0L10,10Z', labelX: 5, labelY: 4 },
  {
    code: 'BU2',
    name: 'De Uithof',
    path: 'M10,0L20,0L20,10Z',
    labelX: 15,
    labelY: 4,
    href: '/buurten/de-uithof',
  },
];

describe('AreaMap', () => {
  test('draws every area with its number, and lists the names in the same order', async () => {
    const html = await (
      <AreaMap width={20} height={10} areas={areas} caption="Buurten" current="BU2" />
    ).toString();
    expect(html).toContain('viewBox="0 0 20 10"');
    expect(html.match(/class="area-map__area[^"]*"/g)).toHaveLength(2);
    expect(html).toContain('area-map__area area-map__area--current');
    expect(html).toMatch(/<text x="5" y="4"[^>]*>1<\/text>.*<text x="15" y="4"[^>]*>2<\/text>/);
    expect(html).toMatch(
      /<ol class="area-map__list"><li>Venen, Oorden en Raden<\/li><li aria-current="location"><a class="utrecht-link" href="\/buurten\/de-uithof">De Uithof<\/a><\/li><\/ol>/,
    );
    expect(html).toContain('role="img" aria-label="Buurten"');
  });

  test('takes its geometry as props: it imports nothing from a part', () => {
    const source = readFileSync(new URL('./area-map.tsx', import.meta.url), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports).toEqual(['../i18n.ts']);
  });
});
