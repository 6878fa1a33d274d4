// SPDX-License-Identifier: EUPL-1.2
/**
 * An administrator invites a new staff member without choosing their password; the invitation arrives
 * by mail (a real SMTP server); the new colleague opens the link on their phone, chooses a password
 * (two different ones first) and is signed in; the link then no longer works. axe on every page.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { t } from '../../src/platform/i18n.ts';
import {
  expectAccessible,
  expectFitsPhone,
  launchBrowser,
  newPhoneContext,
  signIn,
} from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { startTestSmtpServer } from '../support/smtp.ts';

let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  [server, browser] = await Promise.all([startTestServer({ SMTP_URL: smtp.url }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await smtp?.close();
});

const newColleague = { name: 'Sanne de Wit', email: 'sanne@example.nl' };
const chosenPassword = 'fietsen langs de Leyweg';

describe('an administrator invites a new staff member', () => {
  test('the colleague gets a link by mail, chooses a password and is signed in; the link works once', async () => {
    const adminContext = await newPhoneContext(browser, { baseURL: server.url });
    const colleagueContext = await newPhoneContext(browser, { baseURL: server.url });
    for (const context of [adminContext, colleagueContext]) context.setDefaultTimeout(15_000);
    try {
      // 1. The administrator adds the colleague: name, address and role, no password.
      const admin = await adminContext.newPage();
      await signIn(admin, server.staff.admin);
      await admin.goto('/beheer/gebruikers');
      await expectAccessible(admin);
      expect(await admin.getByLabel(t('auth.form.newPassword')).count()).toBe(0);
      await admin.getByRole('textbox', { name: t('auth.form.name') }).fill(newColleague.name);
      await admin.getByRole('textbox', { name: t('auth.form.email') }).fill(newColleague.email);
      await admin.getByRole('combobox', { name: t('auth.form.role') }).selectOption('editor');
      await admin.getByRole('button', { name: t('admin.users.create') }).click();
      await admin.waitForURL(/uitgenodigd=\d+/);
      expect(
        await admin
          .getByRole('status')
          .filter({ hasText: t('admin.users.invitationSent', { email: newColleague.email }) })
          .count(),
      ).toBe(1);
      const row = admin.getByRole('row', { name: new RegExp(newColleague.name) });
      expect(await row.getByText(/^Uitgenodigd, nog geen wachtwoord\./).count()).toBe(1);
      await expectAccessible(admin);
      await expectFitsPhone(admin);

      // 2. The mail arrives with the link (queued with the account; the job runner delivers it).
      expect(await server.jobs.runDue()).toBe(1);
      const mail = smtp.to(newColleague.email).at(-1);
      expect(mail?.subject).toBe(t('auth.invitation.mail.subject'));
      const link = /https?:\/\/\S+\/beheer\/uitnodiging\/[A-Za-z0-9_-]+/.exec(mail!.text)![0];
      const path = new URL(link).pathname;

      // 3. The colleague opens it, types two different passwords first, then chooses one.
      const page = await colleagueContext.newPage();
      await page.goto(path);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(t('auth.invitation.title'));
      await expectAccessible(page);
      await expectFitsPhone(page);
      const password = page.getByLabel(t('auth.form.newPassword'), { exact: true });
      const repeat = page.getByLabel(t('auth.form.password.repeat'), { exact: true });
      await password.fill(chosenPassword);
      await repeat.fill('fietsen langs de Loosduinseweg');
      await page.getByRole('button', { name: t('auth.invitation.submit') }).click();
      await page.getByRole('heading', { name: t('error.summaryTitle') }).waitFor();
      expect(await repeat.getAttribute('aria-invalid')).toBe('true');
      expect(await password.inputValue()).toBe('');
      await expectAccessible(page);
      await password.fill(chosenPassword);
      await repeat.fill(chosenPassword);
      await page.getByRole('button', { name: t('auth.invitation.submit') }).click();
      await page.waitForURL((url) => url.pathname === '/beheer');
      expect(await page.getByText(t('auth.signedInAs', { name: newColleague.name })).count()).toBe(1);

      // 4. The link works once: opened again it says so, and points to the sign-in page.
      await page.goto(path);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        t('auth.invitation.invalidTitle'),
      );
      expect(await page.getByText(t('auth.invitation.used')).count()).toBe(1);
      await expectAccessible(page);

      // 5. The administrator's list now shows the account as active.
      await admin.reload();
      expect(
        await admin
          .getByRole('row', { name: new RegExp(newColleague.name) })
          .getByText(t('admin.users.active'))
          .count(),
      ).toBe(1);
    } finally {
      await Promise.all([adminContext.close(), colleagueContext.close()]);
    }
  });
});
