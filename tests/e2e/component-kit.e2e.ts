// SPDX-License-Identifier: EUPL-1.2
/**
 * The component kit's example pages (/beheer/voorbeelden), as a signed-in staff member at 360 px: with
 * JavaScript off each has one main and one h1 and nothing wider than the phone; axe-core (which runs as a
 * script in the page) checks the same page with JavaScript on.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exampleSlugs } from '../../src/platform/components/examples/routes.tsx';
import { t } from '../../src/platform/i18n.ts';
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

const pages = ['/beheer/voorbeelden', ...exampleSlugs.map((slug) => `/beheer/voorbeelden/${slug}`)];

let server: TestServer;
let browser: Browser;
let staff: BrowserContext;
let staffWithScript: BrowserContext;
beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  staff = await newPhoneContext(browser, { baseURL: server.url, javaScriptEnabled: false });
  staffWithScript = await newPhoneContext(browser, { baseURL: server.url });
  for (const context of [staff, staffWithScript]) {
    const page = await context.newPage();
    await signIn(page, server.staff.editor);
    await page.close();
  }
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.concurrent('every example page works without JavaScript at 360 px and axe-core finds nothing', () => {
  test.each(pages)('%s', async (path) => {
    const page = await openPage(staff, path);
    try {
      await expectOneMainAndOneH1(page);
      await expectFitsPhone(page);
    } finally {
      await page.close();
    }
    const checked = await openPage(staffWithScript, path);
    try {
      await expectNoAxeViolations(checked);
    } finally {
      await checked.close();
    }
  });
});

describe('the kit without JavaScript', () => {
  test('the filter form narrows the list, and the page links keep the filter', async () => {
    const page = await openPage(staff, '/beheer/voorbeelden/filter');
    try {
      await page.getByLabel(t('kit.examples.filter.wijk')).selectOption({ label: 'Bouwlust en Vrederust' });
      await page.getByRole('button', { name: t('kit.filter.submit') }).click();
      await page.waitForURL(/wijk=WK051833/);
      expect(await page.locator('main').textContent()).toContain(
        t('kit.examples.filter.count', { count: 4 }),
      );
      await page.getByRole('link', { name: t('kit.pagination.next') }).click();
      await page.waitForURL(/pagina=2/);
      expect(new URL(page.url()).searchParams.get('wijk')).toBe('WK051833');
    } finally {
      await page.close();
    }
  });

  test('on a phone a table row is a block with the heading before each value, and numbers stay on one line', async () => {
    const page = await openPage(staff, '/beheer/voorbeelden/tabel');
    try {
      const label = page.locator('.data-table__label').first();
      expect(await label.isVisible()).toBe(true);
      const numbers = page.locator('.data-table__number');
      for (const number of await numbers.all()) {
        const lines = await number.evaluate((el) => el.getClientRects().length);
        expect(lines, (await number.textContent()) ?? undefined).toBe(1);
      }
    } finally {
      await page.close();
    }
  });
});
