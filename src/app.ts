// SPDX-License-Identifier: EUPL-1.2
import { existsSync, readFileSync } from 'node:fs';
import { type Context, Hono, type Next } from 'hono';
import { compress } from 'hono/compress';
import { etag } from 'hono/etag';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { aboutRoutes } from './about/routes.tsx';
import { migrationsAreApplied } from './db/migrate.ts';
import { apiRoutes } from './platform/api/routes.ts';
import { auditRoutes } from './platform/audit/routes.tsx';
import { csrfProtection } from './platform/auth/csrf.ts';
import { authRoutes } from './platform/auth/routes.tsx';
import { loadUser } from './platform/auth/sessions.ts';
import type { AppDeps } from './platform/context.ts';
import { csrfRejected, errorHandler, notFoundPage } from './platform/errors.tsx';
import { pageRenderer, stylesheetPath } from './platform/layout/page.tsx';
import { buildStylesheet } from './platform/layout/stylesheet.ts';
import type { Logger } from './platform/logger.ts';
import { programmeAdminRoutes } from './programme/admin-routes.tsx';
import { programmeRoutes } from './programme/routes.tsx';

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
  app.use('*', secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      styleSrc: ["'self'"],
      scriptSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  }));
  app.use('*', compress());

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    const ready = await migrationsAreApplied(database).catch(() => false);
    return c.json({ status: ready ? 'ready' : 'not-ready', database: database.kind }, ready ? 200 : 503);
  });
  app.get(stylesheetPath, stylesheet(options.stylesheetFile));

  app.route('/api/v1', apiRoutes(options));

  app.use('*', csrfProtection({ secure: config.secureCookies, onRejected: csrfRejected }));
  app.use('*', loadUser(database.db));
  app.use('*', publicCaching());
  app.use('*', pageRenderer);

  app.route('/', programmeRoutes(options));
  app.route('/over', aboutRoutes());
  app.route('/beheer', authRoutes(options));
  app.route('/beheer/logboek', auditRoutes(options));
  app.route('/beheer', programmeAdminRoutes(options));

  app.notFound(notFoundPage);
  app.onError(errorHandler(logger));
  return app;
}

/**
 * Public pages may be cached by a proxy for a minute and revalidated with an ETag. Pages for signed-in
 * staff, and any response that sets a cookie, are never cached.
 */
function publicCaching() {
  const withEtag = etag({ weak: true });
  return async (c: Context, next: Next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    await withEtag(c, next);
    if (c.res.headers.has('cache-control')) return;
    const personal = c.get('user') !== null || c.res.headers.has('set-cookie');
    c.header('cache-control', personal || c.res.status !== 200 ? 'private, no-store' : 'public, max-age=60');
  };
}

function stylesheet(file: string | undefined) {
  let css: Promise<string> | undefined;
  return async (c: Context) => {
    css ??= file && existsSync(file) ? Promise.resolve(readFileSync(file, 'utf8')) : buildStylesheet();
    c.header('content-type', 'text/css; charset=utf-8');
    c.header('cache-control', 'public, max-age=3600');
    return c.body(await css);
  };
}
