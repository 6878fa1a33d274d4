// SPDX-License-Identifier: EUPL-1.2
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatDate, t } from '../../src/platform/i18n.ts';
import { npzw } from '../../src/seed/data/npzw.ts';
import { launchBrowser, newPhoneContext, signIn } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const measure = npzw.measures.find((m) => m.slug === 'pop-up-buurtbibliotheek-moerwijk')!;

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signInAsEditor(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await signIn(page, server.staff.editor);
  return page;
}

async function openEditPageFromDashboard(page: Page) {
  await page.getByRole('link', { name: measure.title, exact: true }).click();
  await page.waitForURL(/\/beheer\/maatregelen\/\d+/);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(measure.title);
}

/** The text a screen reader reads after a field's name: its hint and error, via aria-describedby. */
function descriptionOf(page: Page, label: string) {
  return page.getByLabel(label, { exact: true }).evaluate((field) =>
    (field.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

describe.each([true, false])('a staff member (JavaScript enabled: %s)', (javaScriptEnabled) => {
  test('signs in, adds a dated progress update, and sees it on the public measure page and in the Atom feed', async () => {
    const context = await newPhoneContext(browser, { baseURL: server.url, javaScriptEnabled });
    try {
      const page = await signInAsEditor(context);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(t('admin.dashboard.title'));
      await openEditPageFromDashboard(page);

      const today = new Date().toISOString().slice(0, 10);
      const news = `De bibliotheek is nu ook op zaterdag open (test met JavaScript ${javaScriptEnabled ? 'aan' : 'uit'}).`;
      await page.getByLabel(t('admin.update.date'), { exact: true }).fill(today);
      await page.getByRole('textbox', { name: t('admin.update.body') }).fill(news);
      await page.getByRole('button', { name: t('admin.update.submit') }).click();
      await page.waitForURL(/opgeslagen=update/);
      expect(await page.getByRole('status').textContent()).toBe(t('admin.saved.update'));

      await page.getByRole('link', { name: t('admin.measure.viewPublic') }).click();
      await page.waitForURL(`**/maatregelen/${measure.slug}`);
      const progress = page.getByRole('listitem').filter({ hasText: news });
      expect(await progress.count()).toBe(1);
      expect(await progress.getByRole('heading', { level: 3 }).textContent()).toBe(formatDate(today));

      const feed = await context.request.get('/nieuws.atom');
      expect(feed.status()).toBe(200);
      expect(feed.headers()['content-type']).toContain('application/atom+xml');
      const xml = await feed.text();
      expect(xml).toContain(`<content type="text">${news}</content>`);
      expect(xml).toContain(`<published>${today}T00:00:00Z</published>`);
    } finally {
      await context.close();
    }
  });

  test('submitting the update form empty shows an error summary that links to each field, and the message at the field', async () => {
    const context = await newPhoneContext(browser, { baseURL: server.url, javaScriptEnabled });
    try {
      const entriesInFeed = async () =>
        ((await (await context.request.get('/nieuws.atom')).text()).match(/<entry>/g) ?? []).length;
      const entriesBefore = await entriesInFeed();
      const page = await signInAsEditor(context);
      await openEditPageFromDashboard(page);
      await page.getByLabel(t('admin.update.date'), { exact: true }).fill('');
      await page.getByRole('button', { name: t('admin.update.submit') }).click();
      await page.waitForLoadState();

      expect(await page.title()).toMatch(/^Fout: /);
      const summary = page.getByRole('heading', { name: t('error.summaryTitle') });
      expect(await summary.isVisible()).toBe(true);
      const alert = page.getByRole('alert');
      const bodyLink = alert.getByRole('link', { name: t('programme.form.body.required') });
      const dateLink = alert.getByRole('link', { name: t('programme.form.date.required') });
      expect(await bodyLink.isVisible()).toBe(true);
      expect(await dateLink.isVisible()).toBe(true);

      const body = page.getByRole('textbox', { name: t('admin.update.body') });
      expect(await body.getAttribute('aria-invalid')).toBe('true');
      expect(await descriptionOf(page, t('admin.update.body'))).toContain(t('programme.form.body.required'));
      expect(await descriptionOf(page, t('admin.update.date'))).toContain(t('programme.form.date.required'));

      // Following a link in the summary puts the reader in the field with the problem.
      await bodyLink.click();
      await expect.poll(() => body.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type('Nu wel ingevuld.');
      expect(await body.inputValue()).toBe('Nu wel ingevuld.');

      expect(await entriesInFeed(), 'nothing was published').toBe(entriesBefore);
    } finally {
      await context.close();
    }
  });
});
