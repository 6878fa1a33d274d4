// SPDX-License-Identifier: EUPL-1.2
/**
 * /api/v1/wijkbudget: rounds, their plans and published results as open data, read-only. Nothing here
 * shows a count before the result is published (the result and both ballot files answer 404 until
 * then), and nothing shows a submitter's e-mail address. Example rounds (DEMO=1) carry `demo: true`
 * and exist only when the app runs with DEMO=1.
 */
import { type Context, Hono } from 'hono';
import type { AppDeps } from '../platform/context.ts';
import { parseId } from '../platform/http/ids.ts';
import { wijkbudgetPaths } from './paths.ts';
import { getBallotFile, getPublishedResult } from './result-service.ts';
import { getRound, listPlans, listRounds, type Plan, type Round } from './service.ts';

/** Euro cents as euros (a number; whole euros unless a cost has cents). */
const euros = (cents: bigint | null) => (cents === null ? null : Number(cents) / 100);

function roundSummaryJson(round: Round) {
  return {
    id: round.id,
    slug: round.slug,
    title: round.title,
    demo: round.demo,
    phase: round.phase,
    next: round.next ? { phase: round.next.phase, at: round.next.at, automatic: round.next.automatic } : null,
    area: round.wijkSlug ? { wijk: round.wijkSlug, name: round.wijkName } : { wijk: null, name: 'Zuidwest' },
    budget_euros: euros(round.budgetCents),
    ballot: ballotJson(round),
    rule: round.rule,
    dates: {
      submit_from: round.submitFrom,
      submit_until: round.submitUntil,
      review_until: round.reviewUntil,
      vote_from: round.voteFrom,
      vote_until: round.voteUntil,
      result_by: round.resultBy,
      execution_from: round.executionFrom,
      result_published_at: round.resultPublishedAt,
    },
    links: roundLinks(round),
  };
}

function ballotJson(round: Round) {
  if (round.ballot.kind === 'max-plans') return { kind: 'max-plans', limit: round.ballot.max };
  if (round.ballot.kind === 'points') return { kind: 'points', limit: round.ballot.points };
  return { kind: 'budget', limit: null };
}

function roundLinks(round: Round) {
  const api = wijkbudgetPaths.api;
  const published =
    round.resultPublishedAt !== null && (round.phase === 'result' || round.phase === 'execution');
  return {
    self: api.round(round.id),
    page: wijkbudgetPaths.round(round.slug),
    result: published ? api.result(round.id) : null,
    ballots_pb: published ? api.ballots(round.id, 'pb') : null,
    ballots_csv: published ? api.ballots(round.id, 'csv') : null,
  };
}

/** A plan as the public sees it: never the contact e-mail, and the municipality's cost (the one that counts). */
function planJson(plan: Plan) {
  return {
    id: plan.id,
    title: plan.title,
    description: plan.description,
    buurt: { code: plan.buurtCode, name: plan.buurtName },
    location: plan.location,
    status: plan.status,
    status_reason: plan.statusReason,
    cost_euros: euros(plan.costCents),
    merged_into: plan.mergedIntoId,
    measure: plan.measureSlug,
    has_photo: plan.hasPhoto,
  };
}

const notFound = (c: Context, message: string) => c.json({ error: 'not_found', message }, 404);

/** /api/v1/wijkbudget: rounds, plans and published results, read-only. */
export function wijkbudgetApi({ database, config }: AppDeps) {
  const { db } = database;
  const demoShown = config.DEMO === '1';
  const app = new Hono();

  /** A round by id or slug; example rounds only when the app runs with DEMO=1. */
  async function findRound(key: string): Promise<Round | null> {
    const now = new Date();
    let round: Round | null;
    const id = parseId(key);
    if (id !== null) round = await getRound(db, { id }, now);
    else if (/^[a-z0-9-]{1,100}$/.test(key)) round = await getRound(db, { slug: key }, now);
    else round = null;
    if (!round || (round.demo && !demoShown)) return null;
    return round;
  }

  const noRound = 'Deze wijkbudgetronde bestaat niet.';
  const notPublished =
    'De uitslag van deze ronde is nog niet gepubliceerd. Tot dan zijn er geen tellingen of stembiljetten te zien.';

  app.get('/rounds', async (c) => {
    const rounds = await listRounds(db, new Date(), demoShown ? {} : { demo: false });
    return c.json(rounds.map(roundSummaryJson));
  });

  app.get('/rounds/:id', async (c) => {
    const round = await findRound(c.req.param('id'));
    if (!round) return notFound(c, noRound);
    const plans = await listPlans(db, round.id, { audience: 'public' });
    return c.json({
      ...roundSummaryJson(round),
      intro: round.intro,
      minimum_age: round.minimumAge,
      eligibility: round.eligibility,
      plans: plans.map(planJson),
    });
  });

  app.get('/rounds/:id/result', async (c) => {
    const round = await findRound(c.req.param('id'));
    if (!round) return notFound(c, noRound);
    const result = await getPublishedResult(db, round.id);
    if (!result) return notFound(c, notPublished);
    const { document } = result;
    return c.json({
      round: { id: round.id, slug: round.slug, title: round.title },
      rule: document.rule,
      selected: document.selected,
      ballots: document.ballots,
      votes: Object.fromEntries(document.plans.map((p) => [p.id, p.votes])),
      ...(round.ballot.kind === 'points'
        ? { points: Object.fromEntries(document.plans.map((p) => [p.id, p.points ?? 0])) }
        : {}),
      result_sha256: result.resultSha256,
      ballots_sha256: result.ballotsSha256,
      counted_at: result.countedAt,
      published_at: result.publishedAt,
      links: {
        document: wijkbudgetPaths.api.resultDocument(round.id),
        ballots_pb: wijkbudgetPaths.api.ballots(round.id, 'pb'),
        ballots_csv: wijkbudgetPaths.api.ballots(round.id, 'csv'),
      },
      document,
    });
  });

  // The result document byte for byte as published, so its SHA-256 can be checked against result_sha256.
  app.get('/rounds/:id/result.json', async (c) => {
    const round = await findRound(c.req.param('id'));
    if (!round) return notFound(c, noRound);
    const result = await getPublishedResult(db, round.id);
    if (!result) return notFound(c, notPublished);
    c.header('content-type', 'application/json; charset=utf-8');
    c.header('content-disposition', `inline; filename="${round.slug}-uitslag.json"`);
    return c.body(result.documentText);
  });

  for (const format of ['pb', 'csv'] as const) {
    app.get(`/rounds/:id/ballots.${format}`, async (c) => {
      const round = await findRound(c.req.param('id'));
      if (!round) return notFound(c, noRound);
      const file = await getBallotFile(db, round.id, format);
      if (file === null) return notFound(c, notPublished);
      c.header('content-type', format === 'pb' ? 'text/plain; charset=utf-8' : 'text/csv; charset=utf-8');
      c.header('content-disposition', `attachment; filename="${round.slug}-stemmen.${format}"`);
      return c.body(file);
    });
  }

  return app;
}
