// SPDX-License-Identifier: EUPL-1.2
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Context, MiddlewareHandler, Next } from 'hono';
import type { Database } from '../../db/client.ts';
import { chooseEncoding } from './compression.ts';

/**
 * Caching is opt-in per route (issue 10 item 7, issue 16): a route that may be kept puts `cacheable`
 * before its handler. Every other page is rendered for every request, and proxies must ask again each
 * time (`no-cache`, revalidated with the ETag): pages with deadlines or a live phase change with the
 * clock, not only with the data, and must never be shown stale.
 *
 * For every page: an ETag (304 on If-None-Match), and Cache-Control: `public, max-age=60` for a route
 * that opted in, `public, no-cache` for other public pages, `private, no-store` for signed-in staff and
 * any response that sets a cookie.
 *
 * The ETag is a SHA-1 of the body, hashed synchronously. (Hono's etag() clones the response into a web
 * stream and hashes it with WebCrypto: under load that was a seventh of the CPU time of a page.)
 *
 * Pages of a route that opted in, rendered for a reader without any cookie, are also kept in memory
 * (renderedPages) and served again as long as the database has not changed since they were rendered.
 */
export function publicCaching(database: Database) {
  const pages = renderedPages(database);
  return async (c: Context, next: Next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    c.set('renderedPages', pages);
    await next();
    const res = c.res;
    if (c.get('servedFromCache')) return;
    if (!res.headers.has('cache-control')) {
      const personal = c.get('user') !== null || res.headers.has('set-cookie');
      const publicHeader = c.get('cacheable') ? publicPage : publicUncached;
      // On the headers themselves: c.header() on a finished response rebuilds it around a stream.
      res.headers.set('cache-control', personal || res.status !== 200 ? 'private, no-store' : publicHeader);
    }
    if (!res.ok || res.headers.has('etag')) return;
    const body = await res.text();
    const tag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
    const headers = new Headers(res.headers);
    headers.set('etag', tag);
    const contentType = headers.get('content-type');
    const slot = c.get('pageCacheSlot');
    if (
      slot !== undefined &&
      res.status === 200 &&
      contentType !== null &&
      headers.get('cache-control') === publicPage &&
      !headers.has('set-cookie')
    ) {
      pages.set(slot.key, { version: slot.version, body, etag: tag, contentType });
    }
    // Clear first: assigning over an existing response makes Hono copy it through a stream.
    c.res = undefined;
    c.res = notModifiedOr(c, tag, headers, () => new Response(body, { status: res.status, headers }));
  };
}

/**
 * Put before the handler of a route whose page may be kept in memory and by proxies for a minute: a
 * page that changes only when the data changes (no deadline, no phase that moves with the clock, nothing
 * personal). Requests with any cookie are still rendered every time.
 */
export const cacheable: MiddlewareHandler = async (c, next) => {
  c.set('cacheable', true);
  const pages = c.get('renderedPages');
  // Only a request without cookies: no session, no CSRF token that a form could carry into the page.
  if (!pages || c.req.header('cookie') !== undefined) return next();
  const key = pageKey(c.req.url);
  const version = await pages.version();
  if (version === undefined) return next();
  const kept = pages.get(key, version);
  if (!kept) {
    c.set('pageCacheSlot', { key, version });
    return next();
  }
  c.set('servedFromCache', true);
  const headers = { 'cache-control': publicPage, etag: kept.etag, 'x-cache': 'hit' };
  if (etagMatches(kept.etag, c.req.header('if-none-match'))) return c.body(null, 304, headers);
  const encoding = chooseEncoding(c.req.header('accept-encoding'));
  if (encoding === 'gzip' || encoding === 'br') {
    const encoded = keptEncoded(kept, encoding);
    const more = { 'content-encoding': encoding, vary: 'Accept-Encoding', 'content-type': kept.contentType };
    return c.body(encoded, 200, { ...headers, ...more });
  }
  return c.body(kept.body, 200, { ...headers, 'content-type': kept.contentType });
};

/** The kept body compressed, made on the first request that accepts the encoding. */
function keptEncoded(kept: RenderedPage, encoding: 'gzip' | 'br'): Uint8Array<ArrayBuffer> {
  if (encoding === 'gzip') {
    kept.gzip ??= gzipSync(kept.body) as Uint8Array<ArrayBuffer>;
    return kept.gzip;
  }
  kept.br ??= brotliCompressSync(kept.body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 5 },
  }) as Uint8Array<ArrayBuffer>;
  return kept.br;
}

