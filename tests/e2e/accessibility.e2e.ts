// SPDX-License-Identifier: EUPL-1.2
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { t } from '../../src/platform/i18n.ts';
import { npzw } from '../../src/seed/data/npzw.ts';
import {
  expectAccessible,
  expectFitsPhone,
  expectNoAxeViolations,
  expectOneMainAndOneH1,
  launchBrowser,
  newPhoneContext,
  openPage,
  signIn,
  submitAndExpectErrors,
} from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const topMeasure = npzw.measures.find((m) => m.top10Rank === 1)!;
const activity = npzw.measures.find((m) => m.kind === 'activity')!;

/** Every public page, with the HTTP status it should answer. */
const publicPages: [path: string, status: number][] = [
  ['/', 200],
  ['/programma', 200],
  ['/programma/doelen', 200],
  [`/programma/lijnen/${npzw.lines[0]!.slug}`, 200],
  ['/wijken', 200],
  ...npzw.wijken.map((w): [string, number] => [`/wijken/${w.slug}`, 200]),
  ['/maatregelen', 200],
  ['/maatregelen?wijk=moerwijk', 200],
  [`/maatregelen/${topMeasure.slug}`, 200],
  [`/maatregelen/${activity.slug}`, 200],
  ['/allianties', 200],
  [`/allianties/${npzw.alliances[0]!.slug}`, 200],
  ['/financien', 200],
  ['/nieuws', 200],
  ['/zoeken', 200],
  ['/zoeken?q=woning', 200],
  ['/over', 200],
  ['/deze-pagina-bestaat-niet', 404],
];

let server: TestServer;
let browser: Browser;
let visitor: BrowserContext;
let admin: BrowserContext;
beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  visitor = await newPhoneContext(browser, { baseURL: server.url });
  admin = await newPhoneContext(browser, { baseURL: server.url });
  const page = await admin.newPage();
  await signIn(page, server.staff.admin);
  await page.close();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// The pages are independent reads, so they are checked a few at a time to keep the suite short.
describe.concurrent('every public page has one main and one h1, fits a phone, and axe-core finds no WCAG 2.1 AA violations', () => {
  test.each(publicPages)('%s', async (path, status) => {
    const page = await openPage(visitor, path, status);
    try {
      await expectOneMainAndOneH1(page);
      await expectFitsPhone(page);
      await expectNoAxeViolations(page);
    } finally {
      await page.close();
    }
  });
});

describe('axe-core finds no WCAG 2.1 AA violations on staff pages', () => {
  /** Sends the form empty, expects the error summary, and checks the page with its errors. */
  async function expectAccessibleAfterEmptySubmit(page: Page, button: string) {
    await submitAndExpectErrors(page, button);
    await expectAccessible(page);
  }
  test('the sign-in page, empty and after a failed sign-in', async () => {
    const page = await openPage(visitor, '/beheer/inloggen');
    try {
      await expectAccessible(page);
      await expectAccessibleAfterEmptySubmit(page, t('auth.signIn.submit'));
    } finally {
      await page.close();
    }
  });

  test('the dashboard, a measure edit page, and that page after a failed update', async () => {
    const page = await openPage(admin, '/beheer');
    try {
      await expectAccessible(page);

      // The public page of a measure links staff to its edit page.
      await page.goto(`/maatregelen/${topMeasure.slug}`);
      await page.getByRole('link', { name: t('admin.measure.editLink') }).click();
      await page.waitForURL(/\/beheer\/maatregelen\/\d+$/);
      await expectAccessible(page);

      await expectAccessibleAfterEmptySubmit(page, t('admin.update.submit'));
    } finally {
      await page.close();
    }
  });

  test('the page to add a measure, empty and after a failed submit', async () => {
    const page = await openPage(admin, '/beheer/maatregelen/nieuw');
    try {
      await expectAccessible(page);
      await expectAccessibleAfterEmptySubmit(page, t('admin.new.submit'));
    } finally {
      await page.close();
    }
  });

  test.each([
    '/beheer/gebruikers',
    '/beheer/logboek',
    '/beheer/mail',
    '/beheer/lijnen',
    `/beheer/lijnen/${npzw.lines[0]!.slug}`,
    `/beheer/doelen/${npzw.goals[0]!.slug}`,
  ])('%s, as an administrator', async (path) => {
    const page = await openPage(admin, path);
    try {
      expect(new URL(page.url()).pathname, 'still signed in').toBe(path);
      await expectAccessible(page);
    } finally {
      await page.close();
    }
  });
});
