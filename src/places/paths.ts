// SPDX-License-Identifier: EUPL-1.2
// The addresses of the wijken: their pages are the site's (src/site), but the map and the search hits for a
// wijk link to them from here, and places may not import the site.

export const placesPaths = {
  wijken: '/wijken',
  wijk: (slug: string) => `/wijken/${slug}`,
} as const;
