// SPDX-License-Identifier: EUPL-1.2
/**
 * A resident reads the monitor on a 360 px phone without JavaScript: from the menu to /monitor, to an
 * indicator with its chart, table and buurt map, and to its CSV. Every page: one main, one h1, no sideways
 * scrolling, and nothing axe-core finds against WCAG 2.1 AA.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { t } from '../../src/platform/i18n.ts';
import {
  expectAccessible,
  expectFitsPhone,
  launchBrowser,
  newPhoneContext,
  openPage,
} from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
/** axe-core runs as a script in the page, so the same pages are checked again in a context with scripts on. */
let axeContext: BrowserContext;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  context = await newPhoneContext(browser, { baseURL: server.url, javaScriptEnabled: false });
  axeContext = await newPhoneContext(browser, { baseURL: server.url });
});

/** The page as a resident without JavaScript gets it, checked by axe in a browser with scripts on. */
async function expectPageAccessible(path: string) {
  const page = await openPage(axeContext, path);
  await expectAccessible(page);
  await page.close();
}

afterAll(async () => {
  await axeContext?.close();
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('the monitor, without JavaScript on a phone', { timeout: 150_000 }, () => {
  test('from the menu to an indicator, its chart table, buurt map and CSV', async () => {
    const page = await openPage(context, '/');
    await page
      .getByRole('link', { name: t('site.nav.monitor') })
      .first()
      .click();
    await page.waitForURL((url) => url.pathname === '/monitor');
    await expect(page.getByRole('heading', { level: 1 })).toBeDefined();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(t('monitor.title'));
    await expectPageAccessible('/monitor');
    await expectFitsPhone(page);

    const href = await page
      .getByRole('link', { name: 'Huishoudens met een laag inkomen' })
      .getAttribute('href');
    expect(href).toBe('/monitor/laag-inkomen');
    await page.goto(href!);
    expect(await page.getByText('21,1 tegen 12,4 in 2019').count()).toBe(1);
    // the chart's table and the map's table hold the figures as text
    const chartTable = page.getByRole('table', { name: /Huishoudens met een laag inkomen: Zuidwest/ });
    expect(await chartTable.getByRole('cell', { name: '24,7' }).count()).toBeGreaterThan(0);
    const mapTable = page.getByRole('table', { name: /per buurt in 2019/ });
    expect(await mapTable.getByRole('row').count()).toBe(12);
    await expectPageAccessible(href!);
    await expectFitsPhone(page);

    const download = await context.request.get('/api/v1/indicators.csv?indicator=laag-inkomen');
    expect(download.status()).toBe(200);
    expect(await download.text()).toContain('laag-inkomen,WK051836,Moerwijk,2019,24.7,percent');
  });

  test('an indicator with gaps between years, and one with too few years, pass axe on a phone', async () => {
    for (const path of ['/monitor/woningvoorraad', '/monitor/bijstand', '/wijken/moerwijk']) {
      const page = await openPage(context, path);
      await expectFitsPhone(page);
      await expectPageAccessible(path);
      await page.close();
    }
  });
});
