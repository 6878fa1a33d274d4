// SPDX-License-Identifier: EUPL-1.2
/**
 * One resident, one vote across channels, in the browser: two staff members enter a paper ballot with
 * the code from the resident's letter (a typo in the code first), after which that code gives no vote
 * online; and a paper ballot whose code was already used online is refused and put apart. On a 360 px
 * phone, with axe on every page.
 */
import { eq } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { users } from '../../src/platform/auth/schema.ts';
import { formatEuros, t } from '../../src/platform/i18n.ts';
import {
  addPollingPlace,
  castBallot,
  codeSecret,
  createCodes,
  storedBallots,
} from '../../src/wijkbudget/ballot-service.ts';
import { CODE_ALPHABET, normaliseCode } from '../../src/wijkbudget/voting-codes.ts';
import {
  expectAccessible,
  expectFitsPhone,
  launchBrowser,
  newPhoneContext,
  signIn,
} from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { createRoundIn, insertPlan } from '../support/wijkbudget.ts';

const buurtCode = 'BU05183620'; // a buurt in Moerwijk
const roundTitle = 'Wijkbudget Moerwijk op papier';
const place = 'Buurthuis De Boog';
const plan = { title: 'Bankjes bij de speeltuin', costEuros: 10_000 };

let server: TestServer;
let browser: Browser;
let roundId: number;
let roundSlug: string;
/** [0]: voted on paper in the journey; [1]: used online before its paper ballot is entered. */
let codes: string[];

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  const { db } = server.database;
  const round = await createRoundIn(db, 'voting', { title: roundTitle, eligibility: 'codes-and-paper' });
  roundId = round.id;
  roundSlug = round.slug;
  const planId = await insertPlan(db, roundId, { ...plan, buurtCode });
  await insertPlan(db, roundId, { title: 'Moestuin voor de buurt', costEuros: 9_000, buurtCode });
  const secret = await codeSecret(db, undefined);
  codes = (await createCodes(db, secret, null, roundId, { kind: 'letters', label: 'Brieven', size: 2 }))
    .codes;
  const [admin] = await db.select().from(users).where(eq(users.email, server.staff.admin));
  await addPollingPlace(db, { ...admin!, allianceId: null }, roundId, place);
  const cast = await castBallot(db, secret, {
    roundId,
    code: normaliseCode(codes[1]!),
    choice: { planIds: [planId] },
    wantsTracker: false,
  });
  if (!cast.ok) throw new Error(`ballot not cast: ${cast.reason}`);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const planLabel = `${plan.title} (${formatEuros(plan.costEuros)})`;

/** A staff member signs in and opens the round's paper ballot page through the round's menu. */
async function openPaperPage(context: BrowserContext, email: string): Promise<Page> {
  const page = await context.newPage();
  await signIn(page, email);
  await page.goto(`/beheer/wijkbudget/${roundId}`);
  const nav = page.getByRole('navigation', { name: t('wijkbudget.admin.nav.label') });
  await nav.getByRole('link', { name: t('wijkbudget.admin.nav.paper') }).click();
  await page.waitForURL(`**/beheer/wijkbudget/${roundId}/stembiljetten`);
  return page;
}

/** Fills the paper ballot form as it is on the sheet and sends it. */
async function enterSheet(page: Page, serial: string, code: string) {
  await page.getByRole('textbox', { name: t('wijkbudget.admin.paper.serial') }).fill(serial);
  await page
    .getByRole('combobox', { name: t('wijkbudget.admin.paper.place') })
    .selectOption({ label: place });
  await page.getByRole('textbox', { name: t('wijkbudget.admin.paper.code') }).fill(code);
  await page.getByRole('checkbox', { name: planLabel }).check();
  await page.getByRole('button', { name: t('wijkbudget.admin.paper.submit') }).click();
  await page.waitForLoadState();
}

/** The code with its first symbol replaced: the check character catches it before anything is looked up. */
function mistyped(code: string): string {
  const other = CODE_ALPHABET[(CODE_ALPHABET.indexOf(code[0]!) + 1) % CODE_ALPHABET.length]!;
  return other + code.slice(1);
}

