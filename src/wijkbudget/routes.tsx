// SPDX-License-Identifier: EUPL-1.2
import { type Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppDeps } from '../platform/context.ts';
import {
  type FieldErrors,
  type FormValues,
  parseForm,
  readFormValues,
  textValue,
} from '../platform/forms.ts';
import { clientAddress } from '../platform/http/client-address.ts';
import { parseId } from '../platform/http/ids.ts';
import { formatNumber, t } from '../platform/i18n.ts';
import { cleanPhoto, photoResponse } from '../platform/photos/photos.ts';
import { type Counter, takeAttempt } from '../platform/rate-limit/service.ts';
import { listStatusHistory } from '../platform/workflow/service.ts';
import {
  type BallotSetup,
  type CodeState,
  castBallot,
  castingRound,
  checkChoice,
  codeSecret,
  codeState,
  createCodes,
  type FinishedAttempt,
  finishCodeAttempt,
  recordCodeGuessAlarm,
  startCodeAttempt,
} from './ballot-service.ts';
import { chosenPlans, givenPoints, planForm, trackerForm } from './forms.ts';
import { wijkbudgetPaths } from './paths.ts';
import { getPublishedResult, publishedBallotByTracker } from './result-service.ts';
import { type BallotProblem, ballotProblemMessages, planWorkflow, votingOpen } from './rules.ts';
import type { StoredChoice } from './schema.ts';
import * as service from './service.ts';
import { BallotPage, CastPage, ConfirmPage, DemoCodePage, VotingClosedPage } from './views/ballot-pages.tsx';
import { euros } from './views/parts.tsx';
import { PlanFormPage, PlanSentPage } from './views/plan-form-page.tsx';
import { PlanPage } from './views/plan-page.tsx';
import { ResultPage } from './views/result-page.tsx';
import { RoundPage } from './views/round-page.tsx';
import { RoundsPage } from './views/rounds-page.tsx';
import { TrackerPage } from './views/tracker-page.tsx';
import { checkCode, codeProblemMessages } from './voting-codes.ts';

/**
 * A round's pages change with the clock (phases), not only with the data, so they may be cached for
 * a short while by a proxy but are never kept by the app's own page cache (it keys on data changes).
 */
const roundPageCaching = 'public, max-age=30';

/** Plans per hour: from one address (a family, a buurthuis computer), and for the whole round. */
export const planSubmitLimits = { perAddress: 5, perRound: 200, windowSeconds: 3600 } as const;

function planLimits(roundId: number, address: string): Counter[] {
  const { perAddress, perRound, windowSeconds } = planSubmitLimits;
  return [
    { key: `plan:address:${roundId}:${address}`, limit: { max: perAddress, windowSeconds } },
    { key: `plan:round:${roundId}`, limit: { max: perRound, windowSeconds } },
  ];
}
const privatePage = 'private, no-store';

function notFound(): never {
  throw new HTTPException(404);
}

/** Why a code gives no ballot: each has its message `wijkbudget.code.<state>`. */
type RefusedCode = Exclude<CodeState, 'available'>;

/** The message for a ballot problem, with its numbers formatted. */
export function ballotProblemText(problem: BallotProblem): string {
  const key = ballotProblemMessages[problem.reason];
  switch (problem.reason) {
    case 'over-budget':
      return t(key, {
        total: euros(problem.total),
        budget: euros(problem.budget),
        over: euros(problem.over),
      });
    case 'too-many-plans':
      return t(key, { count: problem.count, max: problem.max });
    case 'points-over-total':
      return t(key, { given: formatNumber(problem.given), points: problem.points, over: problem.over });
    default:
      return t(key);
  }
}

/** The choice typed on the ballot, in the shape the rules check. */
function choiceOf(setup: BallotSetup, values: FormValues) {
  return setup.ballot.kind === 'points' ? { points: givenPoints(values) } : { planIds: chosenPlans(values) };
}

