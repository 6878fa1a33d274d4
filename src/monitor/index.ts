// SPDX-License-Identifier: EUPL-1.2
// The monitor (part 2): is Zuidwest closing the gap with the rest of The Hague by 2040?
import type { Part } from '../platform/part.ts';
import { monitorApi } from './api.ts';
import { monitorOpenApi } from './openapi.ts';
import { monitorPaths } from './paths.ts';
import { monitorRoutes } from './routes.tsx';
import { wijkSection } from './wijk-section.tsx';

export { monitorMessages } from './messages.ts';
export * as monitorSchema from './schema.ts';

export const monitor: Part = {
  name: 'monitor',
  routes: { path: monitorPaths.monitor, create: monitorRoutes },
  api: { path: '/', create: monitorApi, openApi: monitorOpenApi },
  navigation: [{ href: monitorPaths.monitor, label: 'site.nav.monitor', order: 45 }],
  wijkSection,
};
