// SPDX-License-Identifier: EUPL-1.2
/**
 * Resident initiatives in a real browser: an applicant on a 360 px phone without JavaScript asks a link,
 * uses it from the mail, fills in the steps (a mistake first), adds a PDF and sends the application;
 * then an assessor takes it through the workflow and decides. axe checks every page on the way.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import PDFDocument from 'pdfkit';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { initiatives } from '../../src/initiatives/schema.ts';
import { createUser } from '../../src/platform/auth/service.ts';
import { t } from '../../src/platform/i18n.ts';
import {
  expectAccessible,
  expectFitsPhone,
  launchBrowser,
  newPhoneContext,
  signIn,
} from '../support/browser.ts';
import { startTestServer, type TestServer, testPassword } from '../support/server.ts';
import { startTestSmtpServer } from '../support/smtp.ts';

let server: TestServer;
let browser: Browser;
let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
let dir: string;
let pdfFile: string;
const applicant = 'buurtfeest@example.nl';
const assessor = 'beoordelaar@example.nl';

async function writePdf(file: string) {
  const doc = new PDFDocument();
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) =>
    doc.on('end', () => {
      writeFileSync(file, Buffer.concat(chunks));
      resolve();
    }),
  );
  doc.text('Offerte partytent');
  doc.end();
  await done;
}

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  [server, browser] = await Promise.all([startTestServer({ SMTP_URL: smtp.url }), launchBrowser()]);
  await createUser(server.database.db, null, {
    email: assessor,
    name: 'Bea Beoordelaar',
    password: testPassword,
    role: 'initiative-assessor',
    allianceId: null,
  });
  dir = mkdtempSync(path.join(tmpdir(), 'ozw-initiative-'));
  pdfFile = path.join(dir, 'offerte.pdf');
  await writePdf(pdfFile);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await smtp?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** axe needs script in the page: the run without JavaScript checks the fit, axe checks each page again with it. */
async function checked(page: Page) {
  await expectFitsPhone(page);
  const url = new URL(page.url());
  if (!visited.includes(url.pathname)) visited.push(url.pathname);
}
const visited: string[] = [];

async function saveStep(page: Page) {
  await page.getByRole('button', { name: t('initiatives.step.save') }).click();
  await page.waitForLoadState('load');
}

