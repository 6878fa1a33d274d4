// SPDX-License-Identifier: EUPL-1.2
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

export const csrfField = '_csrf';

/**
 * The CSRF cookie's name. Over HTTPS it has the `__Host-` prefix: the browser then accepts it only
 * from this exact host, sent securely, for the whole site, so a neighbouring subdomain cannot plant
 * its own token. Browsers refuse such a cookie without `Secure`, so on plain http (development, the
 * tests, SECURE_COOKIES=0) the name has no prefix.
 */
export function csrfCookieName(secure: boolean): string {
  return secure ? '__Host-ozw_csrf' : 'ozw_csrf';
}

function newToken(): string {
  return randomBytes(24).toString('base64url');
}

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
  const name = csrfCookieName(options.secure);
  return async (c, next) => {
    let token = getCookie(c, name);
    const setToken = (value: string) => {
      token = value;
      setCookie(c, name, value, { httpOnly: true, secure: options.secure, sameSite: 'Lax', path: '/' });
    };
    c.set('csrfToken', () => {
      // A page that carries this browser's token is personal: no shared cache may keep or serve it.
      c.header('cache-control', 'private, no-store');
      if (!token) setToken(newToken());
      return token!;
    });
    // At sign-in: a token that someone planted or read before (on a shared computer) is worth nothing after.
    c.set('renewCsrfToken', () => setToken(newToken()));
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
