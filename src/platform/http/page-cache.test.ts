// SPDX-License-Identifier: EUPL-1.2
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { and, eq, gt, lte } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../../../tests/support/app.ts';
import { TestClient } from '../../../tests/support/client.ts';
import { measures } from '../../programme/schema.ts';
import { loadDemo } from '../../wijkbudget/demo.ts';
import { rounds } from '../../wijkbudget/schema.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('public pages kept in memory are never older than the data', () => {
  test('a page read, then changed by staff, shows the change on the very next read', async () => {
    const [measure] = await t.database.db.select().from(measures).orderBy(measures.id).limit(1);
    const path = `/maatregelen/${measure!.slug}`;
    const first = await (await t.app.request(path)).text();
    const again = await t.app.request(path);
    expect(await again.text()).toBe(first);

    const staff = new TestClient(t.app);
    await staff.signIn(t.staff.editor);
    await staff.get(`/beheer/maatregelen/${measure!.id}`);
    await staff.post(`/beheer/maatregelen/${measure!.id}/voortgang`, {
      publishedOn: '2026-11-23',
      body: 'Vers nieuws, meteen zichtbaar.',
    });
    expect(await (await t.app.request(path)).text()).toContain('Vers nieuws, meteen zichtbaar.');
  });

  test('a change made straight in the database (another app process) also shows at once', async () => {
    const path = '/wijken/moerwijk';
    await t.app.request(path);
    const [measure] = await t.database.db.select().from(measures).orderBy(measures.id).limit(1);
    await t.database.db
      .update(measures)
      .set({ title: 'Titel door een ander proces' })
      .where(eq(measures.id, measure!.id));
    await t.app.request('/'); // any page: the cache must not mix pages up either
    const html = await (await t.app.request(`/maatregelen/${measure!.slug}`)).text();
    expect(html).toContain('Titel door een ander proces');
  });
});

describe('caching is opt-in per route', () => {
  test('a page that opted in is kept: the second reader gets it from memory, and proxies may keep it a minute', async () => {
    const path = '/allianties';
    await t.app.request(path);
    const again = await t.app.request(path);
    expect(again.headers.get('x-cache')).toBe('hit');
    expect(again.headers.get('cache-control')).toBe('public, max-age=60');
    const revalidated = await t.app.request(path, {
      headers: { 'if-none-match': again.headers.get('etag')! },
    });
    expect(revalidated.status).toBe(304);
  });

  test('a wijkbudget round page, with its deadlines and phase, is rendered for every reader and never kept', async () => {
    await loadDemo(t.database.db);
    // Shown as a real round (examples are only listed with DEMO=1).
    await t.database.db.update(rounds).set({ demo: false });
    // The example round in its vote: its page shows the closing time and a live phase.
    const [voting] = await t.database.db
      .select({ slug: rounds.slug })
      .from(rounds)
      .where(
        and(lte(rounds.voteFrom, new Date().toISOString()), gt(rounds.voteUntil, new Date().toISOString())),
      );
    expect(voting, 'an example round is in its vote').toBeDefined();
    const path = `/wijkbudget/${voting!.slug}`;
    const first = await t.app.request(path);
    expect(first.status).toBe(200);
    const second = await t.app.request(path);
    expect(second.headers.get('x-cache')).toBeNull();
    expect(await second.text()).toBe(await first.text());
    const revalidated = await t.app.request(path, {
      headers: { 'if-none-match': second.headers.get('etag')! },
    });
    expect(revalidated.status).toBe(304);
  });

  test('a route that did not opt in is never served from memory, even when read twice in a row', async () => {
    await t.app.request('/zoeken?q=school');
    const again = await t.app.request('/zoeken?q=school');
    expect(again.status).toBe(200);
    expect(again.headers.get('x-cache')).toBeNull();
    expect(again.headers.get('cache-control')).toBe('public, no-cache');
  });
});

describe('personal pages are never public', () => {
  test('a page with a form carries this browser’s CSRF token and is private, even for a returning visitor', async () => {
    const visitor = new TestClient(t.app);
    const first = await visitor.get('/beheer/inloggen');
    expect(first.headers.get('cache-control')).toBe('private, no-store');
    const second = await visitor.get('/beheer/inloggen');
    expect(second.headers.get('set-cookie')).toBeNull();
    expect(second.headers.get('cache-control')).toBe('private, no-store');
  });

  test('a signed-in staff member gets public pages as private, and never someone else’s', async () => {
    const staff = new TestClient(t.app);
    await staff.signIn(t.staff.editor);
    const page = await staff.get('/');
    expect(page.headers.get('cache-control')).toBe('private, no-store');
    expect(await page.text()).toContain('Ingelogd als Eddy Redactie');
    const anonymous = await t.app.request('/');
    expect(await anonymous.text()).not.toContain('Ingelogd als');
  });
});

describe('compression', () => {
  test('a browser that accepts gzip gets the page gzipped, the same page as without', async () => {
    const plain = await (await t.app.request('/programma')).text();
    const gzipped = await t.app.request('/programma', {
      headers: { 'accept-encoding': 'gzip, deflate' },
    });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gzipped.headers.get('vary')).toContain('Accept-Encoding');
    const body = Buffer.from(await gzipped.arrayBuffer());
    expect(body.length).toBeLessThan(Buffer.byteLength(plain) / 3);
    expect(gunzipSync(body).toString('utf8')).toBe(plain);
  });

  for (const [what, path, cookie] of [
    ['a page kept in memory', '/programma', undefined],
    ['a page rendered for this request', '/programma', 'ozw_test=1'],
    ['an API answer', '/api/v1/measures', undefined],
  ] as const) {
    test(`a client that prefers brotli gets ${what} in brotli, the same as without`, async () => {
      const headers: Record<string, string> = cookie ? { cookie } : {};
      const plain = await (await t.app.request(path, { headers })).text();
      await t.app.request(path, { headers }); // a second read: served from memory where the route allows
      const compressed = await t.app.request(path, {
        headers: { ...headers, 'accept-encoding': 'gzip, deflate, br' },
      });
      expect(compressed.headers.get('content-encoding')).toBe('br');
      expect(compressed.headers.get('vary')).toContain('Accept-Encoding');
      const body = Buffer.from(await compressed.arrayBuffer());
      expect(body.length).toBeLessThan(Buffer.byteLength(plain) / 3);
      expect(brotliDecompressSync(body).toString('utf8')).toBe(plain);
    });
  }
});
