// SPDX-License-Identifier: EUPL-1.2
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { t } from '../../src/platform/i18n.ts';
import { npzw } from '../../src/seed/data/npzw.ts';
import { expectFitsPhone, launchBrowser, newPhoneContext } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

// A Moerwijk project from the documents that is running but has no known budget.
const measure = npzw.measures.find((m) => m.slug === 'pop-up-buurtbibliotheek-moerwijk')!;
const activity = npzw.measures.find((m) => m.slug === 'programmering-block-33')!;

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  expect(measure.budgetEuros, 'the journey needs a measure without a known budget').toBeNull();
  expect(measure.status).toBe('started');
  expect(activity.wijkSlugs).toContain('moerwijk');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The value next to a term in the "In het kort" list, e.g. the definition after "Budget". */
function fact(page: Page, term: string) {
  return page
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd[1]');
}

describe.each([true, false])(
  'a resident on a 360 px wide phone (JavaScript enabled: %s)',
  (javaScriptEnabled) => {
    test('finds their wijk from the home page, sees what happens there, and opens a measure', async () => {
      const context = await newPhoneContext(browser, { baseURL: server.url, javaScriptEnabled });
      try {
        const page = await context.newPage();
        await page.goto('/');
        await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(t('home.title'));
        await expectFitsPhone(page);

        const picker = page.getByRole('region', { name: t('home.pickWijk') });
        await picker.getByRole('list').first().getByRole('link', { name: 'Moerwijk', exact: true }).click();
        await page.waitForURL('**/wijken/moerwijk');
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
          t('wijk.title', { name: 'Moerwijk' }),
        );
        await expectFitsPhone(page);

        // The residents' activities and the measures for Moerwijk, each with its status.
        const activityCard = page
          .getByRole('listitem')
          .filter({ has: page.getByRole('heading', { name: activity.title }) });
        expect(await activityCard.count()).toBe(1);
        expect(await activityCard.getByText(t('programme.status.unknown'), { exact: true }).isVisible()).toBe(
          true,
        );
        const measureCard = page
          .getByRole('listitem')
          .filter({ has: page.getByRole('heading', { name: measure.title }) });
        expect(await measureCard.getByText(t('programme.status.started'), { exact: true }).isVisible()).toBe(
          true,
        );

        await measureCard.getByRole('link', { name: measure.title }).click();
        await page.waitForURL(`**/maatregelen/${measure.slug}`);
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(measure.title);
        expect((await fact(page, t('programme.measure.status')).textContent())?.trim()).toBe(
          t('programme.status.started'),
        );
        expect((await fact(page, t('programme.measure.budget')).textContent())?.trim()).toBe(
          t('site.unknown'),
        );
        expect(await fact(page, t('programme.measure.source')).textContent()).toContain(
          t('site.source', {
            file: npzw.documents.find((d) => d.file === measure.source.file)!.title,
            section: measure.source.section,
          }),
        );
        expect(
          await fact(page, t('programme.measure.wijken')).getByRole('link', { name: 'Moerwijk' }).isVisible(),
        ).toBe(true);
        await expectFitsPhone(page);
      } finally {
        await context.close();
      }
    });

    test('using only the keyboard, reaches the skip link first, jumps to the content, and tabs to the wijk links', async () => {
      const context = await newPhoneContext(browser, { baseURL: server.url, javaScriptEnabled });
      try {
        const page = await context.newPage();
        await page.goto('/');
        await page.keyboard.press('Tab');
        const skipLink = page.getByRole('link', { name: t('site.skipLink') });
        expect(await skipLink.evaluate((el) => el === document.activeElement)).toBe(true);
        expect(await skipLink.isVisible(), 'the skip link shows when it has focus').toBe(true);

        await page.keyboard.press('Enter');
        await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');

        // From the content, Tab walks through the links in order; every wijk in the list is among them.
        const reached = new Set<string>();
        for (let i = 0; i < 30 && reached.size < npzw.wijken.length; i++) {
          await page.keyboard.press('Tab');
          const href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
          if (href.startsWith('/wijken/')) reached.add(href);
        }
        expect([...reached].sort()).toEqual(npzw.wijken.map((w) => `/wijken/${w.slug}`).sort());

        const focused = page.locator(':focus');
        expect(await focused.getAttribute('href')).toMatch(/^\/wijken\//);
        await page.keyboard.press('Enter');
        await page.waitForURL('**/wijken/*');
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Wat gebeurt er in /);
      } finally {
        await context.close();
      }
    });
  },
);
