// SPDX-License-Identifier: EUPL-1.2
// Consultations (part 5): the calendar of participation per wijk, and (next) the feedback loop.
import type { Part } from '../platform/part.ts';
import { consultationsAdminRoutes } from './admin-routes.tsx';
import { consultationsApi } from './api.ts';
import { consultationsOpenApi } from './openapi.ts';
import { consultationsPaths } from './paths.ts';
import { consultationsRoutes } from './routes.tsx';
import { wijkSection } from './wijk-section.tsx';

export { consultationsMessages } from './messages.ts';
export * as consultationsSchema from './schema.ts';
export type { ConsultationLevel } from './types.ts';

export const consultations: Part = {
  name: 'consultations',
  routes: { path: consultationsPaths.list, create: consultationsRoutes },
  adminRoutes: { path: consultationsPaths.admin.overview, create: consultationsAdminRoutes },
  api: { path: '/', create: consultationsApi, openApi: consultationsOpenApi },
  navigation: [{ href: consultationsPaths.list, label: 'site.nav.consultations', order: 65 }],
  staffLinks: [
    {
      href: consultationsPaths.admin.overview,
      label: 'admin.dashboard.consultations',
      anyOf: ['edit-programme'],
    },
  ],
  wijkSection,
};
