// SPDX-License-Identifier: EUPL-1.2
/**
 * A resident on a 360 px phone, with JavaScript on and off: sends in a plan with a photo, and votes
 * with the code from the letter (a typo first, the running total or the server's over-budget message,
 * the confirmation, a tracker shown once, the same code refused the second time). One run is done with
 * the keyboard only.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatEuros, t } from '../../src/platform/i18n.ts';
import { codeSecret, createCodes, storedBallots } from '../../src/wijkbudget/ballot-service.ts';
import { plans } from '../../src/wijkbudget/schema.ts';
import { CODE_ALPHABET } from '../../src/wijkbudget/voting-codes.ts';
import {
  describedText,
  expectFitsPhone,
  isFocused,
  launchBrowser,
  newPhoneContext,
  tabTo,
} from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { createRoundIn, insertPlan } from '../support/wijkbudget.ts';

const buurt = { code: 'BU05183620' }; // a buurt in Moerwijk

/** The plans on the ballot; the budget is € 30.000, so the first three together are € 1.000 over. */
const ballotPlans = [
  { title: 'Huiswerkhulp in het buurthuis', costEuros: 12_000 },
  { title: 'Bankjes bij de speeltuin', costEuros: 10_000 },
  { title: 'Moestuin voor de buurt', costEuros: 9_000 },
  { title: 'Licht in het steegje', costEuros: 6_000 },
] as const;
const budgetEuros = 30_000;

let server: TestServer;
let browser: Browser;
let photoFile: string;
let photoDir: string;
let submitSlug: string;
let voteSlug: string;
let voteRoundId: number;
/** Two unused codes per JavaScript setting. */
const codes: Record<'on' | 'off', string[]> = { on: [], off: [] };

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  const { db } = server.database;
  photoDir = mkdtempSync(path.join(tmpdir(), 'ozw-wijkbudget-photo-'));
  photoFile = path.join(photoDir, 'speeltuin.png');
  await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 40, g: 140, b: 70 } } })
    .png()
    .toFile(photoFile);

  submitSlug = (await createRoundIn(db, 'submitting', { title: 'Wijkbudget Moerwijk insturen' })).slug;
  const voting = await createRoundIn(db, 'voting', {
    title: 'Wijkbudget Moerwijk stemmen',
    budgetEuros,
    trackers: true,
  });
  voteSlug = voting.slug;
  voteRoundId = voting.id;
  for (const plan of ballotPlans) await insertPlan(db, voting.id, { ...plan, buurtCode: buurt.code });
  const secret = await codeSecret(db, undefined);
  const made = await createCodes(db, secret, null, voting.id, {
    kind: 'letters',
    label: 'Brieven test',
    size: 4,
  });
  codes.on = made.codes.slice(0, 2);
  codes.off = made.codes.slice(2, 4);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (photoDir) rmSync(photoDir, { recursive: true, force: true });
});

/** The code with its first symbol replaced by another: the check character catches it before any lookup. */
function mistyped(code: string): string {
  const first = code[0]!;
  const other = CODE_ALPHABET[(CODE_ALPHABET.indexOf(first) + 1) % CODE_ALPHABET.length]!;
  return other + code.slice(1);
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
const planBox = (page: Page, title: string) => page.getByRole('checkbox', { name: new RegExp(`^${title}`) });
const codeField = (page: Page) => page.getByRole('textbox', { name: t('wijkbudget.vote.code') });
const declaration = (page: Page) => page.getByRole('checkbox', { name: /^Ik ben \d+ jaar of ouder/ });

/** What the running total says for a choice costing `chosen` euros. */
const totalText = (chosen: number) =>
  t('wijkbudget.vote.remainingBudget', {
    chosen: formatEuros(chosen),
    remaining: formatEuros(budgetEuros - chosen),
  });

async function openBallot(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`/wijkbudget/${voteSlug}`);
  await page.getByRole('link', { name: t('wijkbudget.vote.link'), exact: true }).click();
  await page.waitForURL(`**/wijkbudget/${voteSlug}/stemmen`);
  expect(await heading(page)).toBe(t('wijkbudget.vote.title', { round: 'Wijkbudget Moerwijk stemmen' }));
  return page;
}

