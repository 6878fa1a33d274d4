// SPDX-License-Identifier: EUPL-1.2
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../../tests/support/app.ts';
import { TestClient } from '../../tests/support/client.ts';
import { createRoundIn, insertPlan, moveRoundTo } from '../../tests/support/wijkbudget.ts';
import { createOutbox } from '../platform/mail/outbox.ts';
import { codeSecret, createCodes, storedBallots } from './ballot-service.ts';
import { loadDemo } from './demo.ts';
import { countRound, publishResult } from './result-service.ts';
import { planSubmitLimits } from './routes.tsx';
import { ballots, pendingBallots, planPhotos, plans, rounds, votingCodes } from './schema.ts';
import { checkSymbol } from './voting-codes.ts';

let t: TestApp;
const buurt = 'BU05183620'; // Moerwijk
const deps = () => ({ outbox: createOutbox(t.jobs), logger: console as never, publicUrl: '' });

beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const text = (response: Response) => response.text();
const count = async (table: typeof plans) => (await t.database.db.select().from(table)).length;
/** Ballots of every round, mixed or still waiting to be mixed. */
const countBallots = async () =>
  (await t.database.db.select().from(ballots)).length +
  (await t.database.db.select().from(pendingBallots)).length;

describe('the public page of a round says which phase it is in and what comes next', () => {
  test('a round in the submitting phase invites plans and says when review starts', async () => {
    const round = await createRoundIn(t.database.db, 'submitting', { title: 'Wijkbudget Moerwijk 2027' });
    const list = await text(await t.app.request('/wijkbudget'));
    expect(list).toContain('Wijkbudget Moerwijk 2027');
    const page = await text(await t.app.request(`/wijkbudget/${round.slug}`));
    expect(page).toContain('Nu: Plannen insturen');
    expect(page).toMatch(/U kunt plannen insturen tot \d+ \w+ \d{4} om \d\d:\d\d uur/);
    expect(page).toContain(`href="/wijkbudget/${round.slug}/plan-insturen"`);
    expect(page).toContain('Tellen op aantal stemmen');
  });
});

describe('in every phase the round page names the phase and what happens next', () => {
  const expected = [
    ['draft', 'Nu: In voorbereiding', /Vanaf .+ kunt u plannen insturen\./],
    [
      'submitting',
      'Nu: Plannen insturen',
      /U kunt plannen insturen tot .+\. Daarna beoordeelt de gemeente de plannen\./,
    ],
    ['review', 'Nu: Beoordeling', /Vanaf .+ kunt u stemmen\./],
    ['voting', 'Nu: Stemmen', /U kunt stemmen tot .+\. Daarna tellen we de stemmen\./],
    ['counting', 'Nu: Tellen', /De uitslag komt naar verwachting op .+\./],
  ] as const;
  for (const [phase, now, next] of expected) {
    test(`${phase}: "${now}"`, async () => {
      const round = await createRoundIn(t.database.db, phase, { title: `Fase ${phase}` });
      const page = await text(await t.app.request(`/wijkbudget/${round.slug}`));
      expect(page).toContain(now);
      expect(page).toMatch(next);
      expect(page.includes('/plan-insturen"')).toBe(phase === 'submitting');
      expect(page.includes('/stemmen"')).toBe(phase === 'voting');
    });
  }
});

