// SPDX-License-Identifier: EUPL-1.2
import { Readable } from 'node:stream';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { listWijken } from '../places/service.ts';
import { currentUser, requirePermission, requireUser } from '../platform/auth/guards.ts';
import { can } from '../platform/auth/roles.ts';
import type { AppDeps } from '../platform/context.ts';
import { type FieldErrors, type FormValues, parseForm, textValue } from '../platform/forms.ts';
import { parseId } from '../platform/http/ids.ts';
import { formatDate, formatEuros, type MessageKey, t } from '../platform/i18n.ts';
import { photoResponse } from '../platform/photos/photos.ts';
import { listStatusHistory } from '../platform/workflow/service.ts';
import * as ballotService from './ballot-service.ts';
import { codesNeedSecondPerson, turnoutPerBuurt } from './code-batch-rules.ts';
import * as codeBatchService from './code-batches.ts';
import {
  chosenPlans,
  codeBatchForm,
  decisionForm,
  givenPoints,
  helpDeskForm,
  localInputValue,
  paperBallotForm,
  planForm,
  pollingPlaceForm,
  publishForm,
  roundForm,
} from './forms.ts';
import { letterPdf, letterText, mailMergeCsv } from './letters.ts';
import { wijkbudgetPaths } from './paths.ts';
import * as resultService from './result-service.ts';
import {
  type BallotChoice,
  type BallotProblem,
  ballotProblemMessages,
  countsVisible,
  paperNeedsCode,
  phaseMessages,
  phases,
  planStatuses,
  planWorkflow,
  roundDateFields,
} from './rules.ts';
import * as service from './service.ts';
import { AdminCodesPage, HelpDeskCodePage } from './views/admin-codes-page.tsx';
import { AdminPaperPage, type PaperForm } from './views/admin-paper-page.tsx';
import { AdminPlanFormPage } from './views/admin-plan-form-page.tsx';
import { AdminPlanPage } from './views/admin-plan-page.tsx';
import { AdminResultPage } from './views/admin-result-page.tsx';
import { AdminRoundPage } from './views/admin-round-page.tsx';
import { NewRoundPage, RoundsPage } from './views/admin-rounds-page.tsx';
import { checkCode, codeProblemMessages, letterNumber } from './voting-codes.ts';

type Deps = AppDeps & { wijkbudget: service.WijkbudgetDeps };

/** The round form's data as the service's input. */
function roundInput(data: Record<string, unknown>): service.RoundInput {
  const text = (name: string) => data[name] as string;
  return {
    title: text('title'),
    intro: text('intro'),
    wijkSlug: (data.wijkSlug as string | null) ?? null,
    budgetEuros: data.budgetEuros as number,
    ballotKind: data.ballotKind as service.RoundInput['ballotKind'],
    ballotLimit: (data.ballotLimit as number | null) ?? null,
    rule: data.rule as service.RoundInput['rule'],
    minimumAge: data.minimumAge as number,
    eligibility: data.eligibility as service.RoundInput['eligibility'],
    moderatePlans: data.moderatePlans === true,
    trackers: data.trackers === 'on',
    dates: {
      submitFrom: text('submitFrom'),
      submitUntil: text('submitUntil'),
      reviewUntil: text('reviewUntil'),
      voteFrom: text('voteFrom'),
      voteUntil: text('voteUntil'),
      resultBy: text('resultBy'),
      executionFrom: text('executionFrom'),
    },
  };
}

/** A refused ballot as one Dutch sentence, with its money and numbers formatted. */
function ballotProblemText(problem: BallotProblem): string {
  const euros = (cents: bigint) => formatEuros(Number(cents) / 100);
  const key = ballotProblemMessages[problem.reason];
  if (problem.reason === 'over-budget')
    return t(key, { total: euros(problem.total), over: euros(problem.over), budget: euros(problem.budget) });
  if (problem.reason === 'too-many-plans') return t(key, { count: problem.count, max: problem.max });
  if (problem.reason === 'points-over-total')
    return t(key, { given: problem.given, over: problem.over, points: problem.points });
  return t(key);
}

