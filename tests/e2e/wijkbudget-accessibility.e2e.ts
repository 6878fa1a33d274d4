// SPDX-License-Identifier: EUPL-1.2
/**
 * Every page of a wijkbudget round, in every phase, for residents (on a 360 px phone) and for staff:
 * one main, one h1, no sideways scrolling for residents (WCAG 1.4.10), and nothing axe-core finds
 * against WCAG 2.1 AA. Forms are also checked after a failed submit, with their error messages.
 */
import { eq } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../src/db/client.ts';
import { t } from '../../src/platform/i18n.ts';
import { createOutbox } from '../../src/platform/mail/outbox.ts';
import { cleanPhoto } from '../../src/platform/photos/photos.ts';
import {
  castBallot,
  codeSecret,
  createCodes,
  recordCodeGuessAlarm,
} from '../../src/wijkbudget/ballot-service.ts';
import { countRound, publishResult } from '../../src/wijkbudget/result-service.ts';
import type { Phase } from '../../src/wijkbudget/rules.ts';
import { planPhotos, plans } from '../../src/wijkbudget/schema.ts';
import { checkCode } from '../../src/wijkbudget/voting-codes.ts';
import {
  expectAccessible,
  expectFitsPhone,
  launchBrowser,
  newPhoneContext,
  openPage,
  signIn,
  submitAndExpectErrors,
} from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { createRoundIn, insertPlan } from '../support/wijkbudget.ts';

const buurtCode = 'BU05183620'; // a buurt in Moerwijk
const roundPhases = ['draft', 'submitting', 'review', 'voting', 'counting', 'result'] as const;

let server: TestServer;
let browser: Browser;
let visitor: BrowserContext;
let admin: BrowserContext;
/** Per phase: the round's slug and id. */
const round = {} as Record<(typeof roundPhases)[number], { slug: string; id: number }>;
let photoPlanId: number;
let fundedPlanId: number;
let votingCodes: string[] = [];

/** A feasible plan with a photo, as a resident would have sent it in. */
async function planWithPhoto(db: Db, roundId: number, title: string) {
  const id = await insertPlan(db, roundId, { title, costEuros: 8_000, buurtCode });
  const png = await sharp({ create: { width: 80, height: 60, channels: 3, background: '#3c8c50' } })
    .png()
    .toBuffer();
  const cleaned = await cleanPhoto(new Uint8Array(png), null);
  if (!cleaned.ok) throw new Error('test photo refused');
  await db.insert(planPhotos).values({ planId: id, ...cleaned.photo });
  await db.update(plans).set({ hasPhoto: true }).where(eq(plans.id, id));
  return id;
}

async function addPlans(db: Db, roundId: number) {
  const ids = [
    await insertPlan(db, roundId, { title: 'Huiswerkhulp in het buurthuis', costEuros: 12_000, buurtCode }),
    await insertPlan(db, roundId, { title: 'Bankjes bij de speeltuin', costEuros: 10_000, buurtCode }),
    await planWithPhoto(db, roundId, 'Moestuin voor de buurt'),
  ];
  await insertPlan(db, roundId, {
    title: 'Nog te beoordelen plan',
    costEuros: 4_000,
    buurtCode,
    status: 'submitted',
  });
  return ids;
}