describe('an applicant without JavaScript on a phone', () => {
  test('asks a link, comes back with it, fills in the steps, adds a PDF and sends the application', async () => {
    const context = await newPhoneContext(browser, { baseURL: server.url, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/initiatieven');
    await checked(page);
    await page.getByRole('textbox', { name: t('initiatives.start.email') }).fill(applicant);
    await page.getByRole('button', { name: t('initiatives.start.button') }).click();
    await page.getByRole('heading', { name: t('initiatives.sent.title') }).waitFor();
    await checked(page);

    await server.jobs.runDue();
    const link = /https?:\/\/\S+\/initiatieven\/link\/[A-Za-z0-9_-]+/.exec(
      smtp.to(applicant).at(-1)?.text ?? '',
    )?.[0];
    expect(link).toBeDefined();
    await page.goto(new URL(link!).pathname);
    await checked(page);
    await page.getByRole('button', { name: t('initiatives.link.button') }).click();
    await page.getByRole('heading', { name: t('initiatives.mine.title') }).waitFor();
    await checked(page);
    await page.getByRole('button', { name: t('initiatives.mine.new') }).click();

    // Step 1 sent empty: the errors are next to the fields, and the page is still accessible.
    await page.getByRole('heading', { name: t('initiatives.step.wie') }).waitFor();
    await checked(page);
    await saveStep(page);
    await page.getByRole('heading', { name: t('error.summaryTitle') }).waitFor();
    await checked(page);
    await page.getByRole('textbox', { name: t('initiatives.form.groupName') }).fill('Bewoners Erasmusplein');
    await page.getByRole('textbox', { name: t('initiatives.form.contactName') }).fill('Fatima El Amrani');
    await saveStep(page);

    await page.getByRole('textbox', { name: t('initiatives.form.title') }).fill('Buurtfeest Erasmusplein');
    await page
      .getByRole('textbox', { name: t('initiatives.form.description') })
      .fill('Een middag met spelletjes en eten.');
    await saveStep(page);
    await checked(page);
    await page.getByRole('combobox', { name: t('initiatives.form.buurt') }).selectOption('BU05183620');
    await saveStep(page);
    await page.getByLabel(t('initiatives.form.startsOn')).fill('2027-06-12');
    await saveStep(page);
    await page
      .getByRole('textbox', { name: t('initiatives.form.audience') })
      .fill('Alle bewoners van het plein');
    await page.getByRole('textbox', { name: t('initiatives.form.participants') }).fill('80');
    await saveStep(page);
    await checked(page);
    await page.getByRole('textbox', { name: t('initiatives.form.item', { row: 1 }) }).fill('Huur partytent');
    await page.getByRole('textbox', { name: t('initiatives.form.amount', { row: 1 }) }).fill('350');
    await saveStep(page);

    await page.getByRole('heading', { name: t('initiatives.step.bijlagen') }).waitFor();
    await checked(page);
    await page.getByLabel(t('initiatives.form.file')).setInputFiles(pdfFile);
    await page.getByRole('button', { name: t('initiatives.step.upload') }).click();
    await page.getByRole('link', { name: 'offerte.pdf' }).waitFor();
    await page.getByRole('link', { name: t('initiatives.step.continue') }).click();
    await checked(page);
    await page.getByRole('checkbox', { name: t('initiatives.form.declared') }).check();
    await page.getByRole('checkbox', { name: t('initiatives.form.consent') }).check();
    await saveStep(page);

    await checked(page);
    await page.getByRole('button', { name: t('initiatives.application.send') }).click();
    await page.getByText(t('initiatives.next.received')).waitFor();
    await checked(page);
    const [row] = await server.database.db
      .select()
      .from(initiatives)
      .where(eq(initiatives.title, 'Buurtfeest Erasmusplein'));
    expect(row?.status).toBe('received');

    // The same pages with script on, for axe (the applicant's session cookie carried over).
    const withScript = await newPhoneContext(browser, { baseURL: server.url });
    await withScript.addCookies(await context.cookies());
    const axePage = await withScript.newPage();
    for (const visitedPath of visited.filter(
      (p) => !p.includes('/link/') && p !== '/initiatieven/aanvragen',
    )) {
      await axePage.goto(visitedPath);
      await expectAccessible(axePage);
    }
    // A step with errors, on a new application.
    await axePage.goto('/initiatieven/mijn');
    await axePage.getByRole('button', { name: t('initiatives.mine.new') }).click();
    await axePage.getByRole('heading', { name: t('initiatives.step.wie') }).waitFor();
    for (const step of ['wat', 'waar', 'wanneer', 'deelnemers', 'begroting', 'bijlagen', 'verklaring']) {
      await axePage.goto(axePage.url().replace(/\/\w+$/, `/${step}`));
      await expectAccessible(axePage);
    }
    await axePage.getByRole('button', { name: t('initiatives.step.save') }).click();
    await axePage.getByRole('heading', { name: t('error.summaryTitle') }).waitFor();
    await expectAccessible(axePage);
    await withScript.close();
    await context.close();
  }, 300_000);
});

describe('an assessor', () => {
  test('takes the application through the workflow and decides, with a public reason', async () => {
    const context = await newPhoneContext(browser, { baseURL: server.url });
    const page = await context.newPage();
    await signIn(page, assessor);
    await page.goto('/beheer/initiatieven');
    await checked(page);
    await page.getByRole('link', { name: 'Buurtfeest Erasmusplein' }).click();
    await checked(page);
    const steps = [
      ['complete', ''],
      ['in-review', ''],
    ] as const;
    for (const [to] of steps) {
      await page.getByRole('combobox', { name: t('initiatives.admin.status.to') }).selectOption(to);
      await page.getByRole('button', { name: t('initiatives.admin.status.save') }).click();
      await page.waitForLoadState('load');
    }
    await page.getByRole('combobox', { name: t('initiatives.admin.status.to') }).selectOption('granted');
    await page
      .getByRole('textbox', { name: t('initiatives.admin.status.reason') })
      .fill('Een goed plan voor het hele plein.');
    await page.getByRole('textbox', { name: t('initiatives.admin.status.amount') }).fill('350');
    await page.getByRole('button', { name: t('initiatives.admin.status.save') }).click();
    await page.getByText('Een goed plan voor het hele plein.').first().waitFor();
    await checked(page);
    const [row] = await server.database.db
      .select()
      .from(initiatives)
      .where(eq(initiatives.title, 'Buurtfeest Erasmusplein'));
    expect([row?.status, row?.grantedEuros]).toEqual(['granted', 350]);
    await context.close();
  }, 300_000);
});
