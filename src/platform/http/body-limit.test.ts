// SPDX-License-Identifier: EUPL-1.2
/**
 * Large uploads through a real HTTP server (the app on a local port, in this process): a body larger
 * than its route takes is answered with 413 before it is read, so it neither fills the memory nor is
 * waited for; the plan form still takes a photo of almost 5 MB.
 */
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/server.ts';
import { createRoundIn } from '../../../tests/support/wijkbudget.ts';
import { plans } from '../../wijkbudget/schema.ts';

let server: TestServer;
const MB = 1024 * 1024;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

interface Upload {
  status: number;
  /** Bytes the client had sent when the answer came. */
  sentBeforeAnswer: number;
  /** How much the process's resident memory grew while the upload ran (largest sample). */
  rssGrowth: number;
  body: string;
  contentType: string;
}

/**
 * Streams `size` bytes of form data to `path` in 1 MB pieces (one buffer, sent again and again, so the
 * client itself holds no more than that), and stops sending as soon as the server answers.
 */
async function upload(
  path: string,
  size: number,
  options: { chunked: boolean; cookie?: string; contentType?: string; sendOnly?: number },
): Promise<Upload> {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  const piece = Buffer.alloc(MB, 'a');
  let sent = 0;
  let answered = false;
  try {
    const req = request(`${server.url}${path}`, {
      method: 'POST',
      headers: {
        'content-type': options.contentType ?? 'application/x-www-form-urlencoded',
        ...(options.chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(size) }),
        ...(options.cookie ? { cookie: options.cookie } : {}),
      },
    });
    req.on('error', () => {}); // the server may close the connection while we still send: expected
    const answer = new Promise<{
      status: number;
      body: string;
      contentType: string;
      sentBeforeAnswer: number;
    }>((resolve) => {
      req.on('response', async (res) => {
        answered = true;
        const sentBeforeAnswer = sent;
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          body += chunk;
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body,
            contentType: String(res.headers['content-type']),
            sentBeforeAnswer,
          }),
        );
        res.on('error', () =>
          resolve({ status: res.statusCode ?? 0, body, contentType: '', sentBeforeAnswer }),
        );
      });
    });
    // events.once() rejects when the request emits 'error' (EPIPE once the server has closed the connection),
    // so these waits only listen for their own event: a refusal while we still send is what the test expects.
    let isClosed = false;
    const closed = new Promise<void>((resolve) =>
      req.once('close', () => {
        isClosed = true;
        resolve();
      }),
    );
    const drained = () => new Promise<void>((resolve) => req.once('drain', () => resolve()));
    const started = Date.now();
    const sending = options.sendOnly ?? size;
    while (!answered && !isClosed && sent < sending && Date.now() - started < 60_000) {
      const next = piece.subarray(0, Math.min(piece.length, sending - sent));
      const ok = req.write(next);
      sent += next.length;
      if (!ok) await Promise.race([drained(), answer, closed]);
    }
    // With sendOnly the body is never finished: only an answer that does not wait for it comes.
    if (!answered && !isClosed && options.sendOnly === undefined) req.end();
    // A server that refuses a stream halfway may reset the connection while we still send; the reset can
    // reach this client before the answer it carries, so "closed without an answer" is its own outcome.
    const noAnswer = { status: 0, body: '', contentType: '', sentBeforeAnswer: sent };
    const result = await Promise.race([
      answer,
      closed.then(() => new Promise<typeof noAnswer>((resolve) => setTimeout(() => resolve(noAnswer), 1000))),
    ]);
    req.destroy();
    return { ...result, rssGrowth: peak - before };
  } finally {
    clearInterval(sampler);
  }
}

/** A browser's CSRF cookie, as a resident has it after opening any form. */
async function csrfCookie(): Promise<string> {
  const page = await fetch(`${server.url}/beheer/inloggen`);
  return page.headers.getSetCookie()[0]!.split(';')[0]!;
}

