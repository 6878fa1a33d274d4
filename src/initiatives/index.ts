// SPDX-License-Identifier: EUPL-1.2
// Resident initiatives (part 4): apply for a subsidy without an account, follow it, and the showcase.
import type { Part, PartDeps } from '../platform/part.ts';
import { initiativesAdminRoutes } from './admin-routes.tsx';
import { initiativesApi } from './api.ts';
import { initiativesOpenApi } from './openapi.ts';
import { initiativesPaths } from './paths.ts';
import { initiativesPermissions } from './permissions.ts';
import { initiativesRoutes } from './routes.tsx';
import type { InitiativesDeps } from './service.ts';
import { wijkSection } from './views/showcase.tsx';

export { initiativesMessages } from './messages.ts';
export * as initiativesSchema from './schema.ts';

/** The part's own dependencies, taken from the app's. */
function withInitiatives(deps: PartDeps): PartDeps & { initiatives: InitiativesDeps } {
  return { ...deps, initiatives: { outbox: deps.outbox, publicUrl: deps.config.PUBLIC_URL } };
}

export const initiatives: Part = {
  name: 'initiatives',
  routes: { path: initiativesPaths.home, create: (deps) => initiativesRoutes(withInitiatives(deps)) },
  adminRoutes: {
    path: initiativesPaths.admin.list,
    create: (deps) => initiativesAdminRoutes(withInitiatives(deps)),
  },
  api: { path: '/initiatives', create: initiativesApi, openApi: initiativesOpenApi },
  navigation: [{ href: initiativesPaths.home, label: 'site.nav.initiatives', order: 65 }],
  permissions: initiativesPermissions,
  staffLinks: [
    {
      href: initiativesPaths.admin.list,
      label: 'admin.dashboard.initiatives',
      anyOf: ['help-initiatives', 'decide-initiatives', 'manage-initiatives'],
    },
  ],
  wijkSection,
};