describe('a resident sends in a plan without an account', () => {
  let slug: string;
  beforeAll(async () => {
    slug = (await createRoundIn(t.database.db, 'submitting', { title: 'Insturen test' })).slug;
  });
  const form = (
    fields: Record<string, string>,
    photo?: { bytes: Uint8Array; name: string; type: string },
  ) => {
    const data = new FormData();
    // The form's own key, as the page puts it in: a fresh one per form unless a test gives one.
    for (const [k, v] of Object.entries({ submission: randomUUID(), ...fields })) data.append(k, v);
    if (photo)
      data.append('photo', new File([new Uint8Array(photo.bytes)], photo.name, { type: photo.type }));
    return data;
  };
  const valid = {
    title: 'Bankjes bij de speeltuin',
    description: 'Drie bankjes voor ouders.',
    buurtCode: buurt,
    location: 'Speelplein',
    costEuros: '3.000',
    email: 'bewoner@example.nl',
  };

  test('empty fields are explained next to each field, kept, and nothing is stored', async () => {
    const client = new TestClient(t.app);
    await client.get(`/wijkbudget/${slug}/plan-insturen`);
    const before = await count(plans);
    const response = await client.postMultipart(
      `/wijkbudget/${slug}/plan-insturen`,
      form({ ...valid, title: '', email: 'geen-adres' }),
    );
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('Geef uw plan een titel.');
    expect(html).toContain('Vul een e-mailadres in zoals naam@voorbeeld.nl.');
    expect(html).toContain('Drie bankjes voor ouders.');
    expect(await count(plans)).toBe(before);
  });

  test('a file that is not an image, named .jpg, is refused by its content; an oversized photo too', async () => {
    const client = new TestClient(t.app);
    await client.get(`/wijkbudget/${slug}/plan-insturen`);
    const before = await count(plans);
    const fake = new TextEncoder().encode('<script>alert(1)</script>');
    const response = await client.postMultipart(
      `/wijkbudget/${slug}/plan-insturen`,
      form(valid, { bytes: fake, name: 'foto.jpg', type: 'image/jpeg' }),
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Dit bestand is geen foto.');
    const huge = new Uint8Array(5 * 1024 * 1024 + 1);
    const tooLarge = await client.postMultipart(
      `/wijkbudget/${slug}/plan-insturen`,
      form(valid, { bytes: huge, name: 'groot.png', type: 'image/png' }),
    );
    expect(await tooLarge.text()).toContain('De foto is groter dan 5 MB.');
    expect(await count(plans)).toBe(before);
  });

  test('a good photo with an error elsewhere: the form says to choose the photo again, and stores nothing', async () => {
    const client = new TestClient(t.app);
    await client.get(`/wijkbudget/${slug}/plan-insturen`);
    const before = await count(plans);
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3a7' } })
      .png()
      .toBuffer();
    const response = await client.postMultipart(
      `/wijkbudget/${slug}/plan-insturen`,
      form({ ...valid, title: '' }, { bytes: png, name: 'speeltuin.png', type: 'image/png' }),
    );
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('Geef uw plan een titel.');
    expect(html).toContain('Uw foto is goed. Kies hem wel opnieuw');
    expect(html).toContain('Drie bankjes voor ouders.');
    expect(await count(plans)).toBe(before);
  });

  test('a plan with a photo is stored; the photo is re-encoded without its camera data; HTML in the text stays text', async () => {
    const client = new TestClient(t.app);
    await client.get(`/wijkbudget/${slug}/plan-insturen`);
    const png = await sharp({ create: { width: 2000, height: 1000, channels: 3, background: '#3a7' } })
      .withMetadata({ exif: { IFD0: { Copyright: 'secret place' } } })
      .png()
      .toBuffer();
    const response = await client.postMultipart(
      `/wijkbudget/${slug}/plan-insturen`,
      form(
        { ...valid, title: '<script>alert("x")</script> Bankjes' },
        { bytes: png, name: 'x.txt', type: 'text/plain' },
      ),
    );
    expect(response.status).toBe(303);
    const [stored] = await t.database.db
      .select()
      .from(plans)
      .where(eq(plans.contactEmail, 'bewoner@example.nl'));
    expect(response.headers.get('location')).toBe(
      `/wijkbudget/${slug}/plan-insturen/verstuurd/${stored!.id}`,
    );
    // The round checks new plans first: the plan and its photo are not public until staff have looked.
    expect(stored).toMatchObject({ submitterCostCents: 300_000n, status: 'pending', hasPhoto: true });
    const sentPage = await text(await t.app.request(response.headers.get('location')!));
    expect(sentPage).toContain('Wij bekijken uw plan eerst. Daarna staat het op deze website.');
    expect(sentPage).not.toContain(`/plannen/${stored!.id}"`);
    expect((await t.app.request(`/wijkbudget/${slug}/plannen/${stored!.id}`)).status).toBe(404);
    expect((await t.app.request(`/wijkbudget/${slug}/plannen/${stored!.id}/foto`)).status).toBe(404);
    await t.database.db.update(plans).set({ status: 'submitted' }).where(eq(plans.id, stored!.id));
    const page = await text(await t.app.request(`/wijkbudget/${slug}/plannen/${stored!.id}`));
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('&lt;script&gt;');
    expect(page).not.toContain('bewoner@example.nl');
    const photo = await t.app.request(`/wijkbudget/${slug}/plannen/${stored!.id}/foto`);
    expect(photo.headers.get('content-type')).toBe('image/jpeg');
    const meta = await sharp(new Uint8Array(await photo.arrayBuffer())).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 1200, height: 600 });
    expect(meta.exif).toBeUndefined();
    const [kept] = await t.database.db.select().from(planPhotos).where(eq(planPhotos.planId, stored!.id));
    expect(kept!.bytes.includes(Buffer.from('secret place'))).toBe(false);
    // Shared caches may keep a public photo for 5 minutes only: the plan can be hidden at any moment.
    expect(photo.headers.get('cache-control')).toBe('public, max-age=300');
    await t.database.db.update(plans).set({ status: 'hidden' }).where(eq(plans.id, stored!.id));
    expect((await t.app.request(`/wijkbudget/${slug}/plannen/${stored!.id}/foto`)).status).toBe(404);
    // Staff still see it, to moderate, and nothing keeps a copy.
    const staff = new TestClient(t.app);
    expect((await staff.signIn(t.staff.editor)).status).toBe(303);
    const roundId = stored!.roundId;
    const staffPage = await (await staff.get(`/beheer/wijkbudget/${roundId}/plannen/${stored!.id}`)).text();
    expect(staffPage).toContain(`src="/beheer/wijkbudget/${roundId}/plannen/${stored!.id}/foto"`);
    const staffPhoto = await staff.get(`/beheer/wijkbudget/${roundId}/plannen/${stored!.id}/foto`);
    expect(staffPhoto.status).toBe(200);
    expect(staffPhoto.headers.get('cache-control')).toBe('private, no-store');
    expect((await t.app.request(`/beheer/wijkbudget/${roundId}/plannen/${stored!.id}/foto`)).status).not.toBe(
      200,
    );
  });
});