describe('a body larger than its route takes is refused before it is read', () => {
  test('300 MB to a path that does not exist, with a form cookie, announced by Content-Length: 413 at once', async () => {
    const result = await upload('/bestaat-niet', 300 * MB, { chunked: false, cookie: await csrfCookie() });
    expect(result.status).toBe(413);
    expect(result.contentType).toContain('text/html');
    expect(result.body).toContain('Dit is te veel om te versturen');
    expect(result.sentBeforeAnswer).toBeLessThan(32 * MB);
    expect(result.rssGrowth).toBeLessThan(64 * MB);
  });

  test('300 MB streamed without a length (chunked) to the sign-in form: 413 after 64 KB, memory stays flat', async () => {
    const result = await upload('/beheer/inloggen', 300 * MB, { chunked: true, cookie: await csrfCookie() });
    expect(result.status).toBe(413);
    expect(result.sentBeforeAnswer).toBeLessThan(32 * MB);
    expect(result.rssGrowth).toBeLessThan(64 * MB);
  });

  test('the plan form stops at 12 MB, also streamed; the API answers in JSON', async () => {
    const round = await createRoundIn(server.database.db, 'submitting', { title: 'Groot insturen' });
    const result = await upload(`/wijkbudget/${round.slug}/plan-insturen`, 100 * MB, {
      chunked: true,
      cookie: await csrfCookie(),
      contentType: 'multipart/form-data; boundary=x',
    });
    // 413, or (when the reset overtakes the answer) a connection the server closed: either way it stopped
    // reading long before the 100 MB were in. Browsers never stream a form this way; the page is tested above.
    expect([413, 0]).toContain(result.status);
    expect(result.sentBeforeAnswer).toBeLessThan(48 * MB);
    const api = await upload('/api/v1/measures', 10 * MB, { chunked: false });
    expect(api.status).toBe(413);
    expect(JSON.parse(api.body)).toMatchObject({ error: 'http_413' });
  });

  test('a form post without the CSRF cookie is refused before its body is read (the body never ends)', async () => {
    const result = await upload('/beheer/inloggen', 60 * 1024, { chunked: false, sendOnly: 30 * 1024 });
    expect(result.status).toBe(403);
    expect(result.body).toContain('Het formulier is verlopen');
  });
});

describe('the plan form still takes a photo of almost 5 MB', () => {
  test('a 4.9 MB photo over real HTTP is stored with the plan', async () => {
    const round = await createRoundIn(server.database.db, 'submitting', { title: 'Grote foto' });
    const side = 1270; // random pixels barely compress: a PNG of about 4.9 MB
    const noise = Buffer.alloc(side * side * 3);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
    const png = await sharp(noise, { raw: { width: side, height: side, channels: 3 } })
      .png({ compressionLevel: 0 })
      .toBuffer();
    expect(png.length).toBeGreaterThan(4.5 * MB);
    expect(png.length).toBeLessThan(5 * MB);

    const formPage = await fetch(`${server.url}/wijkbudget/${round.slug}/plan-insturen`);
    const cookie = formPage.headers.getSetCookie()[0]!.split(';')[0]!;
    const token = (await formPage.text()).match(/name="_csrf" value="([^"]+)"/)![1]!;
    const form = new FormData();
    form.append('_csrf', token);
    form.append('title', 'Grote foto van het plein');
    form.append('description', 'Een foto van het plein.');
    form.append('buurtCode', 'BU05183620');
    form.append('location', 'Plein');
    form.append('costEuros', '2.000');
    form.append('email', 'fotograaf@example.nl');
    form.append('submission', randomUUID());
    form.append('photo', new File([new Uint8Array(png)], 'plein.png', { type: 'image/png' }));
    const response = await fetch(`${server.url}/wijkbudget/${round.slug}/plan-insturen`, {
      method: 'POST',
      body: form,
      headers: { cookie },
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    const stored = await server.database.db.select().from(plans);
    expect(stored.find((p) => p.title === 'Grote foto van het plein')?.hasPhoto).toBe(true);
  });
});