/** The public pages of the wijkbudget, under /wijkbudget. Every page works without JavaScript. */
export function wijkbudgetRoutes({
  database,
  config,
  wijkbudget,
}: AppDeps & { wijkbudget: service.WijkbudgetDeps }) {
  const { db } = database;
  const app = new Hono();
  const demoMode = config.DEMO === '1';

  async function findRound(c: Context) {
    const round = await service.getRound(db, { slug: c.req.param('slug') ?? '' }, new Date());
    if (!round || (round.demo && !demoMode)) notFound();
    return round;
  }

  app.get('/', async (c) => {
    const rounds = await service.listRounds(db, new Date());
    c.header('cache-control', roundPageCaching);
    return c.render(
      <RoundsPage
        rounds={rounds.filter((r) => !r.demo)}
        examples={demoMode ? rounds.filter((r) => r.demo) : []}
      />,
      { title: t('wijkbudget.title') },
    );
  });

  app.get('/stembiljet.js', (c) => {
    c.header('content-type', 'text/javascript; charset=utf-8');
    c.header('cache-control', 'public, max-age=3600');
    return c.body(ballotScript);
  });

  app.get('/:slug', async (c) => {
    const round = await findRound(c);
    const plans = await service.listPlans(db, round.id, { audience: 'public' });
    const demoCodes = round.demo && round.phase === 'voting';
    if (!demoCodes) c.header('cache-control', roundPageCaching);
    return c.render(
      <RoundPage
        round={round}
        plans={plans}
        resultPublished={round.resultPublishedAt !== null}
        demoCodeForm={demoCodes ? c.get('csrfToken')() : null}
      />,
      { title: round.title, description: round.intro.slice(0, 160) },
    );
  });

  app.get('/:slug/plannen/:id', async (c) => {
    const round = await findRound(c);
    const planId = parseId(c.req.param('id'));
    const plan = planId === null ? null : await service.getPlan(db, planId);
    if (!plan || plan.roundId !== round.id || !service.isPublicPlan(plan)) notFound();
    const [mergedInto, result, history] = await Promise.all([
      plan.mergedIntoId === null ? null : service.getPlan(db, plan.mergedIntoId),
      round.phase === 'result' || round.phase === 'execution' ? getPublishedResult(db, round.id) : null,
      listStatusHistory(db, planWorkflow.entityType, plan.id),
    ]);
    const outcome = result?.document.plans.find((p) => p.id === String(plan.id)) ?? null;
    c.header('cache-control', roundPageCaching);
    // The public history never names the staff member.
    const publicHistory = history.map((entry) => ({ ...entry, changedByName: null }));
    return c.render(
      <PlanPage
        round={round}
        plan={plan}
        mergedInto={mergedInto}
        outcome={outcome}
        history={publicHistory}
      />,
      { title: plan.title },
    );
  });

  app.get('/:slug/plannen/:id/foto', async (c) => {
    const round = await findRound(c);
    const planId = parseId(c.req.param('id'));
    const plan = planId === null ? null : await service.getPlan(db, planId);
    if (!plan || plan.roundId !== round.id) notFound();
    const photo = await service.getPlanPhoto(db, plan.id, 'public');
    if (!photo) notFound();
    return photoResponse(c, photo, 'public');
  });

  // --- submitting a plan ------------------------------------------------------------------------

  async function renderPlanForm(
    c: Context,
    round: service.Round,
    errors?: FieldErrors,
    values?: FormValues,
    refusal?: string,
  ) {
    if (errors) c.status(400);
    if (refusal) c.status(429);
    return c.render(
      <PlanFormPage
        round={round}
        buurten={await service.listRoundBuurten(db, round)}
        csrfToken={c.get('csrfToken')()}
        errors={errors}
        values={values}
        refusal={refusal}
      />,
      { title: t('wijkbudget.submit.title'), hasErrors: errors !== undefined || refusal !== undefined },
    );
  }

  app.get('/:slug/plan-insturen', async (c) => {
    const round = await findRound(c);
    if (round.phase !== 'submitting') return c.redirect(wijkbudgetPaths.round(round.slug), 303);
    return renderPlanForm(c, round);
  });

  app.post('/:slug/plan-insturen', async (c) => {
    const round = await findRound(c);
    if (round.phase !== 'submitting') return c.redirect(wijkbudgetPaths.round(round.slug), 303);
    const form = await parseForm(c, planForm);
    const errors: FieldErrors = form.ok ? {} : { ...form.errors };
    const body = await c.req.parseBody();
    const upload = body.photo;
    let photo: service.CleanPhoto | null = null;
    if (upload instanceof File && upload.size > 0) {
      const cleaned = await cleanPhoto(new Uint8Array(await upload.arrayBuffer()), null);
      if (cleaned.ok) photo = cleaned.photo;
      else
        errors.photo = t(
          cleaned.reason === 'too-large'
            ? 'wijkbudget.submit.photoTooLarge'
            : 'wijkbudget.submit.photoNotImage',
        );
    }
    if (!form.ok || Object.keys(errors).length > 0) {
      // A browser cannot fill a file field again: say so next to it rather than lose the photo silently.
      if (photo) errors.photo = t('wijkbudget.submit.photoAgain');
      return renderPlanForm(c, round, errors, form.values);
    }
    // Counted only for a complete form, so typing mistakes never block a resident; a flood of plans (and
    // of receipts to chosen addresses) is stopped per address and per round.
    const taken = await takeAttempt(db, planLimits(round.id, clientAddress(c)));
    if (!taken.ok) return renderPlanForm(c, round, undefined, form.values, t('wijkbudget.submit.tooMany'));
    const input = { ...form.data, costEuros: form.data.costEuros! };
    const result = await service.submitPlan(db, wijkbudget, round.id, input, photo, new Date());
    // Post/redirect/get: reloading the thank-you page sends nothing again.
    if (result.ok) return c.redirect(wijkbudgetPaths.planSent(round.slug, result.id), 303);
    if (result.reason === 'invalid') return renderPlanForm(c, round, result.errors, form.values);
    return c.redirect(wijkbudgetPaths.round(round.slug), 303);
  });

  app.get('/:slug/plan-insturen/verstuurd/:id', async (c) => {
    const round = await findRound(c);
    const planId = parseId(c.req.param('id'));
    const plan = planId === null ? null : await service.getPlan(db, planId);
    if (!plan || plan.roundId !== round.id) notFound();
    const mailed = (await service.getPlanContactEmail(db, plan.id)) !== null;
    c.header('cache-control', privatePage);
    return c.render(
      <PlanSentPage round={round} planId={plan.id} pending={plan.status === 'pending'} mailed={mailed} />,
      {
        title: t('wijkbudget.submit.sentTitle'),
      },
    );
  });

  // --- voting -----------------------------------------------------------------------------------

  async function onBallot(round: service.Round) {
    return service.listPlans(db, round.id, { audience: 'public', statuses: ['feasible'] });
  }

  async function renderBallot(
    c: Context,
    round: service.Round,
    errors?: FieldErrors,
    values?: FormValues,
    status: 400 | 409 | 429 = 400,
  ) {
    if (errors) c.status(status);
    c.header('cache-control', privatePage);
    return c.render(
      <BallotPage
        round={round}
        plans={await onBallot(round)}
        csrfToken={c.get('csrfToken')()}
        errors={errors}
        values={values}
      />,
      { title: t('wijkbudget.vote.title', { round: round.title }), hasErrors: errors !== undefined },
    );
  }

  /** Checks everything that needs no database: the code's form, the declaration and the ballot. */
  function checkBallotForm(setup: BallotSetup, values: FormValues) {
    const errors: FieldErrors = {};
    const code = checkCode(textValue(values, 'code'));
    if (textValue(values, 'code').trim() === '') errors.code = t('wijkbudget.code.required');
    else if (!code.ok) {
      errors.code = t(codeProblemMessages[code.reason], {
        character: code.reason === 'unknown-character' ? code.character : '',
        length: code.reason === 'wrong-length' ? code.length : 0,
        expected: code.reason === 'wrong-length' ? code.expected : 0,
      });
    }
    if (textValue(values, 'declaration') !== '1')
      errors.declaration = t('wijkbudget.vote.declarationRequired');
    const choice = checkChoice(setup, choiceOf(setup, values));
    if (!choice.ok) errors.plan = ballotProblemText(choice);
    if (Object.keys(errors).length > 0 || !code.ok || !choice.ok) return { ok: false as const, errors };
    return { ok: true as const, code: code.code, choice };
  }

  function codeRefusal(state: RefusedCode): FieldErrors {
    return { code: t(`wijkbudget.code.${state}`) };
  }

  /** The refusal of a code: 429 when a limit said no, the ballot again with the message at the code. */
  function refuseCode(c: Context, round: service.Round, state: RefusedCode, values: FormValues) {
    const limited = state === 'throttled' || state === 'busy';
    return renderBallot(c, round, codeRefusal(state), values, limited ? 429 : 400);
  }

  /** Warns staff (log and the round's staff page) when this attempt filled the round's limit of wrong codes. */
  async function warnStaffIfNeeded(round: service.Round, attempt: FinishedAttempt) {
    if (!attempt.roundLimitReached) return;
    wijkbudget.logger.warn(
      { roundId: round.id, slug: round.slug },
      'wijkbudget: the round reached its limit of wrong voting codes per minute; codes are refused until the minute is over (someone may be guessing codes)',
    );
    await recordCodeGuessAlarm(db, round.id);
  }

  /** The round and, while online voting is open, its ballot (kept in memory for a few seconds: the hot path). */
  async function votingRound(c: Context) {
    const found = await castingRound(db, c.req.param('slug') ?? '', new Date());
    if (!found || (found.round.demo && !demoMode)) notFound();
    const { round, setup } = found;
    const open = votingOpen(setup.phase) && round.eligibility !== 'paper';
    return { round, setup: open ? setup : null };
  }

  app.get('/:slug/stemmen', async (c) => {
    const { round, setup } = await votingRound(c);
    if (!setup)
      return c.render(<VotingClosedPage round={round} />, {
        title: t('wijkbudget.vote.title', { round: round.title }),
      });
    return renderBallot(c, round);
  });

  app.post('/:slug/stemmen', async (c) => {
    const { round, setup } = await votingRound(c);
    if (!setup)
      return c.render(<VotingClosedPage round={round} />, {
        title: t('wijkbudget.vote.title', { round: round.title }),
      });
    const values = await readFormValues(c);
    if (values._back === '1') {
      delete values._back;
      return renderBallot(c, round, undefined, values);
    }
    const checked = checkBallotForm(setup, values);
    if (!checked.ok) return renderBallot(c, round, checked.errors, values);
    const secret = await codeSecret(db, config.VOTING_CODE_SECRET);
    const attempt = await codeState(db, secret, round.id, checked.code, clientAddress(c));
    await warnStaffIfNeeded(round, attempt);
    if (attempt.state !== 'available') return refuseCode(c, round, attempt.state, values);
    const plans = await onBallot(round);
    const chosen = chosenForConfirmation(plans, checked.choice.stored);
    c.header('cache-control', privatePage);
    return c.render(
      <ConfirmPage
        round={round}
        chosen={chosen}
        totalCents={chosen.reduce((sum, { plan }) => sum + (plan.costCents ?? 0n), 0n)}
        csrfToken={c.get('csrfToken')()}
        values={values}
      />,
      { title: t('wijkbudget.confirm.title') },
    );
  });

  app.post('/:slug/stemmen/uitbrengen', async (c) => {
    const { round, setup } = await votingRound(c);
    if (!setup) {
      c.status(409);
      return c.render(<VotingClosedPage round={round} />, {
        title: t('wijkbudget.vote.title', { round: round.title }),
      });
    }
    const values = await readFormValues(c);
    const checked = checkBallotForm(setup, values);
    if (!checked.ok) return renderBallot(c, round, checked.errors, values);
    // The limit is checked (and the attempt counted) before the code is used: a throttled address
    // cannot store a ballot even with a right code.
    const client = clientAddress(c);
    const refused = await startCodeAttempt(db, round.id, client);
    if (refused) return refuseCode(c, round, refused, values);
    const secret = await codeSecret(db, config.VOTING_CODE_SECRET);
    const cast = await castBallot(db, secret, {
      roundId: round.id,
      code: checked.code,
      choice: checked.choice.stored,
      wantsTracker: round.trackers && values.tracker === '1',
    });
    const attempt = await finishCodeAttempt(db, round.id, client, cast.ok ? 'available' : cast.reason);
    await warnStaffIfNeeded(round, attempt);
    if (!cast.ok) return refuseCode(c, round, attempt.state === 'busy' ? 'busy' : cast.reason, values);
    c.header('cache-control', privatePage);
    return c.render(<CastPage round={round} tracker={cast.tracker} />, { title: t('wijkbudget.cast.title') });
  });

  /** Example rounds only: anyone may take a code to try voting. Real rounds never have this. */
  app.post('/:slug/voorbeeldcode', async (c) => {
    const round = await findRound(c);
    if (!round.demo || round.phase !== 'voting') notFound();
    const secret = await codeSecret(db, config.VOTING_CODE_SECRET);
    const { codes } = await createCodes(db, secret, null, round.id, {
      kind: 'help-desk',
      label: t('wijkbudget.demo.codeLabel'),
      size: 1,
    });
    c.header('cache-control', privatePage);
    return c.render(<DemoCodePage round={round} code={codes[0]!} />, {
      title: t('wijkbudget.demo.codeTitle'),
    });
  });

  // --- the result -------------------------------------------------------------------------------

  // --- looking up a ballot by its tracker ---------------------------------------------------------

  async function findTrackerRound(c: Context) {
    const round = await findRound(c);
    if (!round.trackers) notFound();
    return round;
  }

  app.get('/:slug/controlecode', async (c) => {
    const round = await findTrackerRound(c);
    c.header('cache-control', privatePage);
    const published = round.phase === 'result' || round.phase === 'execution';
    return c.render(
      <TrackerPage
        round={round}
        csrfToken={c.get('csrfToken')()}
        answer={published ? undefined : { kind: 'not-yet' }}
      />,
      { title: t('wijkbudget.tracker.title') },
    );
  });

  // POST, not GET: a tracker in an address would end up in logs and browser history.
  app.post('/:slug/controlecode', async (c) => {
    const round = await findTrackerRound(c);
    c.header('cache-control', privatePage);
    const form = await parseForm(c, trackerForm);
    const render = (props: Partial<Parameters<typeof TrackerPage>[0]>) =>
      c.render(<TrackerPage round={round} csrfToken={c.get('csrfToken')()} {...props} />, {
        title: t('wijkbudget.tracker.title'),
        hasErrors: props.errors !== undefined,
      });
    if (!form.ok) {
      c.status(400);
      return render({ errors: form.errors, typed: textValue(form.values, 'tracker') });
    }
    const tracker = form.data.tracker;
    if (!(await getPublishedResult(db, round.id)))
      return render({ typed: tracker, answer: { kind: 'not-yet' } });
    const choice = await publishedBallotByTracker(db, round.id, tracker);
    if (!choice) return render({ typed: tracker, answer: { kind: 'not-found', tracker } });
    const plans = await service.listPlans(db, round.id, { audience: 'public' });
    return render({ typed: tracker, answer: { kind: 'found', tracker, choice: choiceLines(plans, choice) } });
  });

  app.get('/:slug/uitslag', async (c) => {
    const round = await findRound(c);
    const result = await getPublishedResult(db, round.id);
    if (!result) notFound();
    const plans = await service.listPlans(db, round.id, { audience: 'public' });
    c.header('cache-control', roundPageCaching);
    return c.render(<ResultPage round={round} result={result} plans={plans} />, {
      title: t('wijkbudget.result.title', { round: round.title }),
    });
  });

  return app;
}

