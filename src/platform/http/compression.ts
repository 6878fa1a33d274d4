// SPDX-License-Identifier: EUPL-1.2
import { promisify } from 'node:util';
import { brotliCompress, constants, deflate, gzip } from 'node:zlib';
import type { Context, Next } from 'hono';
import { parseAccept } from 'hono/utils/accept';
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/utils/compress';

const gzipAsync = promisify(gzip);
const deflateAsync = promisify(deflate);
const brotliAsync = promisify(brotliCompress);
/** Quality 5 of 11: near gzip's speed with smaller output; 11 costs far too much CPU per request. */
const brotliOptions = {
  params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
};
type Encoding = 'br' | 'gzip' | 'deflate';
const noTransform = /(?:^|,)\s*no-transform\s*(?:,|$)/i;

/** Brotli, else gzip, else deflate, whichever the client accepts (q > 0) with the highest q. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const accepts = parseAccept(acceptEncoding);
  const wildcard = accepts.find((a) => a.type === '*')?.q;
  let best: { encoding: Encoding; q: number } | undefined;
  for (const encoding of ['br', 'gzip', 'deflate'] as const) {
    const q = accepts.find((a) => a.type.toLowerCase() === encoding)?.q ?? wildcard ?? 0;
    if (q === 1) return encoding;
    if (q > 0 && (!best || q > best.q)) best = { encoding, q };
  }
  return best?.encoding;
}

/**
 * Compresses text responses (HTML, JSON) of 1 KB and more for clients that accept brotli, gzip or deflate, like hono's
 * compress(), which this replaces: that one sets Vary with c.header() on the finished response and
 * compresses through a CompressionStream, which turns every response, compressed or not, into a web
 * stream that is written to the socket piece by piece. Here a response keeps its plain body.
 */
export function compression(threshold = 1024) {
  return async (c: Context, next: Next) => {
    await next();
    const res = c.res;
    const type = res.headers.get('content-type');
    if (
      res.status === 206 ||
      res.headers.has('content-encoding') ||
      res.headers.has('transfer-encoding') ||
      c.req.method === 'HEAD' ||
      !type ||
      !COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type) ||
      noTransform.test(res.headers.get('cache-control') ?? '')
    ) {
      return;
    }
    const vary = res.headers.get('vary');
    if (vary !== '*' && !/(?:^|,)\s*accept-encoding\s*(?:,|$)/i.test(vary ?? '')) {
      res.headers.set('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
    }
    const encoding = chooseEncoding(c.req.header('accept-encoding'));
    if (!encoding || res.body === null) return;
    const body = new Uint8Array(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    let sent: Uint8Array<ArrayBuffer> = body;
    if (body.byteLength >= threshold) {
      sent = (await encode(encoding, body)) as Uint8Array<ArrayBuffer>;
      headers.delete('content-length');
      headers.set('content-encoding', encoding);
      const etag = headers.get('etag');
      if (etag && !etag.startsWith('W/')) headers.set('etag', `W/${etag}`);
    }
    // Clear first: assigning over an existing response makes Hono copy it through a stream.
    c.res = undefined;
    c.res = new Response(sent, { status: res.status, headers });
  };
}

function encode(encoding: Encoding, body: Uint8Array): Promise<Buffer> {
  if (encoding === 'br') return brotliAsync(body, brotliOptions);
  return encoding === 'gzip' ? gzipAsync(body) : deflateAsync(body);
}
