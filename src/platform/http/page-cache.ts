// SPDX-License-Identifier: EUPL-1.2
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Context, Next } from 'hono';
import type { Database } from '../../db/client.ts';
import { chooseEncoding } from './compression.ts';

/**
 * Public pages may be cached by a proxy for a minute and revalidated with an ETag. Pages for signed-in
 * staff, and any response that sets a cookie, are never cached.
 *
 * The ETag is a SHA-1 of the body, hashed synchronously. (Hono's etag() clones the response into a web
 * stream and hashes it with WebCrypto: under load that was a seventh of the CPU time of a page.)
 *
 * The same pages, rendered for a reader without any cookie, are also kept in memory (renderedPages) and
 * served again as long as the database has not changed since they were rendered.
 */
export function publicCaching(database: Database) {
  const pages = renderedPages(database);
  return async (c: Context, next: Next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    // Only a request without cookies: no session, no CSRF token that a form could carry into the page.
    const key = c.req.header('cookie') === undefined ? pageKey(c.req.url) : undefined;
    const version = key === undefined ? undefined : await pages.version();
    if (key !== undefined && version !== undefined) {
      const kept = pages.get(key, version);
      if (kept) {
        const headers = { 'cache-control': publicPage, etag: kept.etag };
        if (etagMatches(kept.etag, c.req.header('if-none-match'))) return c.body(null, 304, headers);
        if (chooseEncoding(c.req.header('accept-encoding')) === 'gzip') {
          kept.gzip ??= gzipSync(kept.body) as Uint8Array<ArrayBuffer>;
          const encoded = { 'content-encoding': 'gzip', vary: 'Accept-Encoding' };
          return c.body(kept.gzip, 200, { ...headers, ...encoded, 'content-type': kept.contentType });
        }
        return c.body(kept.body, 200, { ...headers, 'content-type': kept.contentType });
      }
    }
    await next();
    const res = c.res;
    if (!res.headers.has('cache-control')) {
      const personal = c.get('user') !== null || res.headers.has('set-cookie');
      // On the headers themselves: c.header() on a finished response rebuilds it around a stream.
      res.headers.set('cache-control', personal || res.status !== 200 ? 'private, no-store' : publicPage);
    }
    if (!res.ok || res.headers.has('etag')) return;
    const body = await res.text();
    const tag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
    const headers = new Headers(res.headers);
    headers.set('etag', tag);
    const contentType = headers.get('content-type');
    if (
      key !== undefined &&
      version !== undefined &&
      res.status === 200 &&
      contentType !== null &&
      headers.get('cache-control') === publicPage &&
      !headers.has('set-cookie')
    ) {
      pages.set(key, { version, body, etag: tag, contentType });
    }
    // Clear first: assigning over an existing response makes Hono copy it through a stream.
    c.res = undefined;
    if (etagMatches(tag, c.req.header('if-none-match'))) {
      const kept = new Headers();
      for (const name of notModifiedHeaders) {
        const value = headers.get(name);
        if (value !== null) kept.set(name, value);
      }
      c.res = new Response(null, { status: 304, headers: kept });
    } else {
      c.res = new Response(body, { status: res.status, headers });
    }
  };
}

const publicPage = 'public, max-age=60';

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
  // The gzipped copy is a fraction of the body; counted as a quarter of it up front.
  const sizeOf = (key: string, page: RenderedPage) =>
    2 * (key.length + page.body.length) + page.body.length / 4 + 200;
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
function etagMatches(tag: string, ifNoneMatch: string | undefined): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = tag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === opaque);
}
