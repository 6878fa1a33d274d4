// SPDX-License-Identifier: EUPL-1.2
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp, testPassword } from '../../../tests/support/app.ts';
import { TestClient } from '../../../tests/support/client.ts';
import { measures, measureUpdates } from '../../programme/schema.ts';
import { auditLog } from '../audit/schema.ts';
import { sessions, users } from './schema.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('signing in', () => {
  test('the right password opens a session stored in the database, with an HttpOnly SameSite cookie', async () => {
    const client = new TestClient(t.app);
    await client.get('/beheer/inloggen');
    const response = await client.post('/beheer/inloggen', {
      email: 'REDACTIE@example.nl ',
      password: testPassword,
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/beheer');
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('ozw_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const dashboard = await client.get('/beheer');
    expect(dashboard.status).toBe(200);
    expect(await dashboard.text()).toContain('Ingelogd als Eddy Redactie');
  });

  test('a wrong password gets one message that does not say which part was wrong, and keeps the address', async () => {
    const client = new TestClient(t.app);
    await client.get('/beheer/inloggen');
    const response = await client.post('/beheer/inloggen', {
      email: t.staff.admin,
      password: 'verkeerd wachtwoord',
    });
    expect(response.status).toBe(401);
    const html = await response.text();
    expect(html).toContain('Het e-mailadres of het wachtwoord klopt niet.');
    expect(html).toContain(`value="${t.staff.admin}"`);
    expect(html).not.toContain('verkeerd wachtwoord');
    expect(response.headers.getSetCookie().some((c) => c.startsWith('ozw_session='))).toBe(false);
  });

  test('an empty form is answered next to each field', async () => {
    const client = new TestClient(t.app);
    await client.get('/beheer/inloggen');
    const response = await client.post('/beheer/inloggen', { email: 'geen-adres', password: '' });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('Vul een geldig e-mailadres in');
    expect(html).toContain('Vul uw wachtwoord in.');
  });

  test('after five wrong passwords the account is locked for a while, even with the right password', async () => {
    const client = new TestClient(t.app);
    await client.get('/beheer/inloggen');
    for (let i = 0; i < 5; i++) {
      expect(
        (await client.post('/beheer/inloggen', { email: t.staff.allianceEditor, password: `fout ${i}` }))
          .status,
      ).toBe(401);
    }
    const locked = await client.post('/beheer/inloggen', {
      email: t.staff.allianceEditor,
      password: testPassword,
    });
    expect(locked.status).toBe(429);
    expect(await locked.text()).toContain('Wacht 15 minuten');
  });

  test('200 wrong passwords at once: exactly 5 are checked, the other 195 are refused as locked', async () => {
    const client = new TestClient(t.app, { address: '203.0.113.50' });
    await client.get('/beheer/inloggen');
    const statuses = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        client
          .post('/beheer/inloggen', { email: 'gokker@example.nl', password: `fout ${i}` })
          .then((r) => r.status),
      ),
    );
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(195);
  });

  test('a form post without the CSRF token is refused with 403 and changes nothing', async () => {
    const client = new TestClient(t.app);
    await client.signIn(t.staff.editor);
    const [measure] = await t.database.db.select().from(measures).limit(1);
    const before = (await t.database.db.select().from(measureUpdates)).length;
    const forged = await client.post(
      `/beheer/maatregelen/${measure!.id}/voortgang`,
      { publishedOn: '2026-11-01', body: 'Vervalst' },
      { csrf: false },
    );
    expect(forged.status).toBe(403);
    expect(await forged.text()).toContain('Het formulier is verlopen');
    const wrong = await client.post(
      `/beheer/maatregelen/${measure!.id}/voortgang`,
      { _csrf: 'geraden', publishedOn: '2026-11-01', body: 'Vervalst' },
      { csrf: false },
    );
    expect(wrong.status).toBe(403);
    expect((await t.database.db.select().from(measureUpdates)).length).toBe(before);
  });

  test('an expired session no longer signs anyone in, and is removed at the next sign-in', async () => {
    const client = new TestClient(t.app);
    await client.signIn(t.staff.editor);
    await t.database.db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) });
    expect((await client.get('/beheer')).status).toBe(303);
    await new TestClient(t.app).signIn(t.staff.admin);
    const left = await t.database.db.select().from(sessions);
    expect(left.every((s) => s.expiresAt > new Date())).toBe(true);
  });

  test('signing out ends the session in the database', async () => {
    const client = new TestClient(t.app);
    await client.signIn(t.staff.editor);
    expect((await client.get('/beheer')).status).toBe(200);
    await client.post('/beheer/uitloggen', {});
    expect((await client.get('/beheer')).status).toBe(303);
  });

  test('the sign-in form sends you back only to a page on this site', async () => {
    const client = new TestClient(t.app);
    await client.get('/beheer/inloggen');
    const response = await client.post('/beheer/inloggen', {
      email: t.staff.editor,
      password: testPassword,
      terug: '//evil.example/',
    });
    expect(response.headers.get('location')).toBe('/beheer');
  });
});

