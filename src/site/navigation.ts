// SPDX-License-Identifier: EUPL-1.2

import type { NavigationEntry } from '../platform/part.ts';
import { sitePaths } from './paths.ts';

/** The site's own menu entries; the parts add theirs (src/<part>/index.ts) between them by `order`. */
export const siteNavigation: NavigationEntry[] = [
  { href: sitePaths.home, label: 'site.nav.home', order: 10 },
  { href: sitePaths.wijken, label: 'site.nav.wijken', order: 30 },
  { href: sitePaths.news, label: 'site.nav.updates', order: 50 },
  { href: sitePaths.search, label: 'site.nav.search', order: 70 },
];
