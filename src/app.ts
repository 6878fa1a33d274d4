// SPDX-License-Identifier: EUPL-1.2
import { Hono } from 'hono';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { apiRoutes } from './platform/api/routes.ts';
import { auditRoutes } from './platform/audit/routes.tsx';
import { csrfProtection } from './platform/auth/csrf.ts';
import { authRoutes } from './platform/auth/routes.tsx';
import { loadUser } from './platform/auth/sessions.ts';
import type { AppDeps } from './platform/context.ts';
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
import { programmeAdminRoutes } from './programme/admin-routes.tsx';
import { programmeRoutes } from './programme/routes.tsx';
import { aboutRoutes } from './site/about-routes.tsx';
import { wijkbudgetAdminRoutes } from './wijkbudget/admin-routes.tsx';
import { wijkbudgetRoutes } from './wijkbudget/routes.tsx';

export interface AppOptions extends AppDeps {
  logger: Logger;
  /** The built stylesheet (dist/public/site.css); built on first request when absent (development, tests). */
  stylesheetFile?: string;
}

/** The whole site, in the order a request meets it. Reads like a table of contents. */
export function createApp(options: AppOptions) {
  const { config, database, logger } = options;
  const wijkbudget = { outbox: options.outbox, logger, publicUrl: config.PUBLIC_URL };
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
  app.use('*', pageRenderer);
  app.use('*', requestBodyLimit(bodyTooLarge));

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    const state = await readiness(database);
    if (state.ready) return c.json({ status: 'ready', database: database.kind });
    return c.json({ status: 'not-ready', reason: state.reason, database: database.kind }, 503);
  });
  app.get(stylesheetPath, serveStylesheet(options.stylesheetFile));

  app.route('/api/v1', apiRoutes(options));

  app.use('*', csrfProtection({ secure: config.secureCookies, onRejected: csrfRejected }));
  app.use('*', loadUser(database.db, config.secureCookies));
  app.use('*', publicCaching(database));

  app.route('/', programmeRoutes(options));
  app.route('/wijkbudget', wijkbudgetRoutes({ ...options, wijkbudget }));
  app.route('/over', aboutRoutes());
  app.route('/beheer', authRoutes(options));
  app.route('/beheer/logboek', auditRoutes(options));
  app.route('/beheer/mail', mailRoutes(options));
  app.route('/beheer/wijkbudget', wijkbudgetAdminRoutes({ ...options, wijkbudget }));
  app.route('/beheer', programmeAdminRoutes(options));

  app.notFound(notFoundPage);
  app.onError(errorHandler(logger));
  return app;
}