async function castSome(db: Db, roundId: number, planIds: number[]) {
  const secret = await codeSecret(db, undefined);
  const { codes } = await createCodes(db, secret, null, roundId, {
    kind: 'letters',
    label: 'Brieven',
    size: 3,
  });
  const choices = [[planIds[0]!, planIds[1]!], [planIds[0]!], [planIds[2]!, planIds[1]!]];
  for (const [i, code] of codes.entries()) {
    const checked = checkCode(code);
    if (!checked.ok) throw new Error('invalid code made');
    const choice = { planIds: [...choices[i]!].sort((a, b) => a - b) };
    await castBallot(db, secret, {
      roundId,
      code: checked.code,
      choice,
      wantsTracker: i === 0,
    });
  }
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  const { db } = server.database;
  for (const phase of roundPhases) {
    const created = await createRoundIn(db, phase === 'result' ? 'counting' : (phase as Phase), {
      title: `Wijkbudget Moerwijk ${phase}`,
      eligibility: phase === 'voting' ? 'codes-and-paper' : 'codes',
      // Trackers on, so the pages that show them (confirmation, thanks, result) are checked too.
      trackers: true,
    });
    round[phase] = { slug: created.slug, id: created.id };
  }
  photoPlanId = await planWithPhoto(db, round.submitting.id, 'Schaduw op het speelplein');
  await addPlans(db, round.review.id);
  await addPlans(db, round.voting.id);
  const secret = await codeSecret(db, undefined);
  votingCodes = (
    await createCodes(db, secret, null, round.voting.id, { kind: 'letters', label: 'Brieven', size: 2 })
  ).codes;
  // The voting round's staff page then also shows the warning that someone may be guessing codes.
  await recordCodeGuessAlarm(db, round.voting.id);
  const countingPlans = await addPlans(db, round.counting.id);
  await castSome(db, round.counting.id, countingPlans);
  const resultPlans = await addPlans(db, round.result.id);
  await castSome(db, round.result.id, resultPlans);
  const counted = await countRound(db, null, round.result.id, new Date());
  if (!counted.ok) throw new Error(`not counted: ${counted.reason}`);
  const silentDeps = { outbox: createOutbox(server.jobs), logger: console as never, publicUrl: '' };
  const published = await publishResult(db, silentDeps, null, round.result.id, new Date());
  if (!published.ok) throw new Error(`not published: ${published.reason}`);
  fundedPlanId = resultPlans[0]!;

  visitor = await newPhoneContext(browser, { baseURL: server.url });
  admin = await newPhoneContext(browser, { baseURL: server.url });
  const page = await admin.newPage();
  await signIn(page, server.staff.admin);
  await page.close();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A resident's page: accessible, and it fits the phone (WCAG 1.4.10, reflow). */
async function expectAccessibleOnPhone(page: Page) {
  await expectAccessible(page);
  await expectFitsPhone(page);
}

describe.concurrent('the public pages of the wijkbudget, on a 360 px phone', () => {
  const pages: [label: string, path: () => string, status?: number][] = [
    ['the list of rounds', () => '/wijkbudget'],
    ...roundPhases.map((phase): [string, () => string] => [
      `a round in the phase ${phase}`,
      () => `/wijkbudget/${round[phase].slug}`,
    ]),
    ['a plan page with a photo', () => `/wijkbudget/${round.submitting.slug}/plannen/${photoPlanId}`],
    ['a funded plan', () => `/wijkbudget/${round.result.slug}/plannen/${fundedPlanId}`],
    ['the ballot page while voting is closed', () => `/wijkbudget/${round.counting.slug}/stemmen`],
    ['the result', () => `/wijkbudget/${round.result.slug}/uitslag`],
  ];
  test.each(pages)('%s', async (_label, path, status = 200) => {
    const page = await openPage(visitor, path(), status);
    try {
      await expectAccessibleOnPhone(page);
    } finally {
      await page.close();
    }
  });

  test('looking up a ballot by its tracker: the form, a typo, a tracker that is not there', async () => {
    const page = await openPage(visitor, `/wijkbudget/${round.result.slug}/controlecode`);
    try {
      await expectAccessibleOnPhone(page);
      const field = page.getByRole('textbox', { name: t('wijkbudget.tracker.label') });
      await field.fill('K7QM');
      await submitAndExpectErrors(page, t('wijkbudget.tracker.submit'));
      await expectAccessibleOnPhone(page);
      await page.getByRole('textbox', { name: t('wijkbudget.tracker.label') }).fill('ABCD-EFGH');
      await page.getByRole('button', { name: t('wijkbudget.tracker.submit') }).click();
      await page.waitForLoadState();
      expect(await page.getByRole('status').textContent()).toContain('ABCD-EFGH');
      await expectAccessibleOnPhone(page);
    } finally {
      await page.close();
    }
  });

  test('the plan form, empty and after a failed submit', async () => {
    const page = await openPage(visitor, `/wijkbudget/${round.submitting.slug}/plan-insturen`);
    try {
      await expectAccessibleOnPhone(page);
      await page.getByRole('textbox', { name: t('wijkbudget.submit.email') }).fill('geen-adres');
      await submitAndExpectErrors(page, t('wijkbudget.submit.button'));
      await expectAccessibleOnPhone(page);
    } finally {
      await page.close();
    }
  });

  test('the ballot, empty and after a failed check; the confirmation; the thanks with a tracker', async () => {
    const page = await openPage(visitor, `/wijkbudget/${round.voting.slug}/stemmen`);
    try {
      await expectAccessibleOnPhone(page);
      await submitAndExpectErrors(page, t('wijkbudget.vote.check'));
      await expectAccessibleOnPhone(page);

      await page.getByRole('textbox', { name: t('wijkbudget.vote.code') }).fill(votingCodes[0]!);
      await page.getByRole('checkbox', { name: /^Bankjes bij de speeltuin/ }).check();
      await page.getByRole('checkbox', { name: /^Moestuin voor de buurt/ }).check();
      await page.getByRole('checkbox', { name: /^Ik ben \d+ jaar/ }).check();
      await page.getByRole('button', { name: t('wijkbudget.vote.check') }).click();
      await page.waitForLoadState();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(t('wijkbudget.confirm.title'));
      await expectAccessibleOnPhone(page);

      await page.getByRole('checkbox', { name: t('wijkbudget.confirm.tracker') }).check();
      await page.getByRole('button', { name: t('wijkbudget.confirm.cast') }).click();
      await page.waitForLoadState();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(t('wijkbudget.cast.title'));
      await expectAccessibleOnPhone(page);
    } finally {
      await page.close();
    }
  });
});

describe.concurrent('the staff pages of the wijkbudget', () => {
  test.each([
    ['the list of rounds', () => '/beheer/wijkbudget'],
    ['a round in the phase submitting', () => `/beheer/wijkbudget/${round.submitting.id}`],
    ['a round in the phase voting', () => `/beheer/wijkbudget/${round.voting.id}`],
    ['a plan to review', () => `/beheer/wijkbudget/${round.submitting.id}/plannen/${photoPlanId}`],
    ['the voting codes', () => `/beheer/wijkbudget/${round.voting.id}/stemcodes`],
    ['the paper ballots', () => `/beheer/wijkbudget/${round.voting.id}/stembiljetten`],
    ['the published result', () => `/beheer/wijkbudget/${round.result.id}/uitslag`],
  ])('%s', async (_label, path) => {
    const page = await openPage(admin, path());
    try {
      expect(new URL(page.url()).pathname, 'still signed in').toBe(path());
      await expectAccessible(page);
    } finally {
      await page.close();
    }
  });

  test('the new round form, empty and after a failed submit', async () => {
    const page = await openPage(admin, '/beheer/wijkbudget/nieuw');
    try {
      await expectAccessible(page);
      await submitAndExpectErrors(page, t('wijkbudget.admin.new.submit'));
      await expectAccessible(page);
    } finally {
      await page.close();
    }
  });

  test('counting: before the count, the outcome before publishing, and publishing without the tick', async () => {
    const page = await openPage(admin, `/beheer/wijkbudget/${round.counting.id}/uitslag`);
    try {
      await expectAccessible(page);
      await page.getByRole('button', { name: t('wijkbudget.admin.result.countSubmit') }).click();
      await page.waitForURL(/klaar=geteld/);
      await expectAccessible(page);
      await submitAndExpectErrors(page, t('wijkbudget.admin.result.publishSubmit'));
      await expectAccessible(page);
    } finally {
      await page.close();
    }
  });
});
