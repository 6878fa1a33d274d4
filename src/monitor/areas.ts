// SPDX-License-Identifier: EUPL-1.2
import { zuidwestMap } from '../places/index.ts';
import { type Area, cityCode } from './compute.ts';

/** The CBS wijken of Zuidwest (three: CBS counts Bouwlust and Vrederust as one) and their buurten. */
export function monitorPlaces(): { wijken: Area[]; buurten: Area[] } {
  return {
    wijken: zuidwestMap.wijken.map((w) => ({ code: w.code, name: w.label, level: 'wijk' })),
    buurten: zuidwestMap.buurten.map((b) => ({ code: b.code, name: b.label, level: 'buurt' })),
  };
}

/** The area codes a figures file may use: the city, the CBS wijken and the buurten of Zuidwest. */
export function knownAreaCodes(): ReadonlySet<string> {
  const { wijken, buurten } = monitorPlaces();
  return new Set([cityCode, ...wijken.map((w) => w.code), ...buurten.map((b) => b.code)]);
}
