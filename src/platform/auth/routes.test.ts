// SPDX-License-Identifier: EUPL-1.2
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp, testPassword } from '../../../tests/support/app.ts';
import { TestClient } from '../../../tests/support/client.ts';
import { startTestSmtpServer } from '../../../tests/support/smtp.ts';
import { measures, measureUpdates } from '../../programme/schema.ts';
import { auditLog } from '../audit/schema.ts';
import { sessions, userInvitations, users } from './schema.ts';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
  t = await buildTestApp({ SMTP_URL: smtp.url });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

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

/** The invitation link in the newest mail to an address (the outbox delivers what was queued first). */
async function invitationLink(to: string): Promise<string> {
  await t.jobs.runDue();
  const mail = smtp.to(to).at(-1);
  expect(mail, `a mail to ${to}`).toBeDefined();
  const link = /https?:\/\/\S+\/beheer\/uitnodiging\/[A-Za-z0-9_-]+/.exec(mail!.text)?.[0];
  expect(link, mail!.text).toBeDefined();
  return new URL(link!).pathname;
}

describe('an administrator manages staff accounts', () => {
  test('the form says what each role may do, from the matrix the parts build', async () => {
    const admin = new TestClient(t.app);
    await admin.signIn(t.staff.admin);
    const form = await (await admin.get('/beheer/gebruikers')).text();
    const summary = form.slice(form.indexOf('<dl class="role-summary">'), form.indexOf('</dl>'));
    expect(summary).toContain('<dt>Redacteur</dt><dd>de teksten van het programma aanpassen');
    // Wijkbudget's own permission, declared in wijkbudget/permissions.ts, is listed for the editor.
    expect(summary).toMatch(/<dt>Redacteur<\/dt><dd>[^<]*papieren stembiljetten invoeren/);
    expect(summary).toContain(
      '<dt>Redacteur van een alliantie</dt><dd>de maatregelen van de eigen alliantie aanpassen</dd>',
    );
  });

  test('invites an alliance editor without choosing a password; the link by mail lets them choose one and signs them in', async () => {
    const admin = new TestClient(t.app);
    await admin.signIn(t.staff.admin);
    const form = await (await admin.get('/beheer/gebruikers')).text();
    // The administrator no longer types someone else's password.
    expect(form).not.toContain('name="password"');
    expect(form).toContain('De nieuwe gebruiker krijgt een mail met een link.');
    const response = await admin.post('/beheer/gebruikers', {
      name: 'Nieuwe Collega',
      email: 'nieuw@example.nl',
      role: 'alliance-editor',
      allianceId: String(t.staff.allianceId),
    });
    expect(response.status).toBe(303);
    const list = await (await admin.get(response.headers.get('location')!)).text();
    expect(list).toContain('De uitnodiging is gestuurd naar nieuw@example.nl.');
    expect(list).toContain('Uitgenodigd, nog geen wachtwoord.');
    const [created] = await t.database.db.select().from(users).where(eq(users.email, 'nieuw@example.nl'));
    expect(created).toMatchObject({
      role: 'alliance-editor',
      allianceId: t.staff.allianceId,
      passwordHash: null,
    });

    // The mail: who invited them, the link, until when it works. Only the link's hash is stored.
    // Queued with the account, in the same transaction; the job runner delivers it.
    expect(await t.jobs.runDue()).toBe(1);
    const mail = smtp.to('nieuw@example.nl').at(-1)!;
    expect(mail.subject).toBe('Uitnodiging voor Open Zuidwest');
    expect(mail.text).toContain('Anna Beheer heeft een account voor u gemaakt op Open Zuidwest.');
    const path = await invitationLink('nieuw@example.nl');
    const token = path.split('/').at(-1)!;
    const [stored] = await t.database.db
      .select()
      .from(userInvitations)
      .where(eq(userInvitations.userId, created!.id));
    expect(stored!.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(await t.database.db.select().from(userInvitations))).not.toContain(token);
    const days = (stored!.expiresAt.getTime() - stored!.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(7, 3);

    // Before choosing a password the account cannot sign in, whatever is typed.
    expect(
      (await new TestClient(t.app).signIn('nieuw@example.nl', 'een lange zin als wachtwoord')).status,
    ).toBe(401);

    const invited = new TestClient(t.app);
    const page = await invited.get(path);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toContain('no-store');
    expect(await page.text()).toContain('Welkom, Nieuwe Collega.');
    const short = await invited.post(path, { password: 'kort', repeat: 'kort' });
    expect(short.status).toBe(400);
    const shortHtml = await short.text();
    expect(shortHtml).toContain('Het wachtwoord moet minstens 12 tekens hebben.');
    expect(shortHtml).not.toContain('value="kort"');
    const different = await invited.post(path, {
      password: 'een lange zin als wachtwoord',
      repeat: 'een andere zin',
    });
    expect(different.status).toBe(400);
    expect(await different.text()).toContain('De twee wachtwoorden zijn niet gelijk.');
    expect(
      (await t.database.db.select().from(users).where(eq(users.id, created!.id)))[0]!.passwordHash,
    ).toBeNull();

    const chosen = await invited.post(path, {
      password: 'een lange zin als wachtwoord',
      repeat: 'een lange zin als wachtwoord',
    });
    expect(chosen.status).toBe(303);
    expect(chosen.headers.get('location')).toBe('/beheer');
    expect(await (await invited.get('/beheer')).text()).toContain('Ingelogd als Nieuwe Collega');
    const [after] = await t.database.db.select().from(users).where(eq(users.id, created!.id));
    expect(after!.passwordHash).toMatch(/^\$argon2id\$/);
    const entries = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(created!.id)));
    expect(entries.map((e) => e.action)).toEqual(['user.invite', 'user.invite.accept']);
    expect(JSON.stringify(entries)).not.toContain('een lange zin als wachtwoord');
    expect(JSON.stringify(entries)).not.toContain(token);

    // The link works once.
    const again = await new TestClient(t.app).get(path);
    expect(again.status).toBe(410);
    expect(await again.text()).toContain('Deze link is al gebruikt.');
    const reuse = new TestClient(t.app);
    await reuse.get('/beheer/inloggen');
    const overwrite = await reuse.post(path, {
      password: 'iemand anders zijn zin',
      repeat: 'iemand anders zijn zin',
    });
    expect(overwrite.status).toBe(410);
    expect(
      (await new TestClient(t.app).signIn('nieuw@example.nl', 'een lange zin als wachtwoord')).status,
    ).toBe(303);
  });

  test('an expired link says so; a new invitation ends the old link, and only the newest works', async () => {
    const admin = new TestClient(t.app);
    await admin.signIn(t.staff.admin);
    await admin.get('/beheer/gebruikers');
    await admin.post('/beheer/gebruikers', {
      name: 'Late Collega',
      email: 'laat@example.nl',
      role: 'editor',
    });
    const first = await invitationLink('laat@example.nl');
    const [late] = await t.database.db.select().from(users).where(eq(users.email, 'laat@example.nl'));
    await t.database.db
      .update(userInvitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(userInvitations.userId, late!.id));
    const expired = await new TestClient(t.app).get(first);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain('Deze link is verlopen. Een link werkt 7 dagen.');
    expect(await (await admin.get('/beheer/gebruikers')).text()).toContain(
      'Uitgenodigd, maar de link is verlopen.',
    );

    const renewed = await admin.post(`/beheer/gebruikers/${late!.id}/uitnodiging`, {});
    expect(renewed.status).toBe(303);
    const second = await invitationLink('laat@example.nl');
    expect(second).not.toBe(first);
    // A second renewal: the link from the second mail stops working too.
    await admin.get('/beheer/gebruikers');
    await admin.post(`/beheer/gebruikers/${late!.id}/uitnodiging`, {});
    const third = await invitationLink('laat@example.nl');
    const revoked = await new TestClient(t.app).get(second);
    expect(revoked.status).toBe(410);
    expect(await revoked.text()).toContain('Er is een nieuwere uitnodiging gestuurd.');
    const unknown = await new TestClient(t.app).get('/beheer/uitnodiging/geraden-token');
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('Deze link kennen wij niet.');

    const invited = new TestClient(t.app);
    await invited.get(third);
    expect(
      (await invited.post(third, { password: 'nu wel op tijd hoor', repeat: 'nu wel op tijd hoor' })).status,
    ).toBe(303);
    // Someone with a password gets no new invitation.
    await admin.get('/beheer/gebruikers');
    const refused = await admin.post(`/beheer/gebruikers/${late!.id}/uitnodiging`, {});
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain('Dit account heeft al een wachtwoord.');
    const renewals = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'user.invite.renew'));
    expect(renewals.filter((e) => e.entityId === String(late!.id))).toHaveLength(2);
  });

  test('an alliance editor without alliance and a taken address are refused; nothing is stored', async () => {
    const admin = new TestClient(t.app);
    await admin.signIn(t.staff.admin);
    await admin.get('/beheer/gebruikers');
    const count = (await t.database.db.select().from(users)).length;
    const bad = await admin.post('/beheer/gebruikers', {
      name: 'X',
      email: 'x@example.nl',
      role: 'alliance-editor',
      allianceId: '',
    });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain('Kies de alliantie van deze redacteur.');
    expect(html).toContain('value="x@example.nl"');
    const taken = await admin.post('/beheer/gebruikers', {
      name: 'Dubbel',
      email: t.staff.editor,
      role: 'editor',
    });
    expect(taken.status).toBe(409);
    expect(await taken.text()).toContain('Er is al een account met dit e-mailadres.');
    expect((await t.database.db.select().from(users)).length).toBe(count);
    await t.jobs.runDue();
    expect(smtp.to('x@example.nl')).toHaveLength(0);
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

describe('an invitation mail that cannot be sent yet', () => {
  let down: TestApp;
  beforeAll(async () => {
    // A mail server address where nothing listens.
    down = await buildTestApp({ SMTP_URL: 'smtp://127.0.0.1:9', MAIL_RETRIES: '0' });
  });
  afterAll(() => down.close());

  test('the account is added and its mail is kept in the outbox: after the last try staff see it at /beheer/mail; an address already taken queues nothing', async () => {
    const admin = new TestClient(down.app);
    await admin.signIn(down.staff.admin);
    await admin.get('/beheer/gebruikers');
    const response = await admin.post('/beheer/gebruikers', {
      name: 'Zonder Mail',
      email: 'zondermail@example.nl',
      role: 'editor',
    });
    expect(response.status).toBe(303);
    const page = await (await admin.get(response.headers.get('location')!)).text();
    expect(page).toContain('De uitnodiging is gestuurd naar zondermail@example.nl.');
    expect(page).toContain('Stuur Zonder Mail een nieuwe uitnodiging');
    // The delivery fails (no retries in this test): the mail is listed for staff at /beheer/mail, not lost.
    expect(await down.jobs.runDue()).toBe(0);
    const failed = await (await admin.get('/beheer/mail')).text();
    expect(failed).toContain('zondermail@example.nl');
    expect(failed).toContain('Uitnodiging voor Open Zuidwest');

    // A second account with the same address is refused, and no second mail is queued with it.
    const taken = await admin.post('/beheer/gebruikers', {
      name: 'Nog Eens',
      email: 'zondermail@example.nl',
      role: 'editor',
    });
    expect(taken.status).toBe(409);
    expect(await down.jobs.runDue()).toBe(0);
    const still = await (await admin.get('/beheer/mail')).text();
    expect(still.split('zondermail@example.nl').length - 1).toBe(
      failed.split('zondermail@example.nl').length - 1,
    );
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