describe('an administrator manages staff accounts', () => {
  test('adds an alliance editor; the new account can sign in; the audit log has it without the password', async () => {
    const admin = new TestClient(t.app);
    await admin.signIn(t.staff.admin);
    await admin.get('/beheer/gebruikers');
    const response = await admin.post('/beheer/gebruikers', {
      name: 'Nieuwe Collega',
      email: 'nieuw@example.nl',
      password: 'een lange zin als wachtwoord',
      role: 'alliance-editor',
      allianceId: String(t.staff.allianceId),
    });
    expect(response.status).toBe(303);
    const [created] = await t.database.db.select().from(users).where(eq(users.email, 'nieuw@example.nl'));
    expect(created).toMatchObject({ role: 'alliance-editor', allianceId: t.staff.allianceId });
    expect(created!.passwordHash).toMatch(/^\$argon2id\$/);
    const [entry] = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'user.create'));
    expect(JSON.stringify(entry)).not.toContain('een lange zin als wachtwoord');
    expect(
      (await new TestClient(t.app).signIn('nieuw@example.nl', 'een lange zin als wachtwoord')).status,
    ).toBe(303);
  });

  test('a short password, an alliance editor without alliance, and a taken address are refused; nothing is stored', async () => {
    const admin = new TestClient(t.app);
    await admin.signIn(t.staff.admin);
    await admin.get('/beheer/gebruikers');
    const count = (await t.database.db.select().from(users)).length;
    const bad = await admin.post('/beheer/gebruikers', {
      name: 'X',
      email: 'x@example.nl',
      password: 'kort',
      role: 'alliance-editor',
      allianceId: '',
    });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain('Het wachtwoord moet minstens 12 tekens hebben.');
    expect(html).toContain('Kies de alliantie van deze redacteur.');
    expect(html).toContain('value="x@example.nl"');
    const taken = await admin.post('/beheer/gebruikers', {
      name: 'Dubbel',
      email: t.staff.editor,
      password: 'nog een lange zin hier',
      role: 'editor',
    });
    expect(taken.status).toBe(409);
    expect(await taken.text()).toContain('Er is al een account met dit e-mailadres.');
    expect((await t.database.db.select().from(users)).length).toBe(count);
  });

  test('an alliance that does not exist is refused at the field (the id is no foreign key); nothing is stored', async () => {
    const admin = new TestClient(t.app);
    await admin.signIn(t.staff.admin);
    await admin.get('/beheer/gebruikers');
    const count = (await t.database.db.select().from(users)).length;
    const response = await admin.post('/beheer/gebruikers', {
      name: 'Geen Alliantie',
      email: 'geen@example.nl',
      password: 'een lange zin als wachtwoord',
      role: 'alliance-editor',
      allianceId: '999999',
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('Kies de alliantie van deze redacteur.');
    expect(html).toContain('value="geen@example.nl"');
    expect((await t.database.db.select().from(users)).length).toBe(count);
  });

  test('a blocked account is signed out at once and cannot sign in again', async () => {
    const victim = new TestClient(t.app);
    await victim.signIn('nieuw@example.nl', 'een lange zin als wachtwoord');
    expect((await victim.get('/beheer')).status).toBe(200);
    const admin = new TestClient(t.app);
    await admin.signIn(t.staff.admin);
    await admin.get('/beheer/gebruikers');
    const [target] = await t.database.db.select().from(users).where(eq(users.email, 'nieuw@example.nl'));
    expect((await admin.post(`/beheer/gebruikers/${target!.id}/blokkeren`, {})).status).toBe(303);
    expect((await victim.get('/beheer')).status).toBe(303);
    expect(
      (await new TestClient(t.app).signIn('nieuw@example.nl', 'een lange zin als wachtwoord')).status,
    ).toBe(401);
  });
});

