// SPDX-License-Identifier: EUPL-1.2
/**
 * Four eyes on voting codes during voting (issue 9): one staff member asks for a help-desk code, cannot
 * confirm it (no button, and a forged post is refused in plain Dutch), and a colleague confirms it from
 * the round's page and sees the one code. With and without JavaScript, every page checked with axe.
 * A lost letter is replaced the same way: its code works until the colleague confirms, then no more.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { t } from '../../src/platform/i18n.ts';
import { codeSecret, createCodes, lookUpCode } from '../../src/wijkbudget/ballot-service.ts';
import { checkCode, normaliseCode } from '../../src/wijkbudget/voting-codes.ts';
import { expectAccessible, launchBrowser, newPhoneContext, signIn } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { createRoundIn } from '../support/wijkbudget.ts';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function staffPage(context: BrowserContext, email: string): Promise<Page> {
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('%s: a help-desk code during voting needs two staff members', (_, javaScriptEnabled) => {
  test('the first asks and cannot confirm; a colleague confirms on the round page and sees the code', async () => {
    const title = `Vier ogen ${javaScriptEnabled ? 'met' : 'zonder'} JavaScript`;
    const round = await createRoundIn(server.database.db, 'voting', { title });
    const options = { baseURL: server.url, javaScriptEnabled };
    // axe-core runs inside the page, so it checks the pages in the run with JavaScript (the HTML is the same).
    const checkAccessible = (page: Page) => (javaScriptEnabled ? expectAccessible(page) : Promise.resolve());
    const [first, second] = await Promise.all([
      newPhoneContext(browser, options),
      newPhoneContext(browser, options),
    ]);
    try {
      // 1. The first staff member asks for one code for a resident at the desk.
      const asker = await staffPage(first, server.staff.editor);
      await asker.goto(`/beheer/wijkbudget/${round.id}`);
      const nav = asker.getByRole('navigation', { name: t('wijkbudget.admin.nav.label') });
      await nav.getByRole('link', { name: t('wijkbudget.admin.nav.codes') }).click();
      await asker.waitForURL(`**/beheer/wijkbudget/${round.id}/stemcodes`);
      expect(await asker.getByText(t('wijkbudget.admin.codes.fourEyes')).isVisible()).toBe(true);
      await asker.getByRole('radio', { name: t('wijkbudget.admin.codes.situation.no-letter') }).check();
      await asker.getByRole('button', { name: t('wijkbudget.admin.codes.helpDeskRequest') }).click();
      await asker.waitForURL(/verzoek=gevraagd/);
      expect(
        await asker
          .getByRole('status')
          .filter({ hasText: t('wijkbudget.admin.codes.requested') })
          .count(),
      ).toBe(1);
      const requests = asker.getByRole('region', {
        name: t('wijkbudget.admin.requests.title', { count: 1 }),
      });
      expect(await requests.getByText(t('wijkbudget.admin.requests.yours')).isVisible()).toBe(true);
      expect(
        await requests.getByRole('button', { name: t('wijkbudget.admin.requests.confirmHelpDesk') }).count(),
      ).toBe(0);
      expect(await asker.locator('code').count()).toBe(0);
      await checkAccessible(asker);

      // 2. A confirmation posted anyway by the same person (a forged form, with a valid token) is refused.
      const confirmAction = (await requests.locator('form').first().getAttribute('action'))!.replace(
        /afwijzen$/,
        'bevestigen',
      );
      const token = await requests.locator('input[name="_csrf"]').first().inputValue();
      const forged = await first.request.post(confirmAction, { form: { _csrf: token } });
      expect(forged.status()).toBe(409);
      const refusal = await forged.text();
      expect(refusal).toContain(t('wijkbudget.admin.requests.refused.own-request'));
      expect(refusal).not.toContain('<code>');

      // 3. A colleague finds the request on the round's page and confirms it with one button.
      const colleague = await staffPage(second, server.staff.admin);
      await colleague.goto(`/beheer/wijkbudget/${round.id}`);
      const waiting = colleague.getByRole('region', {
        name: t('wijkbudget.admin.requests.title', { count: 1 }),
      });
      expect(await waiting.getByText('Balie (Geen brief gekregen): 1 code').isVisible()).toBe(true);
      expect(await waiting.getByText(/Aangevraagd door Eddy Redactie/).isVisible()).toBe(true);
      await checkAccessible(colleague);
      await waiting.getByRole('button', { name: t('wijkbudget.admin.requests.confirmHelpDesk') }).click();
      await colleague
        .getByRole('heading', { level: 1, name: t('wijkbudget.admin.helpDesk.title') })
        .waitFor();
      const code = (await colleague.locator('code').textContent())?.trim() ?? '';
      expect(checkCode(code).ok, code).toBe(true);
      await checkAccessible(colleague);

      // 4. The first staff member sees who confirmed it; nothing waits any more.
      await asker.goto(`/beheer/wijkbudget/${round.id}/stemcodes`);
      expect(await asker.getByText(t('wijkbudget.admin.requests.none')).isVisible()).toBe(true);
      expect(
        await asker.getByText(/Aangevraagd door Eddy Redactie, bevestigd door Anna Beheer\./).isVisible(),
      ).toBe(true);
      expect(await asker.content()).not.toContain(code);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  }, 150_000);
});

describe('a lost letter during voting', () => {
  test('the desk asks with the letter number; a colleague confirms and gets the new code; the letter code then no longer works', async () => {
    const { db } = server.database;
    const round = await createRoundIn(db, 'voting', { title: 'Brief kwijt met vier ogen' });
    const secret = await codeSecret(db, undefined);
    const letters = await createCodes(db, secret, null, round.id, {
      kind: 'letters',
      label: 'Brieven',
      size: 3,
    });
    const letter = `${letters.batchId}-2`;
    const oldCode = normaliseCode(letters.codes[1]!);
    const [first, second] = await Promise.all([
      newPhoneContext(browser, { baseURL: server.url }),
      newPhoneContext(browser, { baseURL: server.url }),
    ]);
    try {
      const asker = await staffPage(first, server.staff.editor);
      await asker.goto(`/beheer/wijkbudget/${round.id}/stemcodes`);
      await asker.getByRole('radio', { name: t('wijkbudget.admin.codes.situation.lost-letter') }).check();
      await asker.getByRole('textbox', { name: t('wijkbudget.admin.codes.letter') }).fill(letter);
      await asker.getByRole('button', { name: t('wijkbudget.admin.codes.helpDeskRequest') }).click();
      await asker.waitForURL(/verzoek=gevraagd/);
      expect(await asker.locator('code').count()).toBe(0);
      // Until someone else confirms, the letter's code still works.
      expect(await lookUpCode(db, secret, round.id, oldCode)).toBe('available');

      const colleague = await staffPage(second, server.staff.admin);
      await colleague.goto(`/beheer/wijkbudget/${round.id}`);
      const waiting = colleague.getByRole('region', {
        name: t('wijkbudget.admin.requests.title', { count: 1 }),
      });
      expect(await waiting.getByText(`Balie (Vervangt brief ${letter}): 1 code`).isVisible()).toBe(true);
      await waiting.getByRole('button', { name: t('wijkbudget.admin.requests.confirmHelpDesk') }).click();
      await colleague
        .getByRole('heading', { level: 1, name: t('wijkbudget.admin.helpDesk.title') })
        .waitFor();
      expect(await colleague.getByText(t('wijkbudget.admin.helpDesk.replaced', { letter })).isVisible()).toBe(
        true,
      );
      const code = (await colleague.locator('code').textContent())?.trim() ?? '';
      expect(checkCode(code).ok, code).toBe(true);
      await expectAccessible(colleague);
      expect(await lookUpCode(db, secret, round.id, oldCode)).toBe('replaced');
      expect(await lookUpCode(db, secret, round.id, normaliseCode(code))).toBe('available');
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  }, 150_000);
});