/** A 304 with the headers it repeats when the client already has this version, else the full answer. */
export function notModifiedOr(c: Context, tag: string, headers: Headers, full: () => Response): Response {
  if (!etagMatches(tag, c.req.header('if-none-match'))) return full();
  const kept = new Headers();
  for (const name of notModifiedHeaders) {
    const value = headers.get(name);
    if (value !== null) kept.set(name, value);
  }
  return new Response(null, { status: 304, headers: kept });
}

export type RenderedPages = ReturnType<typeof renderedPages>;

const publicPage = 'public, max-age=60';
const publicUncached = 'public, no-cache';

/** Path and query string: what a page depends on besides the database. */
function pageKey(url: string): string {
  return url.slice(url.indexOf('/', url.indexOf('//') + 2));
}

interface RenderedPage {
  version: string;
  body: string;
  etag: string;
  contentType: string;
  /** The body gzipped, made on the first request that accepts it. */
  gzip?: Uint8Array<ArrayBuffer>;
  /** The body in brotli, likewise. */
  br?: Uint8Array<ArrayBuffer>;
}

/**
 * Rendered public pages, each with the database snapshot it was rendered after: PostgreSQL's
 * pg_current_snapshot() as text (xmin:xmax:in-progress transactions), read before rendering. A page is
 * served again only while the snapshot is still exactly the same. Any committed or aborted write
 * transaction changes it (it either leaves the in-progress list or moves xmax), so a page can never be
 * older than the data; a write elsewhere on the server only costs a render. Costs one trivial query per
 * request instead of the page's queries and rendering. Bounded in entries and bytes, least recently used
 * out first.
 */
function renderedPages(database: Database, maxEntries = 500, maxBytes = 32 * 1024 * 1024) {
  const entries = new Map<string, RenderedPage>();
  let bytes = 0;
  // The gzipped and brotli copies are a fraction of the body; counted as a quarter of it each, up front.
  const sizeOf = (key: string, page: RenderedPage) =>
    2 * (key.length + page.body.length) + page.body.length / 2 + 200;
  const remove = (key: string) => {
    const page = entries.get(key);
    if (!page) return;
    entries.delete(key);
    bytes -= sizeOf(key, page);
  };
  const readSnapshot = async (): Promise<string | undefined> => {
    try {
      const result = await database.db.execute(sql`select pg_current_snapshot()::text as snapshot`);
      return (result as unknown as { rows: { snapshot: string }[] }).rows[0]?.snapshot;
    } catch {
      return undefined; // render as if there were no cache; the page's own queries report the error
    }
  };
  // Requests share snapshot reads, but only one that started after they arrived: while a read is under
  // way, newcomers wait for the next one. Under load that is one query per round trip, not per request.
  let running: Promise<string | undefined> | undefined;
  let queued: Promise<string | undefined> | undefined;
  const version = (): Promise<string | undefined> => {
    if (!running) {
      running = readSnapshot().finally(() => {
        running = undefined;
      });
      return running;
    }
    queued ??= running.then(() => {
      queued = undefined;
      return version();
    });
    return queued;
  };
  return {
    version,
    get(key: string, version: string): RenderedPage | undefined {
      const page = entries.get(key);
      if (!page) return undefined;
      entries.delete(key);
      if (page.version !== version) {
        bytes -= sizeOf(key, page);
        return undefined;
      }
      entries.set(key, page); // most recently used last
      return page;
    },
    set(key: string, page: RenderedPage) {
      const size = sizeOf(key, page);
      if (size > maxBytes / 16) return;
      remove(key);
      entries.set(key, page);
      bytes += size;
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries && bytes <= maxBytes) break;
        remove(oldest);
      }
    },
  };
}

/** What a 304 repeats of the 200 it stands for (RFC 9110, 15.4.5). */
const notModifiedHeaders = ['cache-control', 'content-location', 'date', 'etag', 'expires', 'vary'];

/** Weak comparison (RFC 9110, 8.8.3.2): "*" or any listed tag equal to ours once W/ is ignored. */
export function etagMatches(tag: string, ifNoneMatch: string | undefined): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = tag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === opaque);
}
