// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, test } from 'vitest';
import { zuidwestMap } from './map-data.ts';

describe('the map of Zuidwest', () => {
  test('has the three CBS wijken and their eleven buurten, each buurt inside a known wijk', () => {
    expect(zuidwestMap.wijken.map((w) => w.code).sort()).toEqual(['WK051833', 'WK051834', 'WK051836']);
    expect(zuidwestMap.buurten).toHaveLength(11);
    const wijkCodes = new Set(zuidwestMap.wijken.map((w) => w.code));
    for (const buurt of zuidwestMap.buurten) expect(wijkCodes.has(buurt.wijkCode), buurt.code).toBe(true);
  });

  test('every path stays inside the drawing, so nothing is cut off on a phone', () => {
    for (const area of [...zuidwestMap.wijken, ...zuidwestMap.buurten]) {
      for (const [x, y] of [...area.path.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [
        Number(m[1]),
        Number(m[2]),
      ])) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(zuidwestMap.width);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(zuidwestMap.height);
      }
    }
  });
});
