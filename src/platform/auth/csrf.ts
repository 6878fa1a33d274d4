// SPDX-License-Identifier: EUPL-1.2
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

export const csrfCookie = 'ozw_csrf';
export const csrfField = '_csrf';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Double-submit token: a random value in a SameSite cookie that every form repeats in a hidden field.
 * A page from another site can make the browser send the cookie, but cannot read it to fill the field.
 * The cookie is set only when a page renders a form, so plain public pages stay cacheable.
 */
export function csrfProtection(options: {
  secure: boolean;
  onRejected: (c: Context) => Response | Promise<Response>;
}): MiddlewareHandler {
  return async (c, next) => {
    let token = getCookie(c, csrfCookie);
    c.set('csrfToken', () => {
      // A page that carries this browser's token is personal: no shared cache may keep or serve it.
      c.header('cache-control', 'private, no-store');
      if (!token) {
        token = randomBytes(24).toString('base64url');
        setCookie(c, csrfCookie, token, {
          httpOnly: true,
          secure: options.secure,
          sameSite: 'Lax',
          path: '/',
        });
      }
      return token;
    });
    if (!unsafeMethods.has(c.req.method)) return next();
    // Without this browser's cookie no token can match: refuse before reading (and holding) the body.
    if (!token) return options.onRejected(c);
    const contentType = c.req.header('content-type') ?? '';
    const isForm =
      contentType.startsWith('application/x-www-form-urlencoded') ||
      contentType.startsWith('multipart/form-data');
    const sent = isForm ? (await c.req.parseBody({ all: true }))[csrfField] : c.req.header('x-csrf-token');
    if (typeof sent !== 'string' || !sameToken(sent, token)) return options.onRejected(c);
    return next();
  };
}
