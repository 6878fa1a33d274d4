// SPDX-License-Identifier: EUPL-1.2
import { Hono } from 'hono';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { parts } from './parts.ts';
import { zuidwestMap } from './places/index.ts';
import { apiRoutes } from './platform/api/routes.ts';
import { auditRoutes } from './platform/audit/routes.tsx';
import { csrfProtection } from './platform/auth/csrf.ts';
import { authRoutes } from './platform/auth/routes.tsx';
import { loadUser } from './platform/auth/sessions.ts';
import { componentExampleRoutes } from './platform/components/examples/routes.tsx';
import type { AppDeps } from './platform/context.ts';
import { dashboardRoutes } from './platform/dashboard/routes.tsx';
import { bodyTooLarge, csrfRejected, errorHandler, notFoundPage } from './platform/errors.tsx';
import { readiness } from './platform/health/service.ts';
import { requestBodyLimit } from './platform/http/body-limit.ts';
import { clientAddressFrom } from './platform/http/client-address.ts';
import { compression } from './platform/http/compression.ts';
import { publicCaching } from './platform/http/page-cache.ts';
import { requestLog } from './platform/http/request-log.ts';
import { pageRenderer, stylesheetPath } from './platform/layout/page.tsx';
import { serveStylesheet } from './platform/layout/stylesheet.ts';
import type { Logger } from './platform/logger.ts';
import { mailRoutes } from './platform/mail/routes.tsx';
import { navigationOf, staffGroupsOf } from './platform/part.ts';
import { platformPaths } from './platform/paths.ts';
import { siteNavigation } from './site/navigation.ts';
import { sitePaths } from './site/paths.ts';
import { siteRoutes } from './site/routes.tsx';

export interface AppOptions extends AppDeps {
  logger: Logger;
  /** The built stylesheet (dist/public/site.css); built on first request when absent (development, tests). */
  stylesheetFile?: string;
}

/** The whole site, in the order a request meets it. Reads like a table of contents. */
export function createApp(options: AppOptions) {
  const { config, database, logger } = options;
  const app = new Hono();

  app.use('*', requestId());
  app.use('*', clientAddressFrom(config.trustProxy));
  app.use('*', requestLog(logger));
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'"],
        scriptSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  app.use('*', compression());
  // Before anything reads a body: a too large one is refused unread (413), on every path.
  app.use(
    '*',
    pageRenderer(navigationOf(parts, siteNavigation), {
      home: sitePaths.home,
      about: sitePaths.about,
      feed: sitePaths.newsFeed,
    }),
  );
  app.use('*', requestBodyLimit(bodyTooLarge));

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    const state = await readiness(database);
    if (state.ready) return c.json({ status: 'ready', database: database.kind });
    return c.json({ status: 'not-ready', reason: state.reason, database: database.kind }, 503);
  });
  app.get(stylesheetPath, serveStylesheet(options.stylesheetFile));

  app.route(
    platformPaths.api,
    apiRoutes(
      options,
      parts.flatMap((part) => (part.api ? [part.api] : [])),
    ),
  );

  app.use('*', csrfProtection({ secure: config.secureCookies, onRejected: csrfRejected }));
  app.use('*', loadUser(database.db, config.secureCookies));
  app.use('*', publicCaching(database));

  // Home, wijken, news, search and about: put together from what every part contributes.
  app.route('/', siteRoutes(options, parts));
  for (const part of parts) if (part.routes) app.route(part.routes.path, part.routes.create(options));
  app.route(platformPaths.staff.dashboard, dashboardRoutes(options, parts));
  app.route(platformPaths.staff.dashboard, authRoutes(options, staffGroupsOf(parts)));
  app.route(platformPaths.staff.auditLog, auditRoutes(options));
  app.route(platformPaths.staff.mail, mailRoutes(options));
  app.route(platformPaths.staff.examples, componentExampleRoutes({ geometry: zuidwestMap }));
  // Staff pages. The most specific mount first: programme's staff pages sit at /beheer itself.
  const staffRoutes = parts.flatMap((part) => (part.adminRoutes ? [part.adminRoutes] : []));
  staffRoutes.sort((a, b) => b.path.length - a.path.length);
  for (const routes of staffRoutes) app.route(routes.path, routes.create(options));

  app.notFound(notFoundPage);
  app.onError(errorHandler(logger));
  return app;
}
