// SPDX-License-Identifier: EUPL-1.2
// The programme register (part 1): everything the rest of the site needs to know about it, in one place.

import type { Part } from '../platform/part.ts';
import { programmeAdminRoutes } from './admin-routes.tsx';
import { programmeApi } from './api.ts';
import { dashboardSection, homeIntro, homeSections, news, wijkSection } from './contributions.tsx';
import { programmeOpenApi } from './openapi.ts';
import { programmePaths } from './paths.ts';
import { programmePermissions } from './permissions.ts';
import { programmeRoutes } from './routes.tsx';
import { listAllianceOptions, search } from './service.ts';

export { programmeMessages } from './messages.ts';
export * as programmeSchema from './schema.ts';
export type { MeasureKind, MeasureStatus } from './types.ts';

export const programme: Part = {
  name: 'programme',
  routes: { path: '/', create: programmeRoutes },
  adminRoutes: { path: '/beheer', create: programmeAdminRoutes },
  api: { path: '/', create: programmeApi, openApi: programmeOpenApi },
  navigation: [
    { href: programmePaths.programme, label: 'site.nav.programme', order: 20 },
    { href: programmePaths.measures, label: 'site.nav.measures', order: 40 },
  ],
  search,
  news,
  homeIntro,
  homeSections,
  wijkSection,
  staffGroups: listAllianceOptions,
  permissions: programmePermissions,
  staffLinks: [
    {
      href: programmePaths.admin.measures,
      label: 'admin.measures.title',
      anyOf: ['edit-any-measure', 'edit-own-alliance-measure'],
    },
  ],
  dashboardSection,
};
