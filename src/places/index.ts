// SPDX-License-Identifier: EUPL-1.2
// Places: the wijken and buurten of the area, their CBS codes and the map. Every part may use these.
import type { Part } from '../platform/part.ts';
import { searchWijken } from './service.ts';

export { zuidwestMap } from './map-data.ts';
export { placesMessages } from './messages.ts';
export * as placesSchema from './schema.ts';
export { getWijk, listWijken, type WijkWithBuurten, wijkIdsOfBuurt } from './service.ts';
export { WijkMap } from './views/wijk-map.tsx';

/** Places has no pages of its own (the site shows the wijken); it answers searches for a wijk. */
export const places: Part = {
  name: 'places',
  search: searchWijken,
};