describe('cookies over HTTPS', () => {
  let secure: TestApp;
  beforeAll(async () => {
    secure = await buildTestApp({ SECURE_COOKIES: '1' });
  });
  afterAll(() => secure.close());

  test('the CSRF and session cookies are __Host- cookies: Secure, for the whole site, this host only', async () => {
    const client = new TestClient(secure.app);
    const form = await client.get('/beheer/inloggen');
    const csrf = form.headers.getSetCookie().find((c) => c.startsWith('__Host-ozw_csrf='))!;
    expect(csrf).toMatch(/; Secure/i);
    expect(csrf).toMatch(/; Path=\//i);
    expect(csrf).not.toMatch(/Domain=/i);
    const signedIn = await client.post('/beheer/inloggen', {
      email: secure.staff.editor,
      password: testPassword,
    });
    expect(signedIn.status).toBe(303);
    const session = signedIn.headers.getSetCookie().find((c) => c.startsWith('__Host-ozw_session='))!;
    expect(session).toMatch(/; Secure/i);
    expect(session).toMatch(/HttpOnly/i);
    expect(signedIn.headers.getSetCookie().some((c) => c.startsWith('ozw_'))).toBe(false);
    const dashboard = await client.get('/beheer');
    expect(await dashboard.text()).toContain('Ingelogd als Eddy Redactie');
    // Signing out removes the prefixed cookie.
    const out = await client.post('/beheer/uitloggen', {});
    expect(out.headers.getSetCookie().some((c) => c.startsWith('__Host-ozw_session=;'))).toBe(true);
  });

  test('on plain http (development, tests) the cookies have no prefix, so browsers keep them', async () => {
    const client = new TestClient(t.app);
    const form = await client.get('/beheer/inloggen');
    const csrf = form.headers.getSetCookie().find((c) => c.startsWith('ozw_csrf='))!;
    expect(csrf).not.toMatch(/Secure/i);
  });

  test('signing in gives a new CSRF token: a token known from before signing in no longer works', async () => {
    const client = new TestClient(secure.app);
    await client.get('/beheer/inloggen');
    const before = client.csrfToken!;
    const signedIn = await client.post('/beheer/inloggen', {
      email: secure.staff.admin,
      password: testPassword,
    });
    const renewed = signedIn.headers.getSetCookie().find((c) => c.startsWith('__Host-ozw_csrf='));
    expect(renewed).toBeDefined();
    const page = await client.get('/beheer/gebruikers');
    expect(page.status).toBe(200);
    const after = client.csrfToken!;
    expect(after).not.toBe(before);
    // A form filled with the old token (planted or read before sign-in) is refused and stores nothing.
    const count = (await secure.database.db.select().from(users)).length;
    const stale = await secure.app.request('/beheer/gebruikers', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: client.cookie },
      body: new URLSearchParams({
        _csrf: before,
        name: 'Ingeplant',
        email: 'ingeplant@example.nl',
        password: 'een lange zin voor dit',
        role: 'editor',
      }).toString(),
    });
    expect(stale.status).toBe(403);
    expect((await secure.database.db.select().from(users)).length).toBe(count);
  });
});