const paperRefusals = {
  'already-counted': 'wijkbudget.admin.paper.refused.already-counted',
  'already-refused': 'wijkbudget.admin.paper.refused.already-refused',
  'code-required': 'wijkbudget.admin.paper.refused.code-required',
  'code-not-needed': 'wijkbudget.admin.paper.refused.code-not-needed',
  'already-entered': 'wijkbudget.admin.paper.refused.already-entered',
  'not-an-enterer': 'wijkbudget.admin.paper.refused.not-an-enterer',
  'other-polling-place': 'wijkbudget.admin.paper.refused.other-polling-place',
  closed: 'wijkbudget.admin.paper.refused.closed',
} as const satisfies Record<string, MessageKey>;

const paperStates = {
  'first-entry': 'wijkbudget.admin.paper.state.first-entry',
  counted: 'wijkbudget.admin.paper.state.counted',
  mismatch: 'wijkbudget.admin.paper.state.mismatch',
  'code-used': 'wijkbudget.admin.paper.state.refused.code-used',
  'code-replaced': 'wijkbudget.admin.paper.state.refused.code-replaced',
  'code-unknown': 'wijkbudget.admin.paper.state.refused.code-unknown',
} as const satisfies Record<string, MessageKey>;

/** The code typed with a paper ballot, checked like a voter's: a typo is caught before anything is looked up. */
function paperCode(values: FormValues): { ok: true; code: string } | { ok: false; error: string } {
  const typed = textValue(values, 'code');
  if (typed.trim() === '') return { ok: false, error: t('wijkbudget.form.paperCode.required') };
  const checked = checkCode(typed);
  if (checked.ok) return checked;
  return {
    ok: false,
    error: t(codeProblemMessages[checked.reason], {
      character: checked.reason === 'unknown-character' ? checked.character : '',
      length: checked.reason === 'wrong-length' ? checked.length : 0,
      expected: checked.reason === 'wrong-length' ? checked.expected : 0,
    }),
  };
}

const countRefusals = {
  'voting-not-closed': 'wijkbudget.admin.result.refused.voting-not-closed',
  'open-paper-ballots': 'wijkbudget.admin.result.refused.open-paper-ballots',
  published: 'wijkbudget.admin.result.refused.published',
  'not-counted': 'wijkbudget.admin.result.refused.not-counted',
} as const satisfies Record<string, MessageKey>;

const savedMessages = {
  ronde: 'wijkbudget.admin.saved.round',
  instellingen: 'wijkbudget.admin.saved.settings',
  plan: 'wijkbudget.admin.saved.plan',
  loket: 'wijkbudget.admin.saved.planForResident',
} as const satisfies Record<string, MessageKey>;

/** Codes are made until voting closes; after that a code could no longer be used. */
function codesRefusal(round: service.Round): string | null {
  if (round.eligibility === 'paper') return t('wijkbudget.admin.codes.refused.paperOnly');
  if (phases.indexOf(round.phase) > phases.indexOf('voting'))
    return t('wijkbudget.admin.codes.refused.closed', { phase: t(phaseMessages[round.phase]) });
  return null;
}

/** Why paper ballots cannot be entered now, or null when they can. */
function paperClosed(round: service.Round): string | null {
  if (round.eligibility === 'codes') return t('wijkbudget.admin.paper.refused.codesOnly');
  if (!ballotService.paperEntryOpen(round.phase))
    return t('wijkbudget.admin.paper.refused.closed', { phase: t(phaseMessages[round.phase]) });
  return null;
}

