// SPDX-License-Identifier: EUPL-1.2
/**
 * A resident reports a problem on a phone without JavaScript in three short steps, staff route it to a
 * partner and close it with what was done, and the resident follows it by the link and reopens it once.
 * Every page at 360 px, axe finds nothing.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { t } from '../../src/platform/i18n.ts';
import {
  expectAccessible,
  expectFitsPhone,
  expectNoAxeViolations,
  expectOneMainAndOneH1,
  launchBrowser,
  newPhoneContext,
  signIn,
  submitAndExpectErrors,
} from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let browser: Browser;
let withScript: BrowserContext;

/**
 * The resident's browser runs no script, and axe-core is a script: each page the resident saw (many are
 * answers to a form post, so they have no address to open again) is checked by axe as a copy in a
 * browser with JavaScript, on the same site so its stylesheets load.
 */
async function expectResidentPageAccessible(page: Page) {
  await expectOneMainAndOneH1(page);
  await expectFitsPhone(page);
  const copy = await withScript.newPage();
  try {
    await copy.goto('/meldingen');
    await copy.setContent(await page.content(), { waitUntil: 'load' });
    await expectNoAxeViolations(copy);
  } finally {
    await copy.close();
  }
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  withScript = await newPhoneContext(browser, { baseURL: server.url });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a report from start to finish', () => {
  test('reporting without JavaScript at 360 px, staff routing and answering, the reporter following up', async () => {
    const resident = await newPhoneContext(browser, { baseURL: server.url, javaScriptEnabled: false });
    const page = await resident.newPage();

    await page.goto('/meldingen');
    await expectResidentPageAccessible(page);
    await expectFitsPhone(page);
    await page.getByRole('link', { name: t('reports.start') }).click();
    // Step 1: what. First without a choice: the error comes next to the question.
    await expect.poll(() => page.getByText(t('reports.step', { step: 1 })).count()).toBe(1);
    await expectResidentPageAccessible(page);
    await submitAndExpectErrors(page, t('reports.next'));
    await expectResidentPageAccessible(page);
    await page.getByRole('radio', { name: t('reports.category.lighting') }).check();
    await page.getByRole('button', { name: t('reports.next') }).click();
    // Step 2: where.
    await page.getByText(t('reports.step', { step: 2 })).waitFor();
    await expectResidentPageAccessible(page);
    const buurt = page.getByRole('combobox', { name: t('reports.where.buurt') });
    const firstBuurt = await buurt.locator('option').nth(1).getAttribute('value');
    await buurt.selectOption(firstBuurt!);
    await page.getByRole('textbox', { name: t('reports.where.location') }).fill('Erasmusweg bij nummer 400');
    await page.getByRole('button', { name: t('reports.next') }).click();
    // Step 3: describe and (optional) contact.
    await page.getByText(t('reports.step', { step: 3 })).waitFor();
    await expectResidentPageAccessible(page);
    await page
      .getByRole('textbox', { name: t('reports.describe.description') })
      .fill('De lantaarnpaal is al een week uit.');
    await page.getByRole('button', { name: t('reports.send') }).click();
    // The follow page: the reference and the link to keep.
    await page.getByRole('heading', { level: 1, name: t('reports.sent.title') }).waitFor();
    await expectResidentPageAccessible(page);
    const followUrl = new URL(page.url());
    followUrl.search = '';
    const reference = (await page.getByText(/Uw meldingnummer is M-\d{5}/).textContent())!.match(
      /M-\d{5}/,
    )![0];
    const id = Number(reference.slice(2));
    // Staff: the queue, then route to a partner and close with what was done.
    const staff = await newPhoneContext(browser, { baseURL: server.url });
    const desk = await staff.newPage();
    await signIn(desk, server.staff.editor);
    await desk.goto('/beheer/meldingen');
    await expectAccessible(desk);
    await expectFitsPhone(desk);
    await desk.getByRole('link', { name: reference }).click();
    await expectAccessible(desk);
    await desk.getByRole('combobox', { name: t('reports.admin.status.next') }).selectOption('forwarded');
    const partner = desk.getByRole('combobox', { name: t('reports.admin.status.partner') });
    const partnerName = (await partner.locator('option').nth(1).textContent())!;
    await partner.selectOption({ label: partnerName });
    await desk.getByRole('button', { name: t('reports.admin.status.save') }).click();
    await desk.getByText(t('reports.admin.status.saved')).waitFor();
    await expectAccessible(desk);
    await desk
      .getByRole('textbox', { name: t('reports.admin.note.body') })
      .fill('Gebeld met de netbeheerder.');
    await desk.getByRole('button', { name: t('reports.admin.note.save') }).click();
    await desk.getByText(t('reports.admin.note.saved')).waitFor();
    await desk.getByRole('combobox', { name: t('reports.admin.status.next') }).selectOption('closed');
    await desk
      .getByRole('textbox', { name: t('reports.admin.status.answer') })
      .fill('De lamp is vervangen door de netbeheerder.');
    await desk.getByRole('button', { name: t('reports.admin.status.save') }).click();
    await desk.getByText(t('reports.admin.status.saved')).waitFor();
    expect(desk.url()).toContain(`/beheer/meldingen/${id}`);
    // The reporter follows up: sees what was done, says it is not solved, and the report opens again.
    await page.goto(followUrl.toString());
    await expectResidentPageAccessible(page);
    await page.getByText('De lamp is vervangen door de netbeheerder.').first().waitFor();
    expect(await page.getByText('Gebeld met de netbeheerder.').count()).toBe(0);
    await page.getByRole('radio', { name: t('reports.feedback.no') }).check();
    await page
      .getByRole('textbox', { name: t('reports.feedback.reason') })
      .fill('De lamp knippert nog steeds.');
    await page.getByRole('button', { name: t('reports.feedback.send') }).click();
    await page.getByText(t('reports.feedback.thanksReopened')).waitFor();
    await expectResidentPageAccessible(page);
    // The public list of the wijk shows it blurred to the buurt, without the address.
    await page.goto('/meldingen/wijk/moerwijk');
    await expectResidentPageAccessible(page);
    expect(await page.getByText('Erasmusweg bij nummer 400').count()).toBe(0);

    await staff.close();
    await resident.close();
  }, 300_000);
});
