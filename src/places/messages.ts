// SPDX-License-Identifier: EUPL-1.2
/** Places: the map of the wijken and buurten. Plain Dutch (B1); placeholders are {name}. */
export const placesMessages = {
  'wijk.map.caption':
    'Kaart van de wijken van Zuidwest. Kies de naam van een wijk. Bron: CBS, Kadaster (Wijk- en Buurtkaart 2025, via PDOK).',
  'search.type.wijk': 'wijk',
} as const;