describe.each([true, false])('a resident on a 360 px phone (JavaScript enabled: %s)', (javaScriptEnabled) => {
  const mode = javaScriptEnabled ? 'on' : 'off';

  test('sends in a plan with a photo, sees the confirmation, and finds the plan on its page', async () => {
    const context = await newPhoneContext(browser, { baseURL: server.url, javaScriptEnabled });
    try {
      const page = await context.newPage();
      await page.goto(`/wijkbudget/${submitSlug}`);
      await page.getByRole('link', { name: t('wijkbudget.submit.link') }).click();
      await page.waitForURL(`**/wijkbudget/${submitSlug}/plan-insturen`);
      await expectFitsPhone(page);

      const title = `Schaduw op het speelplein (JavaScript ${mode})`;
      await page.getByRole('textbox', { name: t('wijkbudget.submit.planTitle') }).fill(title);
      await page
        .getByRole('textbox', { name: t('wijkbudget.submit.description') })
        .fill('Twee bomen en vier bankjes, zodat ouders in de schaduw kunnen zitten.');
      await page.getByRole('combobox', { name: t('wijkbudget.submit.buurt') }).selectOption(buurt.code);
      await page
        .getByRole('textbox', { name: t('wijkbudget.submit.location') })
        .fill('Speelplein Escamplaan');
      await page.getByRole('textbox', { name: t('wijkbudget.submit.cost') }).fill('4.500');
      await page.getByLabel(t('wijkbudget.submit.photo')).setInputFiles(photoFile);
      await page.getByRole('textbox', { name: t('wijkbudget.submit.email') }).fill('bewoner@example.nl');
      await page.getByRole('button', { name: t('wijkbudget.submit.button') }).click();
      await page.waitForLoadState();

      // Post/redirect/get: the thank-you page has its own address, so reloading it sends nothing again.
      await page.waitForURL(/\/plan-insturen\/verstuurd\/\d+$/);
      expect(await heading(page)).toBe(t('wijkbudget.submit.sentTitle'));
      expect(await page.getByText(t('wijkbudget.submit.sentMail')).isVisible()).toBe(true);
      // The round checks new plans first: no link yet, and the plan is not public.
      expect(await page.getByText(t('wijkbudget.submit.sentPending')).isVisible()).toBe(true);
      expect(await page.getByRole('link', { name: t('wijkbudget.submit.sentLink') }).count()).toBe(0);
      await expectFitsPhone(page);
      const planId = Number(page.url().split('/').pop());
      expect((await page.goto(`/wijkbudget/${submitSlug}/plannen/${planId}`))?.status()).toBe(404);
      await page.goto(`/wijkbudget/${submitSlug}/plan-insturen/verstuurd/${planId}`);
      const sent = await server.database.db
        .select({ count: sql<number>`count(*)::int` })
        .from(plans)
        .where(eq(plans.title, title));
      expect(sent[0]?.count).toBe(1);

      // Staff make it public; now the thank-you page links to it.
      await server.database.db.update(plans).set({ status: 'submitted' }).where(eq(plans.id, planId));
      await page.reload();
      await page.getByRole('link', { name: t('wijkbudget.submit.sentLink') }).click();
      await page.waitForURL(/\/plannen\/\d+$/);
      expect(await heading(page)).toBe(title);
      expect(await page.getByText(t('wijkbudget.planStatus.submitted'), { exact: true }).isVisible()).toBe(
        true,
      );
      expect(await page.getByText('Speelplein Escamplaan').isVisible()).toBe(true);
      expect(await page.getByText(formatEuros(4500), { exact: true }).isVisible()).toBe(true);
      // The photo was stored (re-encoded) and is shown, with a text alternative.
      const photo = page.getByRole('img', { name: t('wijkbudget.plan.photoAlt', { title }) });
      await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
      // The contact address stays private.
      expect(await page.content()).not.toContain('bewoner@example.nl');
      await expectFitsPhone(page);
    } finally {
      await context.close();
    }
  });

  test(`votes with a code: a typo is caught at the field, the choice is checked, confirmed, cast with a tracker, and the code cannot be used again${javaScriptEnabled ? ' (keyboard only)' : ''}`, async () => {
    const context = await newPhoneContext(browser, { baseURL: server.url, javaScriptEnabled });
    const [code] = codes[mode];
    try {
      const page = await openBallot(context);
      await expectFitsPhone(page);
      const [huiswerk, bankjes, moestuin] = ballotPlans;

      // 1. A typo in the code: the server explains it next to the field, before looking the code up.
      await codeField(page).fill(mistyped(code!));
      await planBox(page, huiswerk.title).check();
      await declaration(page).check();
      await page.getByRole('button', { name: t('wijkbudget.vote.check') }).click();
      await page.waitForLoadState();
      expect(await page.title()).toMatch(/^Fout: /);
      expect(await codeField(page).getAttribute('aria-invalid')).toBe('true');
      expect(await describedText(codeField(page))).toContain(t('wijkbudget.code.checkFailed'));
      expect(await describedText(codeField(page))).toContain(t('wijkbudget.code.hint'));
      // The choice and the declaration were kept.
      expect(await planBox(page, huiswerk.title).isChecked()).toBe(true);
      expect(await declaration(page).isChecked()).toBe(true);
      // The error summary leads to the field.
      const summaryLink = page
        .getByRole('alert')
        .getByRole('link', { name: t('wijkbudget.code.checkFailed') });
      await summaryLink.click();
      await expect.poll(() => isFocused(codeField(page))).toBe(true);
      await expectFitsPhone(page);

      if (javaScriptEnabled) {
        // 2a. Keyboard only from here: the field has the focus after the summary link.
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.type(code!);
        const total = page.locator('#ballot-total');
        expect(await total.textContent()).toBe(totalText(huiswerk.costEuros));

        await tabTo(page, planBox(page, bankjes.title));
        await page.keyboard.press('Space');
        expect(await planBox(page, bankjes.title).isChecked()).toBe(true);
        // The running total says what is chosen and what is left, without a trip to the server.
        await expect.poll(() => total.textContent()).toBe(totalText(huiswerk.costEuros + bankjes.costEuros));
        expect(await total.getAttribute('aria-live')).toBe('polite');

        await tabTo(page, planBox(page, moestuin.title));
        await page.keyboard.press('Space');
        await expect.poll(() => total.getAttribute('class')).toContain('ballot-total--over');
        expect(await total.textContent()).toContain(formatEuros(31_000));
        await page.keyboard.press('Space'); // untick it again
        await expect.poll(() => total.textContent()).toBe(totalText(huiswerk.costEuros + bankjes.costEuros));
        expect(await total.getAttribute('class')).not.toContain('ballot-total--over');

        await tabTo(page, page.getByRole('button', { name: t('wijkbudget.vote.check') }));
        await page.keyboard.press('Enter');
        await page.waitForURL(`**/wijkbudget/${voteSlug}/stemmen`);
        await page.waitForLoadState();
      } else {
        // 2b. Without JavaScript the total is the server's: choosing too much is explained at the plans.
        await codeField(page).fill(code!);
        await planBox(page, bankjes.title).check();
        await planBox(page, moestuin.title).check();
        await page.getByRole('button', { name: t('wijkbudget.vote.check') }).click();
        await page.waitForLoadState();
        const overBudget = t('wijkbudget.vote.overBudget', {
          total: formatEuros(31_000),
          over: formatEuros(1_000),
          budget: formatEuros(budgetEuros),
        });
        const plans = page.getByRole('group', { name: t('wijkbudget.vote.plans') });
        expect(await describedText(plans)).toContain(overBudget);
        expect(await page.getByRole('alert').getByRole('link', { name: overBudget }).isVisible()).toBe(true);
        // The code is fine now, so no message is at the field any more.
        expect(await codeField(page).getAttribute('aria-invalid')).toBeNull();
        // Without JavaScript no running total is shown: it could not follow the boxes, so it would lie
        // ("€ 0 gekozen" with plans ticked). The plans' hint says the total comes after checking.
        expect(await page.locator('#ballot-total').isVisible()).toBe(false);
        expect(await describedText(plans)).toContain(t('wijkbudget.vote.totalLater'));
        await expectFitsPhone(page);

        await planBox(page, moestuin.title).uncheck();
        await page.getByRole('button', { name: t('wijkbudget.vote.check') }).click();
        await page.waitForLoadState();
      }

      // 3. The confirmation shows the choice; nothing is stored yet.
      expect(await heading(page)).toBe(t('wijkbudget.confirm.title'));
      const chosen = page.locator('.confirm-list').getByRole('listitem');
      expect(await chosen.allTextContents()).toEqual([
        `${huiswerk.title}: ${formatEuros(huiswerk.costEuros)}`,
        `${bankjes.title}: ${formatEuros(bankjes.costEuros)}`,
      ]);
      expect(
        await page
          .getByText(t('wijkbudget.confirm.total', { total: formatEuros(22_000) }), { exact: true })
          .isVisible(),
      ).toBe(true);
      await expectFitsPhone(page);
      const stored = async () => (await storedBallots(server.database.db, voteRoundId)).length;
      const before = await stored();

      // 4. Ask for a tracker and cast.
      const tracker = page.getByRole('checkbox', { name: t('wijkbudget.confirm.tracker') });
      const cast = page.getByRole('button', { name: t('wijkbudget.confirm.cast') });
      if (javaScriptEnabled) {
        await tabTo(page, tracker);
        await page.keyboard.press('Space');
        expect(await tracker.isChecked()).toBe(true);
        await tabTo(page, cast);
        await page.keyboard.press('Enter');
      } else {
        await tracker.check();
        await cast.click();
      }
      await page.waitForURL(`**/wijkbudget/${voteSlug}/stemmen/uitbrengen`);
      expect(await heading(page)).toBe(t('wijkbudget.cast.title'));
      expect(await page.getByText(t('wijkbudget.cast.trackerIntro')).isVisible()).toBe(true);
      const shown = (await page.locator('.tracker__code').textContent()) ?? '';
      expect(shown).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
      expect(await stored()).toBe(before + 1);
      // The tracker is stored next to the anonymous ballot, and nowhere tied to the code.
      const rows = (await storedBallots(server.database.db, voteRoundId)).filter((b) => b.tracker === shown);
      expect(rows).toHaveLength(1);
      await expectFitsPhone(page);

      // 5. The same code again is refused, and the tracker is not shown again.
      const again = await openBallot(context);
      await codeField(again).fill(code!);
      await planBox(again, ballotPlans[3].title).check();
      await declaration(again).check();
      await again.getByRole('button', { name: t('wijkbudget.vote.check') }).click();
      await again.waitForLoadState();
      expect(await heading(again)).toBe(t('wijkbudget.vote.title', { round: 'Wijkbudget Moerwijk stemmen' }));
      expect(await describedText(codeField(again))).toContain(t('wijkbudget.code.used'));
      expect(await again.content()).not.toContain(shown);
      expect(await stored()).toBe(before + 1);
    } finally {
      await context.close();
    }
  });
});
