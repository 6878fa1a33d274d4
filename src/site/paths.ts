// SPDX-License-Identifier: EUPL-1.2
// The site's own addresses, in one place.

export const sitePaths = {
  home: '/',
  wijken: '/wijken',
  wijk: (slug: string) => `/wijken/${slug}`,
  news: '/nieuws',
  newsFeed: '/nieuws.atom',
  search: '/zoeken',
  about: '/over',
} as const;