function chosenForConfirmation(plans: service.Plan[], stored: StoredChoice) {
  if ('planIds' in stored) {
    return plans.filter((p) => stored.planIds.includes(p.id)).map((plan) => ({ plan, points: null }));
  }
  return plans
    .filter((p) => (stored.points[String(p.id)] ?? 0) > 0)
    .map((plan) => ({ plan, points: stored.points[String(plan.id)]! }));
}

/**
 * The running total of a budget ballot. Only an enhancement: without it the server checks the
 * total and explains. The sentence comes from the page (data-template), so all text stays in the catalogue.
 */
const ballotScript = `(function () {
  var total = document.getElementById('ballot-total');
  if (!total) return;
  var budget = Number(total.getAttribute('data-budget'));
  var template = total.getAttribute('data-template');
  var templateOver = total.getAttribute('data-template-over');
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[name="plan"][data-cost]'));
  var money = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  function update() {
    var chosen = 0;
    boxes.forEach(function (box) { if (box.checked) chosen += Number(box.getAttribute('data-cost')); });
    total.textContent = chosen > budget
      ? templateOver.replace('{total}', money.format(chosen)).replace('{over}', money.format(chosen - budget)).replace('{budget}', money.format(budget))
      : template.replace('{chosen}', money.format(chosen)).replace('{remaining}', money.format(budget - chosen));
    total.classList.toggle('ballot-total--over', chosen > budget);
  }
  boxes.forEach(function (box) { box.addEventListener('change', update); });
  update();
  total.hidden = false;
})();
`;

/** A stored choice as lines for a reader: plan titles, with points on a points ballot. */
function choiceLines(plans: service.Plan[], choice: StoredChoice): string[] {
  const title = (id: number) => plans.find((p) => p.id === id)?.title ?? `#${id}`;
  if ('planIds' in choice) return choice.planIds.map(title);
  return Object.entries(choice.points).map(([id, points]) =>
    t('wijkbudget.tracker.points', { title: title(Number(id)), points }),
  );
}
