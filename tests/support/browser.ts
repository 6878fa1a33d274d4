// SPDX-License-Identifier: EUPL-1.2
/**
 * Chromium for the e2e journeys: Debian's browser (Playwright's own download is not reachable here),
 * a phone-sized context with or without JavaScript, and an axe-core check that names every violation.
 */
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { t } from '../../src/platform/i18n.ts';
import { testPassword } from './server.ts';

/** The smallest common phone screen: every journey must work at 360 CSS pixels wide. */
export const phoneViewport = { width: 360, height: 740 } as const;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // Without the background-networking flags Chromium stalls on this machine trying to reach Google.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh phone-sized context (own cookies) on the test server, with JavaScript on or off. */
export function newPhoneContext(
  browser: Browser,
  options: { baseURL: string; javaScriptEnabled?: boolean },
): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: options.baseURL,
    viewport: phoneViewport,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
}

/** How wide the page is in CSS pixels; wider than the viewport means the reader has to scroll sideways. */
export function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** Fails with one line per WCAG 2.1 A/AA violation: rule id, impact, and the selectors of each element. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const found = results.violations.map((v) => {
    const nodes = v.nodes.map(
      (n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').trim()}`,
    );
    return `${v.id} (${v.impact ?? 'unknown impact'}): ${v.help}\n    ${nodes.join('\n    ')}`;
  });
  expect(found, `axe found violations on ${page.url()}:\n${found.join('\n')}`).toEqual([]);
}

/** The text a screen reader reads after a field's name: its hint and error, via aria-describedby. */
export function describedText(field: Locator): Promise<string> {
  return field.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

/** Whether the element has the keyboard focus. */
export function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

/**
 * Presses Tab until `target` has the focus, as a keyboard user would; fails when it is not reached
 * within `maxPresses` (so it is not in the tab order, or hidden behind far too many stops).
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 60): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  expect(await isFocused(target), `${target} not reached with ${maxPresses} presses of Tab`).toBe(true);
}

/** Opens a path in a new page of the context and checks the status it was answered with. */
export async function openPage(context: BrowserContext, path: string, status = 200): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(status);
  return page;
}

/** Signs a staff member in through the sign-in form; the page ends on the dashboard. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/beheer/inloggen');
  await page.getByRole('textbox', { name: t('auth.form.email') }).fill(email);
  await page.getByLabel(t('auth.form.password'), { exact: true }).fill(testPassword);
  await page.getByRole('button', { name: t('auth.signIn.submit') }).click();
  await page.waitForURL((url) => url.pathname === '/beheer');
}

/** WCAG 1.4.10 (reflow): on a phone the page fits the screen; only a wide table may scroll in its own box. */
export async function expectFitsPhone(page: Page): Promise<void> {
  expect(await pageWidth(page), `${page.url()} is wider than the phone`).toBeLessThanOrEqual(
    phoneViewport.width,
  );
}

/** The landmarks every page owes its readers: one main, and one h1 that says what the page is. */
export async function expectOneMainAndOneH1(page: Page): Promise<void> {
  expect(await page.getByRole('main').count(), `main landmarks on ${page.url()}`).toBe(1);
  expect(await page.getByRole('heading', { level: 1 }).count(), `h1 headings on ${page.url()}`).toBe(1);
}

/** One main, one h1, and nothing axe can find. */
export async function expectAccessible(page: Page): Promise<void> {
  await expectOneMainAndOneH1(page);
  await expectNoAxeViolations(page);
}

/** Sends the form as it is and expects the page with its error summary. */
export async function submitAndExpectErrors(page: Page, button: string): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  // Waits for the new page: right after the click, the load state can still be the old page's (under load).
  await page
    .getByRole('heading', { name: t('error.summaryTitle') })
    .waitFor({ state: 'visible', timeout: 20_000 });
}