describe('a flood of plans is stopped', () => {
  test('after 5 plans in an hour from one address the 6th is refused (429), keeps its text and stores nothing', async () => {
    const slug = (await createRoundIn(t.database.db, 'submitting', { title: 'Vloed test' })).slug;
    const client = new TestClient(t.app);
    await client.get(`/wijkbudget/${slug}/plan-insturen`);
    const send = (i: number) => {
      const data = new FormData();
      const fields = {
        title: `Plan nummer ${i}`,
        description: 'Een plan.',
        buurtCode: buurt,
        costEuros: '100',
        email: `bewoner${i}@example.nl`,
        submission: randomUUID(),
      };
      for (const [k, v] of Object.entries(fields)) data.append(k, v);
      return client.postMultipart(`/wijkbudget/${slug}/plan-insturen`, data);
    };
    for (let i = 1; i <= planSubmitLimits.perAddress; i++) expect((await send(i)).status).toBe(303);
    const refused = await send(6);
    expect(refused.status).toBe(429);
    const html = await refused.text();
    expect(html).toContain('Er zijn in korte tijd veel plannen ingestuurd.');
    expect(html).toContain('value="Plan nummer 6"');
    const stored = await t.database.db.select().from(plans).where(eq(plans.title, 'Plan nummer 6'));
    expect(stored).toHaveLength(0);
  });
});

describe('sending a plan twice, or without an e-mail address', () => {
  test('the same form sent twice makes one plan; both sends lead to the same thank-you page', async () => {
    const slug = (await createRoundIn(t.database.db, 'submitting', { title: 'Dubbel test' })).slug;
    const client = new TestClient(t.app);
    const formPage = await (await client.get(`/wijkbudget/${slug}/plan-insturen`)).text();
    const submission = formPage.match(/name="submission" value="([0-9a-f-]{36})"/)?.[1];
    expect(submission).toBeDefined();
    const send = () => {
      const data = new FormData();
      const fields = {
        title: 'Twee keer verstuurd',
        description: 'Een dubbele klik.',
        buurtCode: buurt,
        costEuros: '500',
        email: '',
        submission: submission!,
      };
      for (const [k, v] of Object.entries(fields)) data.append(k, v);
      return client.postMultipart(`/wijkbudget/${slug}/plan-insturen`, data);
    };
    const [first, second] = await Promise.all([send(), send()]);
    expect([first.status, second.status]).toEqual([303, 303]);
    expect(second.headers.get('location')).toBe(first.headers.get('location'));
    const stored = await t.database.db.select().from(plans).where(eq(plans.title, 'Twee keer verstuurd'));
    expect(stored).toHaveLength(1);
    // No e-mail address is fine: nothing is mailed, and the thank-you page says where to look instead.
    expect(stored[0]!.contactEmail).toBeNull();
    const sentPage = await text(await t.app.request(first.headers.get('location')!));
    expect(sentPage).toContain('U gaf geen e-mailadres.');
  });
});

