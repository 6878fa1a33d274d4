// SPDX-License-Identifier: EUPL-1.2
/**
 * The staff measure list (/beheer/maatregelen) as a signed-in editor on a phone (360 px): without
 * JavaScript the filter form narrows the list and the page links keep the filter; axe-core finds nothing.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  expectFitsPhone,
  expectNoAxeViolations,
  expectOneMainAndOneH1,
  launchBrowser,
  newPhoneContext,
  openPage,
  signIn,
} from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let browser: Browser;
let staff: BrowserContext;
beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  staff = await newPhoneContext(browser, { baseURL: server.url, javaScriptEnabled: false });
  const page = await staff.newPage();
  await signIn(page, server.staff.editor);
  await page.close();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('an editor finds a measure in the staff list', () => {
  test('filtering by status and title without JavaScript, then to the second page, keeps the filter; fits a phone', async () => {
    const page = await openPage(staff, '/beheer/maatregelen');
    try {
      await expectOneMainAndOneH1(page);
      await expectFitsPhone(page);
      await page.selectOption('#filter-status', 'unknown');
      await page.click('.filter-form button[type="submit"]');
      await page.waitForURL(/status=unknown/);
      expect(await page.inputValue('#filter-status')).toBe('unknown');
      const next = page.locator('a[rel="next"]');
      if ((await next.count()) > 0) {
        await next.click();
        await page.waitForURL(/pagina=2/);
        expect(page.url()).toContain('status=unknown');
      }
      await page.selectOption('#filter-status', '');
      await page.fill('#filter-zoek', 'school');
      await page.click('.filter-form button[type="submit"]');
      await page.waitForURL(/zoek=school/);
      const titles = await page.locator('tbody th a').allTextContents();
      expect(titles.length).toBeGreaterThan(0);
      for (const title of titles) expect(title.toLowerCase()).toContain('school');
    } finally {
      await page.close();
    }
  });

  test('axe-core finds nothing on the list', async () => {
    const context = await newPhoneContext(browser, { baseURL: server.url });
    const signInPage = await context.newPage();
    await signIn(signInPage, server.staff.editor);
    await signInPage.close();
    const page = await openPage(context, '/beheer/maatregelen?wijk=moerwijk');
    try {
      await expectNoAxeViolations(page);
    } finally {
      await page.close();
      await context.close();
    }
  });
});
