// SPDX-License-Identifier: EUPL-1.2
import type { NavigationEntry } from '../platform/part.ts';

/** The site's own menu entries; the parts add theirs (src/<part>/index.ts) between them by `order`. */
export const siteNavigation: NavigationEntry[] = [
  { href: '/', label: 'site.nav.home', order: 10 },
  { href: '/wijken', label: 'site.nav.wijken', order: 30 },
  { href: '/nieuws', label: 'site.nav.updates', order: 50 },
  { href: '/zoeken', label: 'site.nav.search', order: 70 },
];
