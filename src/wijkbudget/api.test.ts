// SPDX-License-Identifier: EUPL-1.2
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../../tests/support/app.ts';
import { createRoundIn, insertPlan, moveRoundTo } from '../../tests/support/wijkbudget.ts';
import { createApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { users } from '../platform/auth/schema.ts';
import type { SignedInUser } from '../platform/auth/sessions.ts';
import { createLogger } from '../platform/logger.ts';
import { createOutbox } from '../platform/mail/outbox.ts';
import { wijkbudgetApi } from './api.ts';
import { ballotSetup, castBallot, checkChoice, codeSecret, createCodes } from './ballot-service.ts';
import { countRound, publishResult } from './result-service.ts';
import { plans } from './schema.ts';
import { createRound, type WijkbudgetDeps } from './service.ts';
import { normaliseCode } from './voting-codes.ts';

const buurt = 'BU05183620'; // a buurt of Moerwijk

let t: TestApp;
let deps: WijkbudgetDeps;
let staff: SignedInUser;
beforeAll(async () => {
  t = await buildTestApp();
  const logger = createLogger('silent');
  deps = { outbox: createOutbox(t.jobs), logger, publicUrl: 'http://localhost' };
  const [admin] = await t.database.db.select().from(users).where(eq(users.email, t.staff.admin));
  staff = { id: admin!.id, email: admin!.email, name: admin!.name, role: 'admin', allianceId: null };
});
afterAll(() => t.close());

async function json(path: string, app = t.app) {
  const response = await app.request(path);
  const text = await response.text();
  return { response, text, body: JSON.parse(text) as any };
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A round in voting with three feasible plans and a few ballots cast with codes. */
async function roundWithBallots(title: string) {
  const { db } = t.database;
  const round = await createRoundIn(db, 'voting', { title, budgetEuros: 30_000 });
  const a = await insertPlan(db, round.id, { title: 'Bankjes', costEuros: 4_000, buurtCode: buurt });
  const b = await insertPlan(db, round.id, { title: 'Moestuin', costEuros: 12_000, buurtCode: buurt });
  const c = await insertPlan(db, round.id, { title: 'Buurtfeest', costEuros: 20_000, buurtCode: buurt });
  const secret = await codeSecret(db, undefined);
  const { codes } = await createCodes(db, secret, staff, round.id, { kind: 'letters', label: 'x', size: 4 });
  const setup = (await ballotSetup(db, round.id, new Date()))!;
  const choices = [[a, b], [a], [c], [b, a]];
  for (const [i, choice] of choices.entries()) {
    const checked = checkChoice(setup, { planIds: choice.map(String) });
    if (!checked.ok) throw new Error(checked.reason);
    const cast = await castBallot(db, secret, {
      roundId: round.id,
      code: normaliseCode(codes[i]!),
      choice: checked.stored,
      wantsTracker: false,
    });
    if (!cast.ok) throw new Error(cast.reason);
  }
  return { ...round, planIds: { a, b, c } };
}

describe('GET /api/v1/wijkbudget/rounds and /rounds/{id}', () => {
  test('a round by id or slug: phase, dates, budget, ballot, rule and its public plans, never an e-mail', async () => {
    const { db } = t.database;
    const round = await createRoundIn(db, 'review', {
      title: 'Wijkbudget Moerwijk API',
      ballotKind: 'max-plans',
      ballotLimit: 3,
      minimumAge: 12,
    });
    const feasible = await insertPlan(db, round.id, {
      title: 'Speeltuin',
      costEuros: 7_500,
      buurtCode: buurt,
    });
    const submitted = await insertPlan(db, round.id, {
      title: 'Nog niet beoordeeld',
      costEuros: 900,
      status: 'submitted',
      buurtCode: buurt,
    });
    const hidden = await insertPlan(db, round.id, { title: 'Misbruik', costEuros: 10, buurtCode: buurt });
    const withdrawn = await insertPlan(db, round.id, {
      title: 'Ingetrokken',
      costEuros: 10,
      buurtCode: buurt,
    });
    await db.update(plans).set({ status: 'hidden', statusReason: 'Kwetsend' }).where(eq(plans.id, hidden));
    await db.update(plans).set({ status: 'withdrawn' }).where(eq(plans.id, withdrawn));
    await db
      .update(plans)
      .set({ status: 'not-feasible', statusReason: 'Dit is geen openbare ruimte.' })
      .where(eq(plans.id, submitted));

    const byId = await json(`/api/v1/wijkbudget/rounds/${round.id}`);
    expect(byId.response.status).toBe(200);
    expect(byId.response.headers.get('access-control-allow-origin')).toBe('*');
    const bySlug = await json(`/api/v1/wijkbudget/rounds/${round.slug}`);
    expect(bySlug.body).toEqual(byId.body);
    const body = byId.body;
    expect(body).toMatchObject({
      id: round.id,
      slug: round.slug,
      title: 'Wijkbudget Moerwijk API',
      demo: false,
      phase: 'review',
      next: { phase: 'voting', automatic: true },
      area: { wijk: 'moerwijk', name: 'Moerwijk' },
      budget_euros: 30_000,
      ballot: { kind: 'max-plans', limit: 3 },
      rule: 'greedy_cost',
      minimum_age: 12,
      eligibility: 'codes',
      links: { result: null, ballots_pb: null, ballots_csv: null },
    });
    for (const field of [
      'submit_from',
      'submit_until',
      'review_until',
      'vote_from',
      'vote_until',
      'result_by',
    ])
      expect(Date.parse(body.dates[field]), field).not.toBeNaN();
    expect(body.dates.result_published_at).toBeNull();
    expect(body.plans.map((p: any) => p.id)).toEqual([feasible, submitted]);
    expect(body.plans[0]).toEqual({
      id: feasible,
      title: 'Speeltuin',
      description: 'Beschrijving van Speeltuin',
      buurt: { code: buurt, name: expect.any(String) },
      location: null,
      status: 'feasible',
      status_reason: null,
      cost_euros: 7_500,
      merged_into: null,
      measure: null,
      has_photo: false,
    });
    expect(body.plans[1]).toMatchObject({
      status: 'not-feasible',
      status_reason: 'Dit is geen openbare ruimte.',
      cost_euros: null,
    });
    expect(byId.text).not.toContain('indiener@example.nl');
    expect(byId.text).not.toContain('contact');
    expect(byId.text).not.toContain('Misbruik');
    expect(byId.text).not.toContain('Ingetrokken');

    const list = await json('/api/v1/wijkbudget/rounds');
    expect(list.response.status).toBe(200);
    const listed = list.body.find((r: any) => r.id === round.id);
    expect(listed).toMatchObject({ slug: round.slug, phase: 'review', budget_euros: 30_000, demo: false });
    expect(listed.plans).toBeUndefined();
    expect(list.text).not.toContain('@example.nl');
  });

  test('an unknown round, a silly id and an unknown path are JSON 404s', async () => {
    for (const path of [
      '/api/v1/wijkbudget/rounds/999999',
      '/api/v1/wijkbudget/rounds/99999999999999999999',
      '/api/v1/wijkbudget/rounds/bestaat-niet',
      '/api/v1/wijkbudget/rounds/%3Cscript%3E',
      '/api/v1/wijkbudget/rounds/999999/result',
      '/api/v1/wijkbudget/rounds/999999/ballots.pb',
      '/api/v1/wijkbudget/bestaat-niet',
    ]) {
      const { response, body } = await json(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toContain('application/json');
      expect(body, path).toMatchObject({
        error: expect.stringMatching(/not_found|http_404/),
        message: expect.any(String),
      });
    }
  });

  test('example rounds are left out unless the app runs with DEMO=1, and then flagged demo: true', async () => {
    const { db } = t.database;
    const { roundInput } = await import('../../tests/support/wijkbudget.ts');
    const demo = await createRound(db, null, roundInput('voting', { title: 'Voorbeeld API' }), {
      demo: true,
    });
    if (!demo.ok) throw new Error('demo round not created');
    const plain = await json('/api/v1/wijkbudget/rounds');
    expect(plain.body.some((r: any) => r.id === demo.id)).toBe(false);
    expect(plain.body.every((r: any) => r.demo === false)).toBe(true);
    expect((await json(`/api/v1/wijkbudget/rounds/${demo.id}`)).response.status).toBe(404);

    const logger = createLogger('silent');
    const demoApp = createApp({
      config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO: '1' }),
      database: t.database,
      jobs: t.jobs,
      outbox: deps.outbox,
      logger,
    });
    const listed = await json('/api/v1/wijkbudget/rounds', demoApp);
    expect(listed.body.find((r: any) => r.id === demo.id)).toMatchObject({ demo: true, phase: 'voting' });
    expect((await json(`/api/v1/wijkbudget/rounds/${demo.slug}`, demoApp)).body).toMatchObject({
      demo: true,
    });
  });
});

describe('the result and the ballot files', () => {
  test('no counts before publication: 404 while voting and while counted but unpublished', async () => {
    const { db } = t.database;
    const round = await roundWithBallots('Wijkbudget nog niet geteld');
    const paths = ['result', 'result.json', 'ballots.pb', 'ballots.csv'].map(
      (p) => `/api/v1/wijkbudget/rounds/${round.id}/${p}`,
    );
    const expectHidden = async () => {
      for (const path of paths) {
        const { response, body } = await json(path);
        expect(response.status, path).toBe(404);
        expect(body, path).toMatchObject({ error: 'not_found' });
      }
      const detail = await json(`/api/v1/wijkbudget/rounds/${round.id}`);
      expect(detail.text).not.toMatch(/"votes"|"points"|"selected"|"ballots"/);
      expect(detail.body.plans.every((p: any) => p.status === 'feasible')).toBe(true);
    };
    await expectHidden();
    await moveRoundTo(db, round.id, 'counting');
    expect(await countRound(db, staff, round.id, new Date())).toEqual({ ok: true });
    await expectHidden();
    expect((await json(`/api/v1/wijkbudget/rounds/${round.id}`)).body.phase).toBe('counting');
  });

  test('once published: rule, selected in order, votes per plan, both SHA-256 sums and the files', async () => {
    const { db } = t.database;
    const round = await roundWithBallots('Wijkbudget gepubliceerd');
    const { a, b, c } = round.planIds;
    await moveRoundTo(db, round.id, 'counting');
    expect(await countRound(db, staff, round.id, new Date())).toEqual({ ok: true });
    expect(await publishResult(db, deps, staff, round.id, new Date())).toEqual({ ok: true });

    const base = `/api/v1/wijkbudget/rounds/${round.id}`;
    const { response, body } = await json(`${base}/result`);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    // greedy_cost: a (3 votes), b (2), then c (1) would bring the total to 36,000 > 30,000.
    expect(body).toMatchObject({
      round: { id: round.id, slug: round.slug },
      rule: 'greedy_cost',
      selected: [String(a), String(b)],
      ballots: 4,
      votes: { [a]: 3, [b]: 2, [c]: 1 },
      result_sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      ballots_sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      published_at: expect.any(String),
    });
    expect(body.points).toBeUndefined();
    expect(body.document.selected).toEqual(body.selected);
    expect(body.document.ballots_sha256).toBe(body.ballots_sha256);

    const document = await t.app.request(`${base}/result.json`);
    expect(document.headers.get('content-type')).toContain('application/json');
    const documentText = await document.text();
    expect(sha256(documentText)).toBe(body.result_sha256);
    expect(JSON.parse(documentText)).toEqual(body.document);

    const pb = await t.app.request(`${base}/ballots.pb`);
    expect(pb.status).toBe(200);
    expect(pb.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(pb.headers.get('content-disposition')).toContain(`${round.slug}-stemmen.pb`);
    const pbText = await pb.text();
    expect(sha256(pbText)).toBe(body.ballots_sha256);
    expect(pbText).toMatch(/^META\n/);
    expect(pbText).toContain(`\n${a};4000;Bankjes\n`);

    const csv = await t.app.request(`${base}/ballots.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await csv.text()).trim().split(/\r?\n/);
    expect(lines[0]).toBe(`ballot,voting_method,tracker,plan_${a},plan_${b},plan_${c}`);
    expect(lines).toHaveLength(5);

    const detail = await json(base);
    expect(detail.body.phase).toBe('result');
    expect(detail.body.links).toMatchObject({ result: `${base}/result`, ballots_pb: `${base}/ballots.pb` });
    expect(Object.fromEntries(detail.body.plans.map((p: any) => [p.id, p.status]))).toEqual({
      [a]: 'funded',
      [b]: 'funded',
      [c]: 'not-funded',
    });
    expect(detail.body.plans.find((p: any) => p.id === a).measure).toMatch(/^wijkbudget-/);
    // By slug too.
    expect((await json(`/api/v1/wijkbudget/rounds/${round.slug}/result`)).body).toEqual(body);
  });
});

describe('the OpenAPI document', () => {
  test('every wijkbudget route is in it, and every schema it names exists', async () => {
    const { body } = await json('/api/v1/openapi.json');
    const served = wijkbudgetApi({
      database: t.database,
      config: loadConfig({}),
      jobs: t.jobs,
      outbox: deps.outbox,
    })
      .routes.filter((r) => r.method === 'GET')
      .map((r) => `/wijkbudget${r.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(served).toEqual(
      expect.arrayContaining([
        '/wijkbudget/rounds',
        '/wijkbudget/rounds/{id}',
        '/wijkbudget/rounds/{id}/result',
        '/wijkbudget/rounds/{id}/ballots.pb',
        '/wijkbudget/rounds/{id}/ballots.csv',
      ]),
    );
    for (const path of served) expect(body.paths[path]?.get, path).toBeDefined();
    const documented = Object.keys(body.paths).filter((p) => p.startsWith('/wijkbudget/'));
    expect(documented.sort()).toEqual([...new Set(served)].sort());
    const refs = JSON.stringify(body).match(/#\/components\/schemas\/(\w+)/g) ?? [];
    for (const ref of refs) expect(body.components.schemas[ref.split('/').pop()!], ref).toBeDefined();
    const index = await json('/api/v1');
    expect(index.body.endpoints).toContain('/api/v1/wijkbudget/rounds/{id}/ballots.pb');
  });
});
