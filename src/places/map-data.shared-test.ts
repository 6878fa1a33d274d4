// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { zuidwestMap } from './map-data.ts';
import { projectBoundaries } from './map-projection.ts';

const geoDir = new URL('../../../shared/data/geo/', import.meta.url);

test('the map is exactly what scripts/build-map.ts makes from shared/data/geo (regenerate it if this fails)', () => {
  const wijken = JSON.parse(readFileSync(new URL('zuidwest-wijken.geojson', geoDir), 'utf8'));
  const buurten = JSON.parse(readFileSync(new URL('zuidwest-buurten.geojson', geoDir), 'utf8'));
  expect(projectBoundaries(wijken, buurten)).toEqual(zuidwestMap);
});
