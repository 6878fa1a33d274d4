// SPDX-License-Identifier: EUPL-1.2
// Wijkbudget (part 3): rounds, plans, voting codes, ballots and results, as the rest of the site sees it.
import type { Part, PartDeps } from '../platform/part.ts';
import { wijkbudgetAdminRoutes } from './admin-routes.tsx';
import { wijkbudgetApi } from './api.ts';
import { wijkbudgetOpenApi } from './openapi.ts';
import { wijkbudgetPaths } from './paths.ts';
import { wijkbudgetPermissions } from './permissions.ts';
import { wijkbudgetRoutes } from './routes.tsx';
import type { WijkbudgetDeps } from './service.ts';

export { wijkbudgetMessages } from './messages.ts';
export * as wijkbudgetSchema from './schema.ts';

/** Wijkbudget's own dependencies, taken from the app's. */
function withWijkbudget(deps: PartDeps): PartDeps & { wijkbudget: WijkbudgetDeps } {
  return {
    ...deps,
    wijkbudget: { outbox: deps.outbox, logger: deps.logger, publicUrl: deps.config.PUBLIC_URL },
  };
}

export const wijkbudget: Part = {
  name: 'wijkbudget',
  routes: { path: wijkbudgetPaths.rounds, create: (deps) => wijkbudgetRoutes(withWijkbudget(deps)) },
  adminRoutes: {
    path: wijkbudgetPaths.admin.rounds,
    create: (deps) => wijkbudgetAdminRoutes(withWijkbudget(deps)),
  },
  api: { path: '/wijkbudget', create: wijkbudgetApi, openApi: wijkbudgetOpenApi },
  navigation: [{ href: wijkbudgetPaths.rounds, label: 'site.nav.wijkbudget', order: 60 }],
  permissions: wijkbudgetPermissions,
  staffLinks: [
    {
      href: wijkbudgetPaths.admin.rounds,
      label: 'admin.dashboard.wijkbudget',
      anyOf: ['manage-wijkbudget', 'enter-paper-ballots'],
    },
  ],
};
