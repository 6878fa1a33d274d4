// SPDX-License-Identifier: EUPL-1.2
// The site's own addresses, in one place.
import { placesPaths } from '../places/paths.ts';

export const sitePaths = {
  home: '/',
  wijken: placesPaths.wijken,
  wijk: placesPaths.wijk,
  news: '/nieuws',
  newsFeed: '/nieuws.atom',
  search: '/zoeken',
  about: '/over',
} as const;
