// SPDX-License-Identifier: EUPL-1.2
/**
 * A staff member (editor) counts a closed round, checks the outcome with its explanations and publishes
 * it; residents then see the funded plans and can download every anonymous ballot to recount.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatEuros, t } from '../../src/platform/i18n.ts';
import { castBallot, codeSecret, createCodes } from '../../src/wijkbudget/ballot-service.ts';
import { checkCode } from '../../src/wijkbudget/voting-codes.ts';
import { launchBrowser, newPhoneContext, signIn } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { createRoundIn, insertPlan, moveRoundTo } from '../support/wijkbudget.ts';

const buurtCode = 'BU05183620'; // a buurt in Moerwijk
const roundTitle = 'Wijkbudget Moerwijk tellen';
/** Budget € 30.000. By votes: A (4) and B (3) fit; C (2) would go over; D (2) still fits. */
const plansOnBallot = {
  A: { title: 'Huiswerkhulp in het buurthuis', costEuros: 12_000 },
  B: { title: 'Bankjes bij de speeltuin', costEuros: 10_000 },
  C: { title: 'Moestuin voor de buurt', costEuros: 9_000 },
  D: { title: 'Licht in het steegje', costEuros: 6_000 },
};
type Key = keyof typeof plansOnBallot;
const choices: Key[][] = [
  ['A', 'B'],
  ['A', 'C'],
  ['A', 'B', 'D'],
  ['A', 'B'],
  ['C', 'D'],
];

