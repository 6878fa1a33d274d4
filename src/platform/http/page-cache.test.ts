// SPDX-License-Identifier: EUPL-1.2
import { gunzipSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../../../tests/support/app.ts';
import { TestClient } from '../../../tests/support/client.ts';
import { measures } from '../../programme/schema.ts';

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
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gzipped.headers.get('vary')).toContain('Accept-Encoding');
    const body = Buffer.from(await gzipped.arrayBuffer());
    expect(body.length).toBeLessThan(Buffer.byteLength(plain) / 3);
    expect(gunzipSync(body).toString('utf8')).toBe(plain);
  });
});
