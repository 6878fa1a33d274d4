// SPDX-License-Identifier: EUPL-1.2
import { createHash } from 'node:crypto';
import { Hono, type MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { AppDeps } from '../context.ts';
import { notModifiedOr } from '../http/page-cache.ts';
import type { PartApi } from '../part.ts';
import { absoluteUrl, platformPaths } from '../paths.ts';

/** One OpenAPI document from every part's paths and schemas. */
export function openApiDocument(publicUrl: string, apis: readonly PartApi[]) {
  const fragments = apis.map((api) => api.openApi);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Open Zuidwest API',
      version: '1.0.0',
      description:
        'Open data van het Nationaal Programma Zuidwest (Den Haag): het programma, de maatregelen per wijk, de allianties en de begroting. Alleen lezen.',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: absoluteUrl(publicUrl, platformPaths.api) }],
    paths: Object.assign({}, ...fragments.map((f) => f.paths)),
    components: {
      schemas: {
        Error: {
          type: 'object',
          required: ['error', 'message'],
          properties: { error: { type: 'string' }, message: { type: 'string' }, errors: { type: 'object' } },
        },
        ...Object.assign({}, ...fragments.map((f) => f.schemas)),
      },
    },
  };
}

/**
 * Every successful GET answer carries an ETag (a SHA-1 of the body); a client that sends it back in
 * If-None-Match gets a 304 without the body. Proxies must ask again each time (`no-cache`): the data
 * changes whenever staff edit it.
 */
const revalidated: MiddlewareHandler = async (c, next) => {
  await next();
  if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || c.res.status !== 200) return;
  const res = c.res;
  if (res.headers.has('etag')) return;
  const body = await res.text();
  const tag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
  const headers = new Headers(res.headers);
  headers.set('etag', tag);
  if (!headers.has('cache-control')) headers.set('cache-control', 'public, no-cache');
  // Clear first: assigning over an existing response makes Hono copy it through a stream.
  c.res = undefined;
  c.res = notModifiedOr(c, tag, headers, () => new Response(body, { status: 200, headers }));
};

/** /api/v1: versioned, read-only, open to every origin. Errors are JSON with a status code. */
export function apiRoutes(deps: AppDeps, apis: readonly PartApi[]) {
  const app = new Hono();
  app.use(
    '*',
    cors({
      origin: '*',
      allowMethods: ['GET', 'HEAD', 'OPTIONS'],
      exposeHeaders: ['ETag', 'Link', 'X-Total-Count', 'X-Total-Pages'],
    }),
  );
  app.use('*', revalidated);
  const document = openApiDocument(deps.config.PUBLIC_URL, apis);
  app.get('/', (c) =>
    c.json({
      name: 'Open Zuidwest API',
      version: 'v1',
      openapi: platformPaths.openApi,
      endpoints: Object.keys(document.paths).map((path) => `${platformPaths.api}${path}`),
    }),
  );
  app.get('/openapi.json', (c) => c.json(document));
  for (const api of apis) app.route(api.path, api.create(deps));
  app.notFound((c) => c.json({ error: 'not_found', message: 'Dit adres bestaat niet in de API.' }, 404));
  return app;
}