let server: TestServer;
let browser: Browser;
let roundId: number;
let roundSlug: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  const { db } = server.database;
  const round = await createRoundIn(db, 'voting', { title: roundTitle, budgetEuros: 30_000 });
  roundId = round.id;
  roundSlug = round.slug;
  const ids = {} as Record<Key, number>;
  for (const key of Object.keys(plansOnBallot) as Key[])
    ids[key] = await insertPlan(db, roundId, { ...plansOnBallot[key], buurtCode });
  const secret = await codeSecret(db, undefined);
  const { codes } = await createCodes(db, secret, null, roundId, {
    kind: 'letters',
    label: 'Brieven test',
    size: choices.length,
  });
  for (const [i, choice] of choices.entries()) {
    const checked = checkCode(codes[i]!);
    if (!checked.ok) throw new Error('made an invalid code');
    const cast = await castBallot(db, secret, {
      roundId,
      code: checked.code,
      choice: { planIds: choice.map((k) => ids[k]).sort((a, b) => a - b) },
      wantsTracker: i === 0,
    });
    if (!cast.ok) throw new Error(`ballot not cast: ${cast.reason}`);
  }
  await moveRoundTo(db, roundId, 'counting');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signInAsEditor(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await signIn(page, server.staff.editor);
  return page;
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

describe('a staff member publishes the result of a round', () => {
  test('counts the votes, sees the outcome with explanations, publishes; residents see the funded plans and can download the ballots', async () => {
    const context = await newPhoneContext(browser, { baseURL: server.url });
    try {
      const page = await signInAsEditor(context);
      // The dashboard leads to the staff pages of the wijkbudget (the site menu's link is the public one).
      await page.getByRole('link', { name: t('admin.dashboard.wijkbudget'), exact: true }).click();
      await page.waitForURL('**/beheer/wijkbudget');
      expect(await heading(page)).toBe(t('wijkbudget.admin.title'));
      await page.getByRole('link', { name: roundTitle }).click();
      await page.waitForURL(`**/beheer/wijkbudget/${roundId}`);
      expect(await heading(page)).toBe(roundTitle);

      const nav = page.getByRole('navigation', { name: t('wijkbudget.admin.nav.label') });
      await nav.getByRole('link', { name: t('wijkbudget.admin.nav.result') }).click();
      await page.waitForURL(`**/beheer/wijkbudget/${roundId}/uitslag`);
      expect(await heading(page)).toBe(t('wijkbudget.admin.result.title'));
      // Nothing to publish before counting.
      expect(
        await page.getByRole('button', { name: t('wijkbudget.admin.result.publishSubmit') }).count(),
      ).toBe(0);

      // 1. Count.
      await page.getByRole('button', { name: t('wijkbudget.admin.result.countSubmit') }).click();
      await page.waitForURL(/klaar=geteld/);
      expect(
        await page
          .getByRole('status')
          .filter({ hasText: t('wijkbudget.admin.result.counted') })
          .count(),
      ).toBe(1);
      const outcome = page.getByRole('table', { name: t('wijkbudget.admin.result.caption') });
      const rows = outcome.locator('tbody tr');
      expect(await rows.count()).toBe(4);
      const chosen: Record<string, string> = {};
      for (const row of await rows.all()) {
        const title = (await row.locator('th').textContent())!.trim();
        const cells = await row.locator('td').allTextContents();
        chosen[title] = cells.at(-2)!;
        expect(cells.at(-1)!.trim().length, `an explanation for ${title}`).toBeGreaterThan(10);
      }
      expect(chosen).toEqual({
        [plansOnBallot.A.title]: t('wijkbudget.admin.result.yes'),
        [plansOnBallot.B.title]: t('wijkbudget.admin.result.yes'),
        [plansOnBallot.C.title]: t('wijkbudget.admin.result.no'),
        [plansOnBallot.D.title]: t('wijkbudget.admin.result.yes'),
      });
      expect(await page.getByText(/^5 stemmen\./).isVisible()).toBe(true);

      // Not yet public.
      expect((await context.request.get(`/wijkbudget/${roundSlug}/uitslag`)).status()).toBe(404);

      // 2. Publishing asks for a tick first.
      const publish = page.getByRole('button', { name: t('wijkbudget.admin.result.publishSubmit') });
      await publish.click();
      await page.waitForLoadState();
      expect(await page.getByRole('heading', { name: t('error.summaryTitle') }).isVisible()).toBe(true);
      const confirm = page.getByRole('checkbox', { name: t('wijkbudget.admin.result.confirm') });
      expect(await confirm.getAttribute('aria-invalid')).toBe('true');
      expect((await context.request.get(`/wijkbudget/${roundSlug}/uitslag`)).status()).toBe(404);

      await confirm.check();
      await page.getByRole('button', { name: t('wijkbudget.admin.result.publishSubmit') }).click();
      await page.waitForURL(/klaar=gepubliceerd/);
      expect(
        await page
          .getByRole('status')
          .filter({ hasText: t('wijkbudget.admin.result.published') })
          .count(),
      ).toBe(1);
      expect(await page.getByRole('button', { name: t('wijkbudget.admin.result.countSubmit') }).count()).toBe(
        0,
      );

      // 3. The public result page.
      await page.getByRole('link', { name: t('wijkbudget.admin.round.viewPublic') }).click();
      await page.waitForURL(`**/wijkbudget/${roundSlug}`);
      await page.getByRole('link', { name: t('wijkbudget.result.link') }).click();
      await page.waitForURL(`**/wijkbudget/${roundSlug}/uitslag`);
      expect(await heading(page)).toBe(t('wijkbudget.result.title', { round: roundTitle }));
      const fundedList = page
        .getByRole('heading', { name: t('wijkbudget.result.funded') })
        .locator('xpath=following-sibling::ol[1]')
        .getByRole('link');
      expect(await fundedList.allTextContents()).toEqual([
        plansOnBallot.A.title,
        plansOnBallot.B.title,
        plansOnBallot.D.title,
      ]);
      // Every plan on the ballot, with its votes, its cost and why it did or did not get money.
      const allPlans = page
        .getByRole('heading', { name: t('wijkbudget.result.allPlans') })
        .locator('xpath=following-sibling::ul[1]')
        .getByRole('listitem');
      expect(await allPlans.count()).toBe(4);
      const planC = allPlans.filter({ has: page.getByRole('heading', { name: plansOnBallot.C.title }) });
      expect(await planC.getByRole('definition').allTextContents()).toEqual(['2', formatEuros(9_000)]);
      expect(((await planC.getByRole('paragraph').textContent()) ?? '').trim().length).toBeGreaterThan(10);

      // 4. The downloads behind the links.
      const hrefOf = (name: string) => page.getByRole('link', { name }).getAttribute('href');
      const pb = await context.request.get((await hrefOf(t('wijkbudget.result.downloadPb')))!);
      expect(pb.status()).toBe(200);
      expect(pb.headers()['content-type']).toMatch(/^text\/plain/);
      const pbText = await pb.text();
      expect(pbText).toContain('PROJECTS');
      expect(pbText).toContain('VOTES');
      expect(pbText).toContain(plansOnBallot.C.title);
      const csv = await context.request.get((await hrefOf(t('wijkbudget.result.downloadCsv')))!);
      expect(csv.status()).toBe(200);
      expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
      expect((await csv.text()).trim().split('\n').length).toBeGreaterThanOrEqual(choices.length + 1);
      const json = await context.request.get((await hrefOf(t('wijkbudget.result.downloadResult')))!);
      expect(json.status()).toBe(200);
      const result = (await json.json()) as { selected: string[]; ballots_sha256: string };
      expect(result.selected).toHaveLength(3);
      expect(await page.getByText(result.ballots_sha256, { exact: true }).isVisible()).toBe(true);

      // The funded plans say so on their own page.
      await fundedList.first().click();
      await page.waitForURL(/\/plannen\/\d+$/);
      expect(await page.getByText(t('wijkbudget.planStatus.funded'), { exact: true }).isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});