/** Staff pages of the wijkbudget, under /beheer/wijkbudget. */
export function wijkbudgetAdminRoutes(deps: Deps) {
  const { db } = deps.database;
  const app = new Hono();
  const now = () => new Date();
  app.use('*', requireUser);
  const manage = requirePermission('manage-wijkbudget');
  const paper = requirePermission('enter-paper-ballots');
  const either: MiddlewareHandler = async (c, next) => {
    const user = currentUser(c);
    if (!can(user, 'manage-wijkbudget') && !can(user, 'enter-paper-ballots')) throw new HTTPException(403);
    await next();
  };
  const abilities = (c: Context) => ({
    canManage: can(currentUser(c), 'manage-wijkbudget'),
    canEnterPaper: can(currentUser(c), 'enter-paper-ballots'),
  });
  const wijkOptions = async () => (await listWijken(db)).map((w) => ({ slug: w.slug, name: w.name }));

  async function loadRound(c: Context): Promise<service.Round> {
    const id = parseId(c.req.param('id'));
    if (id === null) throw new HTTPException(404);
    const round = await service.getRound(db, { id }, now());
    if (!round) throw new HTTPException(404);
    return round;
  }

  // --- rounds -------------------------------------------------------------------------------------

  app.get('/', either, async (c) =>
    c.render(<RoundsPage rounds={await service.listRounds(db, now())} canManage={abilities(c).canManage} />, {
      title: t('wijkbudget.admin.title'),
    }),
  );

  const renderNew = async (c: Context, errors?: FieldErrors, values?: FormValues) => {
    if (errors) c.status(400);
    return c.render(
      <NewRoundPage
        csrfToken={c.get('csrfToken')()}
        wijken={await wijkOptions()}
        errors={errors}
        values={
          values ?? {
            ballotKind: 'budget',
            rule: 'greedy_cost',
            minimumAge: '16',
            eligibility: 'codes',
            moderatePlans: '1',
            trackers: 'off',
          }
        }
      />,
      { title: t('wijkbudget.admin.new.title'), hasErrors: errors !== undefined },
    );
  };

  app.get('/nieuw', manage, (c) => renderNew(c));

  app.post('/nieuw', manage, async (c) => {
    const form = await parseForm(c, roundForm);
    if (!form.ok) return renderNew(c, form.errors, form.values);
    const result = await service.createRound(db, currentUser(c), roundInput(form.data));
    if (result.ok) return c.redirect(`${wijkbudgetPaths.admin.round(result.id)}?opgeslagen=ronde`, 303);
    if (result.reason === 'invalid') return renderNew(c, result.errors, form.values);
    throw new HTTPException(404);
  });

  const renderRound = async (
    c: Context,
    round: service.Round,
    failed?: { errors: FieldErrors; values: FormValues },
  ) => {
    if (failed) c.status(400);
    const saved = c.req.query('opgeslagen');
    return c.render(
      <AdminRoundPage
        round={round}
        plans={await service.listPlans(db, round.id, { audience: 'staff' })}
        wijken={await wijkOptions()}
        csrfToken={c.get('csrfToken')()}
        {...abilities(c)}
        failed={failed}
        saved={
          saved && saved in savedMessages ? t(savedMessages[saved as keyof typeof savedMessages]) : undefined
        }
        guessAlarms={await ballotService.listCodeGuessAlarms(db, round.id)}
        codeRequests={await codeBatchService.listBatches(db, round.id, { status: 'requested' })}
        userId={currentUser(c).id}
        buurtTurnout={
          codesNeedSecondPerson(round.phase) && round.eligibility !== 'paper'
            ? turnoutPerBuurt(await codeBatchService.batchCounts(db, round.id))
            : null
        }
      />,
      { title: round.title, hasErrors: failed !== undefined },
    );
  };

  app.get('/:id{[0-9]+}', either, async (c) => renderRound(c, await loadRound(c)));

  app.post('/:id{[0-9]+}', manage, async (c) => {
    const round = await loadRound(c);
    const form = await parseForm(c, roundForm);
    if (!form.ok) return renderRound(c, round, form);
    const input = roundInput(form.data);
    // The form shows dates to the minute; an untouched field keeps the stored instant exactly.
    for (const field of roundDateFields) {
      if (form.values[field] === localInputValue(round[field])) input.dates[field] = round[field];
    }
    const result = await service.updateRound(db, currentUser(c), round.id, input, now());
    if (result.ok) return c.redirect(`${wijkbudgetPaths.admin.round(round.id)}?opgeslagen=instellingen`, 303);
    if (result.reason === 'not-found') throw new HTTPException(404);
    return renderRound(c, round, { errors: result.errors, values: form.values });
  });

  // --- plans --------------------------------------------------------------------------------------

  async function loadPlan(c: Context, round: service.Round) {
    const planId = parseId(c.req.param('planId'));
    const plan = planId === null ? null : await service.getPlan(db, planId);
    if (!plan || plan.roundId !== round.id) throw new HTTPException(404);
    return plan;
  }

  const renderPlan = async (
    c: Context,
    round: service.Round,
    plan: service.Plan,
    failed?: { errors: FieldErrors; values: FormValues },
    status: 400 | 409 = 400,
  ) => {
    if (failed) c.status(status);
    const [others, history] = await Promise.all([
      service.listPlans(db, round.id, { audience: 'staff' }),
      listStatusHistory(db, planWorkflow.entityType, plan.id),
    ]);
    return c.render(
      <AdminPlanPage
        round={round}
        plan={plan}
        contactEmail={await service.getPlanContactEmail(db, plan.id)}
        enteredBy={await service.getPlanEnteredBy(db, plan.id)}
        statuses={service.nextPlanStatuses(plan, round.phase, planStatuses)}
        history={history}
        mergeTargets={others.filter(
          (p) => p.id !== plan.id && !['merged', 'hidden', 'withdrawn'].includes(p.status),
        )}
        csrfToken={c.get('csrfToken')()}
        failed={failed}
      />,
      { title: plan.title, hasErrors: failed !== undefined },
    );
  };

  // --- a plan typed in for a resident (no internet or e-mail) ----------------------------------------

  const renderPlanForResident = async (
    c: Context,
    round: service.Round,
    failed?: { errors: FieldErrors; values: FormValues },
    status?: 400 | 409,
  ) => {
    if (status) c.status(status);
    const closed =
      round.phase === 'submitting'
        ? null
        : t('wijkbudget.admin.planForResident.closed', { phase: t(phaseMessages[round.phase]) });
    return c.render(
      <AdminPlanFormPage
        round={round}
        buurten={await service.listRoundBuurten(db, round)}
        csrfToken={c.get('csrfToken')()}
        canEnterPaper={abilities(c).canEnterPaper}
        closed={closed}
        errors={failed?.errors}
        values={failed?.values}
      />,
      { title: t('wijkbudget.admin.planForResident.title'), hasErrors: failed !== undefined },
    );
  };

  app.get('/:id{[0-9]+}/plannen/nieuw', manage, async (c) => renderPlanForResident(c, await loadRound(c)));

  app.post('/:id{[0-9]+}/plannen/nieuw', manage, async (c) => {
    const round = await loadRound(c);
    if (round.phase !== 'submitting') return renderPlanForResident(c, round, undefined, 409);
    const form = await parseForm(c, planForm);
    if (!form.ok) return renderPlanForResident(c, round, form, 400);
    const input = { ...form.data, costEuros: form.data.costEuros! };
    const result = await service.submitPlan(db, deps.wijkbudget, round.id, input, null, now(), {
      enteredBy: currentUser(c),
    });
    if (result.ok)
      return c.redirect(`${wijkbudgetPaths.admin.round(round.id)}?opgeslagen=loket#plannen`, 303);
    if (result.reason === 'invalid')
      return renderPlanForResident(c, round, { ...form, errors: result.errors }, 400);
    return renderPlanForResident(c, await loadRound(c), undefined, 409);
  });

  app.get('/:id{[0-9]+}/plannen/:planId{[0-9]+}', manage, async (c) => {
    const round = await loadRound(c);
    return renderPlan(c, round, await loadPlan(c, round));
  });

  app.get('/:id{[0-9]+}/plannen/:planId{[0-9]+}/foto', manage, async (c) => {
    const round = await loadRound(c);
    const photo = await service.getPlanPhoto(db, (await loadPlan(c, round)).id, 'staff');
    if (!photo) throw new HTTPException(404);
    return photoResponse(c, photo, 'staff');
  });

  app.post('/:id{[0-9]+}/plannen/:planId{[0-9]+}', manage, async (c) => {
    const round = await loadRound(c);
    const plan = await loadPlan(c, round);
    const form = await parseForm(c, decisionForm);
    if (!form.ok) return renderPlan(c, round, plan, form);
    const result = await service.decidePlan(
      db,
      deps.wijkbudget,
      currentUser(c),
      plan.id,
      {
        from: form.data.from,
        status: form.data.status,
        reason: form.data.reason,
        costEuros: form.data.costEuros,
        mergedIntoId: form.data.mergedIntoId,
      },
      now(),
    );
    if (result.ok) return c.redirect(`${wijkbudgetPaths.admin.round(round.id)}?opgeslagen=plan#plannen`, 303);
    if (result.reason === 'not-found') throw new HTTPException(404);
    if (result.reason === 'conflict') {
      // Someone else decided first: show the plan as it is now (a fresh hidden `from`), keep what was typed.
      const { from: _seen, ...typed } = form.values;
      const fresh = await loadPlan(c, round);
      return renderPlan(c, round, fresh, { errors: { status: t('workflow.conflict') }, values: typed }, 409);
    }
    return renderPlan(c, round, plan, { errors: result.errors, values: form.values });
  });

  // --- voting codes -------------------------------------------------------------------------------

  const codeNotices = {
    gevraagd: { kind: 'ok', key: 'wijkbudget.admin.codes.requested' },
    afgewezen: { kind: 'ok', key: 'wijkbudget.admin.codes.rejected' },
  } as const satisfies Record<string, { kind: 'ok' | 'warning'; key: MessageKey }>;

  const renderCodes = async (
    c: Context,
    round: service.Round,
    options: {
      failed?: { form: 'batch' | 'help-desk'; errors: FieldErrors; values: FormValues };
      refused?: string;
      status?: 400 | 409;
    } = {},
  ) => {
    const refusal = codesRefusal(round);
    if (options.status) c.status(options.status);
    else if (options.failed) c.status(400);
    const counts = await ballotService.codeCounts(db, round.id);
    const done = c.req.query('verzoek');
    const notice = options.refused
      ? { kind: 'warning' as const, text: options.refused }
      : done && done in codeNotices
        ? (({ kind, key }) => ({ kind, text: t(key) }))(codeNotices[done as keyof typeof codeNotices])
        : undefined;
    return c.render(
      <AdminCodesPage
        round={round}
        batches={await codeBatchService.listBatches(db, round.id)}
        counts={{ made: counts.made, used: countsVisible(round.phase) ? counts.used : null }}
        refusal={refusal}
        fourEyes={codesNeedSecondPerson(round.phase)}
        buurten={await service.listRoundBuurten(db, round)}
        userId={currentUser(c).id}
        csrfToken={c.get('csrfToken')()}
        canEnterPaper={abilities(c).canEnterPaper}
        notice={notice}
        failed={options.failed}
      />,
      { title: t('wijkbudget.admin.codes.title'), hasErrors: options.failed !== undefined },
    );
  };

  /** The codes of a batch of letters as a download, once: no cache, no browser history may keep them. */
  const lettersDownload = async (
    c: Context,
    round: service.Round,
    batchId: number,
    codes: string[],
    format: 'pdf' | 'csv',
  ) => {
    const places = (await ballotService.listPollingPlaces(db, round.id)).map((p) => p.name);
    const buurt = await codeBatchService.batchBuurtName(db, round.id, batchId);
    const text = letterText(round, deps.config.PUBLIC_URL, places, batchId, buurt);
    const name = `stemcodes-${round.slug}-${batchId}`;
    const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
    if (format === 'pdf') {
      return c.body(Readable.toWeb(letterPdf(codes, text)) as ReadableStream, 200, {
        ...headers,
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="${name}.pdf"`,
      });
    }
    return c.body(Readable.toWeb(mailMergeCsv(codes, text)) as ReadableStream, 200, {
      ...headers,
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}.csv"`,
    });
  };

  const helpDeskCode = (
    c: Context,
    round: service.Round,
    code: string,
    letter: string,
    replaced: string | null,
  ) => {
    c.header('cache-control', 'no-store');
    return c.render(<HelpDeskCodePage round={round} code={code} letter={letter} replaced={replaced} />, {
      title: t('wijkbudget.admin.helpDesk.title'),
    });
  };

  const requested = (round: service.Round) =>
    `${wijkbudgetPaths.admin.codes(round.id)}?verzoek=gevraagd#verzoeken`;

  app.get('/:id{[0-9]+}/stemcodes', manage, async (c) => renderCodes(c, await loadRound(c)));

  app.post('/:id{[0-9]+}/stemcodes', manage, async (c) => {
    const round = await loadRound(c);
    if (codesRefusal(round)) return renderCodes(c, round, { status: 409 });
    const form = await parseForm(c, codeBatchForm);
    if (!form.ok) return renderCodes(c, round, { failed: { form: 'batch', ...form } });
    const secret = await ballotService.codeSecret(db, deps.config.VOTING_CODE_SECRET);
    const started = await codeBatchService.startCodeBatch(db, secret, currentUser(c), round, {
      kind: 'letters',
      label: form.data.label,
      size: form.data.size!,
      buurtCode: form.data.buurtCode,
      format: form.data.format,
    });
    if (!started.ok) {
      if (started.reason === 'closed') return renderCodes(c, round, { status: 409 });
      return renderCodes(c, round, {
        failed: { form: 'batch', errors: started.errors, values: form.values },
      });
    }
    if (started.state === 'requested') return c.redirect(requested(round), 303);
    return lettersDownload(c, round, started.batchId, started.codes, form.data.format);
  });

  app.post('/:id{[0-9]+}/stemcodes/balie', manage, async (c) => {
    const round = await loadRound(c);
    if (codesRefusal(round)) return renderCodes(c, round, { status: 409 });
    const form = await parseForm(c, helpDeskForm);
    if (!form.ok) return renderCodes(c, round, { failed: { form: 'help-desk', ...form } });
    const secret = await ballotService.codeSecret(db, deps.config.VOTING_CODE_SECRET);
    const given = await codeBatchService.startHelpDeskCode(
      db,
      secret,
      currentUser(c),
      round,
      form.data.letter,
    );
    if (!given.ok) {
      if (given.reason === 'closed') return renderCodes(c, round, { status: 409 });
      const errors = { letter: t(`wijkbudget.admin.replace.${given.reason}`, { letter: given.letter }) };
      return renderCodes(c, round, {
        failed: { form: 'help-desk', errors, values: form.values },
        status: given.reason === 'used' ? 409 : 400,
      });
    }
    if (given.state === 'requested') return c.redirect(requested(round), 303);
    return helpDeskCode(c, round, given.code, given.letter, given.replaced);
  });

  const requestRefusals = {
    'own-request': 'wijkbudget.admin.requests.refused.own-request',
    decided: 'wijkbudget.admin.requests.refused.decided',
    closed: 'wijkbudget.admin.requests.refused.closed',
  } as const satisfies Record<string, MessageKey>;

  async function loadRequestId(c: Context): Promise<number> {
    const batchId = parseId(c.req.param('batchId'));
    if (batchId === null) throw new HTTPException(404);
    return batchId;
  }

  app.post('/:id{[0-9]+}/stemcodes/verzoeken/:batchId{[0-9]+}/bevestigen', manage, async (c) => {
    const round = await loadRound(c);
    const batchId = await loadRequestId(c);
    const secret = await ballotService.codeSecret(db, deps.config.VOTING_CODE_SECRET);
    const result = await codeBatchService.confirmCodeRequest(db, secret, currentUser(c), round, batchId);
    if (!result.ok) {
      if (result.reason === 'not-found') throw new HTTPException(404);
      const refused =
        'letter' in result
          ? `${t(`wijkbudget.admin.replace.${result.reason}`, { letter: result.letter })} ${t('wijkbudget.admin.requests.refused.letterRejected')}`
          : t(requestRefusals[result.reason]);
      return renderCodes(c, round, { refused, status: 409 });
    }
    if (result.batch.kind === 'help-desk')
      return helpDeskCode(
        c,
        round,
        result.codes[0]!,
        letterNumber(result.batch.id, 1),
        result.batch.replacesLetter,
      );
    return lettersDownload(c, round, result.batch.id, result.codes, result.batch.format);
  });

  app.post('/:id{[0-9]+}/stemcodes/verzoeken/:batchId{[0-9]+}/afwijzen', manage, async (c) => {
    const round = await loadRound(c);
    const batchId = await loadRequestId(c);
    const result = await codeBatchService.rejectCodeRequest(db, currentUser(c), round, batchId);
    if (!result.ok) {
      if (result.reason === 'not-found') throw new HTTPException(404);
      return renderCodes(c, round, { refused: t(requestRefusals[result.reason]), status: 409 });
    }
    return c.redirect(`${wijkbudgetPaths.admin.codes(round.id)}?verzoek=afgewezen#verzoeken`, 303);
  });

  // --- paper ballots ------------------------------------------------------------------------------

  const renderPaper = async (
    c: Context,
    round: service.Round,
    options: {
      failed?: { form: PaperForm; errors: FieldErrors; values: FormValues };
      refused?: string;
      status?: number;
    } = {},
  ) => {
    if (options.status) c.status(options.status as 400 | 409 | 429);
    const state = c.req.query('ingevoerd');
    const serial = c.req.query('nummer') ?? '';
    const isRefusal = state?.startsWith('code-') ?? false;
    return c.render(
      <AdminPaperPage
        round={round}
        userId={currentUser(c).id}
        places={await ballotService.listPollingPlaces(db, round.id)}
        plans={await service.listPlans(db, round.id, { audience: 'staff', statuses: ['feasible'] })}
        open={await ballotService.listOpenPaperBallots(db, round.id)}
        refusedBallots={await ballotService.listRefusedPaperBallots(db, round.id)}
        turnout={countsVisible(round.phase) ? await ballotService.turnout(db, round.id) : null}
        closed={paperClosed(round)}
        entered={
          state && state in paperStates && !isRefusal
            ? t(paperStates[state as keyof typeof paperStates], { serial })
            : undefined
        }
        refused={
          options.refused ??
          (state && state in paperStates && isRefusal
            ? t(paperStates[state as keyof typeof paperStates], { serial })
            : undefined)
        }
        canManage={abilities(c).canManage}
        csrfToken={c.get('csrfToken')()}
        failed={options.failed}
      />,
      { title: t('wijkbudget.admin.paper.title'), hasErrors: options.failed !== undefined },
    );
  };

  app.get('/:id{[0-9]+}/stembiljetten', paper, async (c) => renderPaper(c, await loadRound(c)));

  app.post('/:id{[0-9]+}/stembureaus', paper, async (c) => {
    const round = await loadRound(c);
    const form = await parseForm(c, pollingPlaceForm);
    if (!form.ok) return renderPaper(c, round, { failed: { form: 'place', ...form }, status: 400 });
    if (round.eligibility === 'codes')
      return renderPaper(c, round, { refused: t('wijkbudget.admin.paper.refused.codesOnly'), status: 409 });
    const result = await ballotService.addPollingPlace(db, currentUser(c), round.id, form.data.name);
    if (!result.ok) {
      const errors = { name: t('wijkbudget.admin.places.duplicate') };
      return renderPaper(c, round, { failed: { form: 'place', errors, values: form.values }, status: 400 });
    }
    return c.redirect(`${wijkbudgetPaths.admin.paper(round.id)}#stembureaus`, 303);
  });

  app.post('/:id{[0-9]+}/stembiljetten', paper, async (c) => {
    const round = await loadRound(c);
    const closed = paperClosed(round);
    if (closed) return renderPaper(c, round, { refused: closed, status: 409 });
    const form = await parseForm(c, paperBallotForm);
    const fail = (errors: FieldErrors) =>
      renderPaper(c, round, { failed: { form: 'ballot', errors, values: form.values }, status: 400 });
    if (!form.ok) return fail(form.errors);
    const places = await ballotService.listPollingPlaces(db, round.id);
    if (!places.some((p) => p.id === form.data.pollingPlaceId))
      return fail({ pollingPlaceId: t('wijkbudget.form.pollingPlace.choose') });
    const setup = await ballotService.ballotSetup(db, round.id, now());
    if (!setup) throw new HTTPException(404);
    const choice: BallotChoice =
      setup.ballot.kind === 'points'
        ? { points: givenPoints(form.values) }
        : { planIds: chosenPlans(form.values) };
    const checked = ballotService.checkChoice(setup, choice);
    if (!checked.ok)
      return fail({ [setup.ballot.kind === 'points' ? 'points' : 'plan']: ballotProblemText(checked) });
    let codeHash: Buffer | null = null;
    if (paperNeedsCode(round.eligibility)) {
      const code = paperCode(form.values);
      if (!code.ok) return fail({ code: code.error });
      const secret = await ballotService.codeSecret(db, deps.config.VOTING_CODE_SECRET);
      // Staff type codes from letters in hand; an unknown code stores nothing and counts against the
      // staff member's limit of wrong codes (checkPaperCode), which stops an insider probing codes.
      const found = await ballotService.checkPaperCode(db, secret, currentUser(c), round.id, code.code);
      if (found === 'throttled')
        return renderPaper(c, round, {
          failed: {
            form: 'ballot',
            errors: { code: t('wijkbudget.admin.paper.codeThrottled') },
            values: form.values,
          },
          status: 429,
        });
      if (found === 'unknown') return fail({ code: t('wijkbudget.admin.paper.codeUnknown') });
      codeHash = ballotService.hashCode(secret, round.id, code.code);
    }
    const serial = form.data.serial;
    const result = await ballotService.enterPaperBallot(db, currentUser(c), round.id, {
      serial,
      pollingPlaceId: form.data.pollingPlaceId!,
      choice: checked.stored,
      codeHash,
    });
    if (!result.ok) {
      const message =
        result.reason === 'closed'
          ? t(paperRefusals.closed, { phase: t(phaseMessages[round.phase]) })
          : t(paperRefusals[result.reason], { serial });
      return renderPaper(c, round, { refused: message, status: 409 });
    }
    const state = result.state === 'refused' ? result.refusal : result.state;
    const query = new URLSearchParams({ ingevoerd: state, nummer: serial });
    return c.redirect(`${wijkbudgetPaths.admin.paper(round.id)}?${query}#main`, 303);
  });

  // --- count and publish --------------------------------------------------------------------------

  const renderResult = async (
    c: Context,
    round: service.Round,
    options: { refused?: string; errors?: FieldErrors; status?: number } = {},
  ) => {
    if (options.status) c.status(options.status as 400 | 409);
    const visible = countsVisible(round.phase);
    const notice = c.req.query('klaar');
    return c.render(
      <AdminResultPage
        round={round}
        result={visible ? await resultService.getResult(db, round.id) : null}
        turnout={visible ? await ballotService.turnout(db, round.id) : null}
        openPaperBallots={(await ballotService.listOpenPaperBallots(db, round.id)).length}
        funded={await service.listPlans(db, round.id, { audience: 'staff', statuses: ['funded'] })}
        csrfToken={c.get('csrfToken')()}
        canEnterPaper={abilities(c).canEnterPaper}
        notice={
          notice === 'geteld'
            ? t('wijkbudget.admin.result.counted')
            : notice === 'gepubliceerd'
              ? t('wijkbudget.admin.result.published')
              : undefined
        }
        refused={options.refused}
        errors={options.errors}
      />,
      { title: t('wijkbudget.admin.result.title'), hasErrors: options.errors !== undefined },
    );
  };

  const refusalText = (round: service.Round, reason: keyof typeof countRefusals) =>
    t(countRefusals[reason], {
      phase: t(phaseMessages[round.phase]),
      date: formatDate(round.voteUntil),
    });

  app.get('/:id{[0-9]+}/uitslag', manage, async (c) => renderResult(c, await loadRound(c)));

  app.post('/:id{[0-9]+}/tellen', manage, async (c) => {
    const round = await loadRound(c);
    const result = await resultService.countRound(db, currentUser(c), round.id, now());
    if (result.ok) return c.redirect(`${wijkbudgetPaths.admin.result(round.id)}?klaar=geteld#uitkomst`, 303);
    if (result.reason === 'not-found') throw new HTTPException(404);
    return renderResult(c, round, { refused: refusalText(round, result.reason), status: 409 });
  });

  app.post('/:id{[0-9]+}/publiceren', manage, async (c) => {
    const round = await loadRound(c);
    const form = await parseForm(c, publishForm);
    if (!form.ok) return renderResult(c, round, { errors: form.errors, status: 400 });
    const result = await resultService.publishResult(db, deps.wijkbudget, currentUser(c), round.id, now());
    if (result.ok)
      return c.redirect(`${wijkbudgetPaths.admin.result(round.id)}?klaar=gepubliceerd#main`, 303);
    if (result.reason === 'not-found') throw new HTTPException(404);
    return renderResult(c, round, { refused: refusalText(round, result.reason), status: 409 });
  });

  return app;
}