describe('a resident votes with a code, sees the choice, confirms, and the ballot is final', () => {
  let round: { id: number; slug: string };
  let planIds: number[];
  let codes: string[];
  beforeAll(async () => {
    const { db } = t.database;
    round = await createRoundIn(db, 'review', { title: 'Stemmen test', budgetEuros: 10_000, trackers: true });
    planIds = [
      await insertPlan(db, round.id, { title: 'Moestuin', costEuros: 6000, buurtCode: buurt }),
      await insertPlan(db, round.id, { title: 'Buurtfeest', costEuros: 5000, buurtCode: buurt }),
    ];
    await moveRoundTo(db, round.id, 'voting');
    const secret = await codeSecret(db, undefined);
    codes = (await createCodes(db, secret, null, round.id, { kind: 'letters', label: 'test', size: 4 }))
      .codes;
  });

  test('a typo is caught by the check character before anything is looked up', async () => {
    const client = new TestClient(t.app);
    await client.get(`/wijkbudget/${round.slug}/stemmen`);
    const typo = `${codes[0]!.slice(0, -1)}${codes[0]!.at(-1) === '2' ? '3' : '2'}`;
    const response = await client.post(`/wijkbudget/${round.slug}/stemmen`, {
      code: typo,
      plan: String(planIds[0]),
      declaration: '1',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Deze stemcode klopt niet.');
  });

  test('an unknown code (with a valid check character) is refused; over budget and unknown plans are explained', async () => {
    const client = new TestClient(t.app);
    await client.get(`/wijkbudget/${round.slug}/stemmen`);
    const body = 'ABCDEFGHJKM';
    const unknown = await client.post(`/wijkbudget/${round.slug}/stemmen`, {
      code: body + checkSymbol(body),
      plan: String(planIds[0]),
      declaration: '1',
    });
    expect(await unknown.text()).toContain('Deze stemcode kennen wij niet');
    const over = await client.post(`/wijkbudget/${round.slug}/stemmen`, {
      code: codes[0]!,
      plan: planIds.map(String),
      declaration: '1',
    });
    expect(await over.text()).toMatch(
      /Uw keuze kost €\s11\.000\. Dat is €\s1\.000 meer dan het budget van €\s10\.000\./,
    );
    const foreign = await client.post(`/wijkbudget/${round.slug}/stemmen`, {
      code: codes[0]!,
      plan: '999999',
      declaration: '1',
    });
    expect(await foreign.text()).toContain('niet op dit stembiljet');
    expect(await countBallots()).toBe(0);
  });

  test('check, confirm with a tracker, and the same code a second time is refused', async () => {
    const client = new TestClient(t.app);
    await client.get(`/wijkbudget/${round.slug}/stemmen`);
    const fields = { code: codes[1]!.toLowerCase(), plan: String(planIds[0]), declaration: '1' };
    const confirm = await client.post(`/wijkbudget/${round.slug}/stemmen`, fields);
    const html = await confirm.text();
    expect(html).toContain('Klopt uw keuze?');
    expect(html).toContain('Moestuin');
    expect(await countBallots()).toBe(0);
    const cast = await client.post(`/wijkbudget/${round.slug}/stemmen/uitbrengen`, {
      ...fields,
      tracker: '1',
    });
    expect(cast.status).toBe(200);
    expect(cast.headers.get('cache-control')).toBe('private, no-store');
    const thanks = await cast.text();
    const tracker = thanks.match(/class="tracker__code">([2-9A-Z]{4}-[2-9A-Z]{4})</)?.[1];
    expect(tracker).toBeDefined();
    // The ballot waits to be mixed (see secrecy.test.ts): its choice and tracker, nothing else.
    expect(await storedBallots(t.database.db, round.id)).toEqual([
      { choice: { planIds: [planIds[0]] }, tracker, pollingPlaceId: null },
    ]);
    const again = await client.post(`/wijkbudget/${round.slug}/stemmen/uitbrengen`, fields);
    // A voter whose first send was stored but who saw no answer (a dropped connection) learns it counts.
    const againText = await again.text();
    expect(againText).toContain('Met deze stemcode is al gestemd. Die stem is opgeslagen en telt mee.');
    expect(againText).toContain('Stemde u net, maar zag u geen bevestiging? Dan is uw stem goed aangekomen.');
    expect((await storedBallots(t.database.db, round.id)).length).toBe(1);
  });

  test('a forged post without CSRF token is refused and stores nothing', async () => {
    const client = new TestClient(t.app);
    const response = await client.post(
      `/wijkbudget/${round.slug}/stemmen/uitbrengen`,
      { code: codes[2]!, plan: String(planIds[0]), declaration: '1' },
      { csrf: false },
    );
    expect(response.status).toBe(403);
    const [code] = await t.database.db.select().from(votingCodes).where(eq(votingCodes.roundId, round.id));
    expect(code).toBeDefined();
    expect((await storedBallots(t.database.db, round.id)).length).toBe(1);
  });

  test('outside the voting phase the ballot page says when voting is open and a cast is refused', async () => {
    const { db } = t.database;
    const closed = await createRoundIn(db, 'review', { title: 'Nog niet open' });
    const client = new TestClient(t.app);
    const page = await text(await client.get(`/wijkbudget/${closed.slug}/stemmen`));
    expect(page).toContain('U kunt nu niet stemmen. Het stemmen is open van');
    await client.get(`/wijkbudget/${round.slug}/stemmen`);
    const response = await client.post(`/wijkbudget/${closed.slug}/stemmen/uitbrengen`, {
      code: codes[3]!,
      plan: '1',
      declaration: '1',
    });
    expect(response.status).toBe(409);
    expect(await countBallots()).toBe(1);
  });
});

describe('a tracker is offered only when the round offers it (off by default: it is a receipt)', () => {
  test('without the setting the confirm page offers no tracker, and a posted request for one is ignored', async () => {
    const { db } = t.database;
    const round = await createRoundIn(db, 'review', { title: 'Zonder controlecode', budgetEuros: 10_000 });
    const plan = await insertPlan(db, round.id, { title: 'Bloembakken', costEuros: 3000, buurtCode: buurt });
    await moveRoundTo(db, round.id, 'voting');
    const secret = await codeSecret(db, undefined);
    const [code] = (await createCodes(db, secret, null, round.id, { kind: 'letters', label: 'x', size: 1 }))
      .codes;
    const client = new TestClient(t.app);
    await client.get(`/wijkbudget/${round.slug}/stemmen`);
    const fields = { code: code!, plan: String(plan), declaration: '1' };
    const confirm = await text(await client.post(`/wijkbudget/${round.slug}/stemmen`, fields));
    expect(confirm).toContain('Klopt uw keuze?');
    expect(confirm).not.toContain('name="tracker"');
    expect(confirm).not.toContain('Ik wil een controlecode voor mijn stem');
    const cast = await client.post(`/wijkbudget/${round.slug}/stemmen/uitbrengen`, {
      ...fields,
      tracker: '1',
    });
    expect(cast.status).toBe(200);
    expect(await cast.text()).not.toContain('tracker__code');
    expect(await storedBallots(db, round.id)).toEqual([
      { choice: { planIds: [plan] }, tracker: null, pollingPlaceId: null },
    ]);
  });
});

describe('the published result', () => {
  test('shows funded plans, votes, costs, the rule, a sentence per plan, hashes and the ballot files', async () => {
    const { db } = t.database;
    const round = await createRoundIn(db, 'review', { title: 'Uitslag test', budgetEuros: 10_000 });
    const a = await insertPlan(db, round.id, { title: 'Speeltoestel', costEuros: 7000, buurtCode: buurt });
    const b = await insertPlan(db, round.id, { title: 'Plantenbakken', costEuros: 4000, buurtCode: buurt });
    await db.insert(ballots).values([
      { roundId: round.id, choice: { planIds: [a] } },
      { roundId: round.id, choice: { planIds: [a, b] } },
      { roundId: round.id, choice: { planIds: [b] } },
      { roundId: round.id, choice: { planIds: [a] } },
    ]);
    await moveRoundTo(db, round.id, 'counting');
    expect((await t.app.request(`/wijkbudget/${round.slug}/uitslag`)).status).toBe(404);
    expect(await countRound(db, null, round.id, new Date())).toEqual({ ok: true });
    expect((await t.app.request(`/wijkbudget/${round.slug}/uitslag`)).status).toBe(404);
    expect(await publishResult(db, deps(), null, round.id, new Date())).toEqual({ ok: true });
    const page = await text(await t.app.request(`/wijkbudget/${round.slug}/uitslag`));
    expect(page).toContain('Er zijn 4 stemmen uitgebracht. 1 plannen krijgen geld');
    expect(page).toContain('Speeltoestel');
    expect(page).toMatch(/Niet gekozen: er was nog €\s3\.000 over en dit plan kost €\s4\.000/);
    expect(page).toContain(`npx pb-count --rule greedy_cost ballots.pb`);
    expect(page).toContain(`/api/v1/wijkbudget/rounds/${round.id}/ballots.pb`);
    expect(page).toMatch(/<code>[0-9a-f]{64}<\/code>/);
    const roundPage = await text(await t.app.request(`/wijkbudget/${round.slug}`));
    expect(roundPage).toContain('Nu: Uitslag');
    // What happened with my vote: the funded plan is a measure in the register that links back.
    const [funded] = await db.select().from(plans).where(eq(plans.id, a));
    expect(funded!.status).toBe('funded');
    const planPage = await text(await t.app.request(`/wijkbudget/${round.slug}/plannen/${a}`));
    const measureSlug = planPage.match(/href="\/maatregelen\/([^"]+)"/)?.[1];
    expect(measureSlug).toBe(`wijkbudget-${round.slug}-${a}`);
    const measurePage = await text(await t.app.request(`/maatregelen/${measureSlug}`));
    expect(measurePage).toContain(`href="/wijkbudget/${round.slug}/plannen/${a}"`);
    expect(measurePage).toContain('Gepland');
  });
});

describe('a voter looks up their ballot with the tracker', () => {
  test('after publication the tracker shows the ballot; typos are explained; nothing before; 404 without trackers', async () => {
    const { db } = t.database;
    const round = await createRoundIn(db, 'review', { title: 'Controlecode test', trackers: true });
    const a = await insertPlan(db, round.id, { title: 'Speeltoestel', costEuros: 7000, buurtCode: buurt });
    const b = await insertPlan(db, round.id, { title: 'Plantenbakken', costEuros: 2000, buurtCode: buurt });
    await db.insert(ballots).values([
      { roundId: round.id, choice: { planIds: [a, b] }, tracker: 'K7QM-RX4H' },
      { roundId: round.id, choice: { planIds: [b] }, tracker: null },
    ]);
    await moveRoundTo(db, round.id, 'counting');
    const client = new TestClient(t.app);
    const page = await client.get(`/wijkbudget/${round.slug}/controlecode`);
    expect(await page.text()).toContain('De uitslag is nog niet bekend.');
    const early = await client.post(`/wijkbudget/${round.slug}/controlecode`, { tracker: 'K7QM-RX4H' });
    expect(await early.text()).not.toContain('Speeltoestel');

    expect(await countRound(db, null, round.id, new Date())).toEqual({ ok: true });
    expect(await publishResult(db, deps(), null, round.id, new Date())).toEqual({ ok: true });
    const result = await text(await t.app.request(`/wijkbudget/${round.slug}/uitslag`));
    expect(result).toContain(`href="/wijkbudget/${round.slug}/controlecode"`);

    const found = await (
      await client.post(`/wijkbudget/${round.slug}/controlecode`, { tracker: ' k7qm rx4h ' })
    ).text();
    expect(found).toContain('Stem met controlecode K7QM-RX4H');
    expect(found).toMatch(/<li>Speeltoestel<\/li>\s*<li>Plantenbakken<\/li>/);
    const missing = await (
      await client.post(`/wijkbudget/${round.slug}/controlecode`, { tracker: 'ABCD-EFGH' })
    ).text();
    expect(missing).toContain('Er is geen stem met controlecode ABCD-EFGH.');
    const typo = await client.post(`/wijkbudget/${round.slug}/controlecode`, { tracker: 'K7QM-RX4' });
    expect(typo.status).toBe(400);
    const typoText = await typo.text();
    expect(typoText).toContain('Vul de 8 tekens van uw controlecode in');
    expect(typoText).toContain('value="K7QM-RX4"');

    const without = await createRoundIn(db, 'result', { title: 'Zonder controlecodes' });
    expect((await t.app.request(`/wijkbudget/${without.slug}/controlecode`)).status).toBe(404);
  });
});

describe('an equal-shares result explains why a plan with more votes lost', () => {
  test('sorted by outcome then votes, a bar chart with its table, the reason on the result and the plan page, turnout as published', async () => {
    const { db } = t.database;
    const round = await createRoundIn(db, 'review', {
      title: 'Gelijke delen test',
      budgetEuros: 30_000,
      rule: 'mes_cost_add1_greedy',
    });
    const park = await insertPlan(db, round.id, { title: 'Nieuw park', costEuros: 21_000, buurtCode: buurt });
    const groot = await insertPlan(db, round.id, {
      title: 'Groot plan',
      costEuros: 10_000,
      buurtCode: buurt,
    });
    const klein = await insertPlan(db, round.id, { title: 'Klein plan', costEuros: 9_000, buurtCode: buurt });
    const cast = (planIds: number[], n: number) =>
      Array.from({ length: n }, () => ({ roundId: round.id, choice: { planIds } }));
    await db.insert(ballots).values([...cast([park, groot], 6), ...cast([park], 1), ...cast([klein], 3)]);
    await moveRoundTo(db, round.id, 'counting');
    expect(await countRound(db, null, round.id, new Date())).toEqual({ ok: true });
    expect(await publishResult(db, deps(), null, round.id, new Date())).toEqual({ ok: true });
    // A ballot that appears after publication changes nothing on the page: it shows the published document.
    await db.insert(ballots).values(cast([groot], 1));

    const page = (await text(await t.app.request(`/wijkbudget/${round.slug}/uitslag`))).replaceAll(
      '\u00a0',
      ' ',
    );
    const list = page.slice(page.indexOf('class="result-list"'));
    const order = ['Nieuw park', 'Klein plan', 'Groot plan'].map((title) => list.indexOf(title));
    expect(order).toEqual([...order].sort((x, y) => x - y));
    expect(order[0]).toBeGreaterThan(-1);
    expect(page).toContain('<svg class="bar-chart__svg"');
    expect(page).toMatch(
      /<th class="utrecht-table__cell" scope="row">Groot plan<\/th><td[^>]*>6<\/td><td[^>]*>niet gekozen<\/td>/,
    );
    const why =
      'Niet gekozen. 6 stemmers kozen dit plan. Het kost € 10.000: dat is € 1.667 per persoon. ' +
      'Samen hadden zij nog maar € 0 over. Hun geld ging al naar andere plannen die zij ook kozen, zoals “Nieuw park”.';
    expect(page).toContain(why);
    expect(page).toContain('Online: 10 stemmen');
    const planPage = (
      await text(await t.app.request(`/wijkbudget/${round.slug}/plannen/${groot}`))
    ).replaceAll('\u00a0', ' ');
    expect(planPage).toContain('6 stemmen.');
    expect(planPage).toContain(why);
  });
});

describe('demo mode', () => {
  test('DEMO=1 shows example rounds apart, marked "Voorbeeld"; without it they do not exist for the public', async () => {
    const demo = await buildTestApp({ DEMO: '1' });
    try {
      await loadDemo(demo.database.db);
      await loadDemo(demo.database.db); // a second start adds nothing
      const examples = await demo.database.db.select().from(rounds).where(eq(rounds.demo, true));
      expect(examples.map((r) => r.slug).sort()).toEqual([
        'voorbeeld-beoordeling',
        'voorbeeld-in-voorbereiding',
        'voorbeeld-plannen-insturen',
        'voorbeeld-stemmen',
        'voorbeeld-uitslag',
      ]);
      const list = await text(await demo.app.request('/wijkbudget'));
      expect(list).toContain('Voorbeelden');
      const result = await text(await demo.app.request('/wijkbudget/voorbeeld-uitslag/uitslag'));
      expect(result).toContain('Voorbeeld');
      expect(result).toContain('Gelijke delen');
      const client = new TestClient(demo.app);
      await client.get('/wijkbudget/voorbeeld-stemmen');
      const code = await client.post('/wijkbudget/voorbeeld-stemmen/voorbeeldcode', {});
      expect(await code.text()).toMatch(/class="tracker__code">[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}</);
      expect((await t.app.request('/wijkbudget/voorbeeld-uitslag')).status).toBe(404);
    } finally {
      await demo.close();
    }
  });
});
