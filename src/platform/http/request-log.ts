// SPDX-License-Identifier: EUPL-1.2
import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../logger.ts';

/** One structured log line per request: id, method, path, status and time taken. */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    logger.info(
      {
        requestId: c.get('requestId'),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      'request',
    );
  };
}
