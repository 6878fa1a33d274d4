// SPDX-License-Identifier: EUPL-1.2
// Reports (part 7, meldingen): residents report a problem simply and see what was done with it.
import type { Part, PartDeps } from '../platform/part.ts';
import { reportsAdminRoutes } from './admin-routes.tsx';
import { reportsApi } from './api.ts';
import { reportsOpenApi } from './openapi.ts';
import { reportPaths } from './paths.ts';
import { reportsPermissions } from './permissions.ts';
import { reportsRoutes } from './routes.tsx';
import type { ReportsDeps } from './service.ts';
import { reportsWijkSection } from './wijk-section.tsx';

export { reportsMessages } from './messages.ts';

function withReports(deps: PartDeps): PartDeps & { deps: ReportsDeps } {
  return { ...deps, deps: { outbox: deps.outbox, publicUrl: deps.config.PUBLIC_URL } };
}

export const reports: Part = {
  name: 'reports',
  routes: { path: reportPaths.home, create: (deps) => reportsRoutes(withReports(deps)) },
  adminRoutes: { path: reportPaths.admin, create: (deps) => reportsAdminRoutes(withReports(deps)) },
  api: { path: '/reports', create: reportsApi, openApi: reportsOpenApi },
  wijkSection: reportsWijkSection,
  navigation: [{ href: reportPaths.home, label: 'site.nav.reports', order: 70 }],
  permissions: reportsPermissions,
  staffLinks: [{ href: reportPaths.admin, label: 'admin.dashboard.reports', anyOf: ['manage-reports'] }],
};