describe('a paper ballot uses up the code from the letter', () => {
  test('two staff members enter a sheet with its code; online the code then gives no vote; a sheet whose code voted online is refused', async () => {
    const editorContext = await newPhoneContext(browser, { baseURL: server.url });
    const adminContext = await newPhoneContext(browser, { baseURL: server.url });
    const residentContext = await newPhoneContext(browser, { baseURL: server.url });
    // A step that cannot happen fails with its own message, well within the test's minute.
    for (const context of [editorContext, adminContext, residentContext]) context.setDefaultTimeout(15_000);
    try {
      // 1. The first staff member: a typo in the code is caught next to the field; then the right code.
      const editor = await openPaperPage(editorContext, server.staff.editor);
      expect(await editor.getByText(t('wijkbudget.admin.paper.introCodes')).count()).toBe(1);
      await expectAccessible(editor);
      await enterSheet(editor, 'P-001', mistyped(codes[0]!));
      await editor.getByRole('heading', { name: t('error.summaryTitle') }).waitFor();
      const codeField = editor.getByRole('textbox', { name: t('wijkbudget.admin.paper.code') });
      expect(await codeField.getAttribute('aria-invalid')).toBe('true');
      expect(
        await editor.getByRole('textbox', { name: t('wijkbudget.admin.paper.serial') }).inputValue(),
      ).toBe('P-001');
      await expectAccessible(editor);
      await codeField.fill(codes[0]!);
      await editor.getByRole('checkbox', { name: planLabel }).check();
      await editor.getByRole('button', { name: t('wijkbudget.admin.paper.submit') }).click();
      await editor.waitForURL(/ingevoerd=first-entry/);
      expect(
        await editor
          .getByRole('status')
          .filter({ hasText: t('wijkbudget.admin.paper.state.first-entry', { serial: 'P-001' }) })
          .count(),
      ).toBe(1);
      await expectFitsPhone(editor);

      // 2. A second staff member enters the same sheet: it counts.
      const admin = await openPaperPage(adminContext, server.staff.admin);
      await enterSheet(admin, 'P-001', codes[0]!.toLowerCase());
      await admin.waitForURL(/ingevoerd=counted/);
      expect(
        await admin
          .getByRole('status')
          .filter({ hasText: t('wijkbudget.admin.paper.state.counted', { serial: 'P-001' }) })
          .count(),
      ).toBe(1);
      await expectAccessible(admin);

      // 3. Whoever has the letter tries the same code online: refused at the code.
      const resident = await residentContext.newPage();
      await resident.goto(`/wijkbudget/${roundSlug}/stemmen`);
      await resident.getByRole('textbox', { name: t('wijkbudget.vote.code') }).fill(codes[0]!);
      await resident.getByRole('checkbox', { name: new RegExp(`^${plan.title}`) }).check();
      await resident.getByRole('checkbox', { name: /^Ik ben \d+ jaar of ouder/ }).check();
      await resident.getByRole('button', { name: t('wijkbudget.vote.check') }).click();
      await resident.getByRole('heading', { name: t('error.summaryTitle') }).waitFor();
      expect(await resident.getByText(t('wijkbudget.code.used')).count()).toBeGreaterThan(0);
      await expectAccessible(resident);
      await expectFitsPhone(resident);

      // 4. A sheet whose code was used online: both entries agree, and it is refused and listed apart.
      await enterSheet(editor, 'P-002', codes[1]!);
      await editor.waitForURL(/ingevoerd=first-entry/);
      await enterSheet(admin, 'P-002', codes[1]!);
      await admin.waitForURL(/ingevoerd=code-used/);
      expect(
        await admin
          .getByRole('alert')
          .filter({ hasText: t('wijkbudget.admin.paper.state.refused.code-used', { serial: 'P-002' }) })
          .count(),
      ).toBe(1);
      const refused = admin.getByRole('region', {
        name: t('wijkbudget.admin.paper.refusedTitle', { count: 1 }),
      });
      expect(await refused.getByText(/^Stembiljet P-002: met de stemcode was al gestemd\.$/).count()).toBe(1);
      await expectAccessible(admin);
      await expectFitsPhone(admin);

      // One ballot on paper, one online: the refused sheet counts nowhere.
      expect(await storedBallots(server.database.db, roundId)).toHaveLength(2);
    } finally {
      await Promise.all([editorContext.close(), adminContext.close(), residentContext.close()]);
    }
  });
});
