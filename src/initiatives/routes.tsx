// SPDX-License-Identifier: EUPL-1.2
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
import { getWijk, listWijken } from '../places/index.ts';
import type { AppDeps } from '../platform/context.ts';
import { type FieldErrors, type FormValues, parseForm, readFormValues, validate } from '../platform/forms.ts';
import { clientAddress } from '../platform/http/client-address.ts';
import { parseId } from '../platform/http/ids.ts';
import { formatEuros, t } from '../platform/i18n.ts';
import { type Counter, takeAttempt } from '../platform/rate-limit/service.ts';
import { checkAttachment } from '../platform/uploads/files.ts';
import {
  budgetValues,
  declarationForm,
  emailForm,
  linkForm,
  parseBudgetLines,
  participantsForm,
  whatForm,
  whenForm,
  whereForm,
  whoForm,
} from './forms.ts';
import { initiativesPaths as paths } from './paths.ts';
import { type ApplicationStep, applicationSteps, checkBudget, missingSteps } from './rules.ts';
import * as service from './service.ts';
import { figuresPerWijk, listPublicInitiatives } from './showcase.ts';
import {
  ApplicationPage,
  HomePage,
  LinkConfirmPage,
  LinkInvalidPage,
  LinkSentPage,
  MinePage,
  StepPage,
} from './views/pages.tsx';
import { ShowcasePage, WijkShowcasePage } from './views/showcase.tsx';

/** Sign-in links per hour: per address typed, and per computer (a flood of mails to chosen addresses). */
export const linkLimits = { perEmail: 3, perClient: 10, windowSeconds: 3600 } as const;

function linkCounters(email: string, address: string): Counter[] {
  const { perEmail, perClient, windowSeconds } = linkLimits;
  return [
    { key: `initiatives:link:email:${email}`, limit: { max: perEmail, windowSeconds } },
    { key: `initiatives:link:client:${address}`, limit: { max: perClient, windowSeconds } },
  ];
}

const privatePage = 'private, no-store';

type Env = { Variables: { applicant: service.Applicant } };

function notFound(): never {
  throw new HTTPException(404);
}

/** The applicant's cookie; `__Host-` on https, so no other site on the domain can set it. */
function cookieName(secure: boolean) {
  return secure ? '__Host-initiatief' : 'initiatief';
}

/** The values a saved application shows in a step's form. */
function savedValues(application: service.Application): FormValues {
  const values: FormValues = {};
  for (const [key, value] of Object.entries(application)) {
    if (typeof value === 'string') values[key] = value;
    else if (typeof value === 'number') values[key] = String(value);
    else if (typeof value === 'boolean' && value) values[key] = '1';
  }
  return { ...values, ...budgetValues(application.budgetLines) };
}

const stepForms = {
  wie: whoForm,
  wat: whatForm,
  waar: whereForm,
  wanneer: whenForm,
  deelnemers: participantsForm,
  verklaring: declarationForm,
} as const;

/** Public pages of the initiatives part, under /initiatieven; the applicant's own under /initiatieven/mijn. */
export function initiativesRoutes({
  database,
  config,
  initiatives,
}: AppDeps & { initiatives: service.InitiativesDeps }) {
  const { db } = database;
  const app = new Hono();
  const mine = new Hono<Env>();
  const secure = config.secureCookies;
  const demoMode = config.DEMO === '1';

  async function applicantOf(c: Context) {
    const token = getCookie(c, cookieName(secure));
    return token ? service.findApplicant(db, token) : null;
  }

  // Everything under /mijn is the signed-in applicant's own: without a session, back to the start.
  const signedIn: MiddlewareHandler<Env> = async (c, next) => {
    const applicant = await applicantOf(c);
    if (!applicant) return c.redirect(paths.home, 303);
    c.set('applicant', applicant);
    c.header('cache-control', privatePage);
    await next();
  };
  mine.use('*', signedIn);
  const requireApplicant = async (c: Context<Env>) => c.get('applicant');

  async function ownApplication(c: Context<Env>, applicant: service.Applicant) {
    const id = parseId(c.req.param('id'));
    const application = id === null ? null : await service.getApplication(db, id, applicant.id);
    if (!application) notFound();
    return application;
  }

  function renderHome(c: Context, errors?: FieldErrors, values?: FormValues, refusal?: string) {
    if (errors) c.status(400);
    if (refusal) c.status(429);
    return c.render(
      <HomePage csrfToken={c.get('csrfToken')()} errors={errors} values={values} refusal={refusal} />,
      { title: t('initiatives.home.title'), hasErrors: errors !== undefined },
    );
  }

  app.get('/', (c) => renderHome(c));

  app.get('/wat-bewoners-doen', async (c) => {
    const figures = await figuresPerWijk(db, demoMode);
    return c.render(<ShowcasePage figures={figures} />, { title: t('initiatives.showcase.title') });
  });

  app.get('/wijk/:slug', async (c) => {
    const wijk = await getWijk(db, c.req.param('slug'));
    if (!wijk) notFound();
    const items = await listPublicInitiatives(db, { wijkSlug: wijk.slug, includeDemo: demoMode });
    return c.render(<WijkShowcasePage wijk={wijk.name} items={items} />, {
      title: t('initiatives.showcase.wijkTitle', { wijk: wijk.name }),
    });
  });

  app.post('/aanvragen', async (c) => {
    const form = await parseForm(c, emailForm);
    if (!form.ok) return renderHome(c, form.errors, form.values);
    const taken = await takeAttempt(db, linkCounters(form.data.email, clientAddress(c)));
    if (!taken.ok) return renderHome(c, undefined, form.values, t('initiatives.start.tooMany'));
    await service.requestMagicLink(db, initiatives, form.data.email);
    // The same page whether or not the address has applied before.
    c.header('cache-control', privatePage);
    return c.render(<LinkSentPage />, { title: t('initiatives.sent.title') });
  });

  app.get('/link/:token', (c) => {
    c.header('cache-control', privatePage);
    c.header('referrer-policy', 'no-referrer');
    const token = c.req.param('token');
    if (!linkForm.safeParse({ token }).success) {
      c.status(404);
      return c.render(<LinkInvalidPage />, { title: t('initiatives.link.invalidTitle') });
    }
    return c.render(<LinkConfirmPage token={token} csrfToken={c.get('csrfToken')()} />, {
      title: t('initiatives.link.title'),
    });
  });

  app.post('/link', async (c) => {
    const form = await parseForm(c, linkForm);
    const session = form.ok ? await service.useMagicLink(db, form.data.token) : null;
    if (!session) {
      c.status(400);
      return c.render(<LinkInvalidPage />, { title: t('initiatives.link.invalidTitle') });
    }
    setCookie(c, cookieName(secure), session, {
      httpOnly: true,
      secure,
      sameSite: 'Lax',
      path: '/',
      maxAge: service.APPLICANT_SESSION_DAYS * 86_400,
    });
    c.get('renewCsrfToken')();
    return c.redirect(paths.mine, 303);
  });

  app.post('/afmelden', async (c) => {
    const token = getCookie(c, cookieName(secure));
    if (token) await service.endSession(db, token);
    deleteCookie(c, cookieName(secure), { path: '/', secure });
    return c.redirect(paths.home, 303);
  });

  mine.get('/', async (c) => {
    const applicant = await requireApplicant(c);
    const applications = await service.listOwnApplications(db, applicant.id);
    return c.render(
      <MinePage email={applicant.email} applications={applications} csrfToken={c.get('csrfToken')()} />,
      { title: t('initiatives.mine.title') },
    );
  });

  mine.post('/nieuw', async (c) => {
    const applicant = await requireApplicant(c);
    const id = await service.startApplication(db, applicant.id);
    return c.redirect(paths.step(id, 'wie'), 303);
  });

  async function renderApplication(c: Context<Env>, application: service.Application, refusal?: string) {
    const [history, settings] = await Promise.all([
      service.applicationHistory(db, application.id),
      service.getSettings(db),
    ]);
    return c.render(
      <ApplicationPage
        application={application}
        missing={missingSteps({ ...application, budgetLineCount: application.budgetLines.length })}
        editable={service.editableStatuses.includes(application.status)}
        history={history}
        csrfToken={c.get('csrfToken')()}
        settings={settings}
        refusal={refusal}
      />,
      { title: application.title ?? t('initiatives.mine.untitled') },
    );
  }

  mine.get('/:id', async (c) => {
    const applicant = await requireApplicant(c);
    return renderApplication(c, await ownApplication(c, applicant));
  });

  mine.post('/:id/versturen', async (c) => {
    const applicant = await requireApplicant(c);
    const application = await ownApplication(c, applicant);
    const result = await service.sendApplication(db, initiatives, application.id, applicant);
    if (result.ok) return c.redirect(paths.application(application.id), 303);
    const refusal =
      result.reason === 'over-maximum'
        ? t('initiatives.send.overMaximum', {
            total: formatEuros(result.totalEuros),
            maximum: formatEuros(result.maximumEuros),
          })
        : result.reason === 'incomplete'
          ? t('initiatives.send.incomplete')
          : t('initiatives.send.notNow');
    c.status(result.reason === 'conflict' ? 409 : 400);
    return renderApplication(c, (await service.getApplication(db, application.id, applicant.id))!, refusal);
  });

  mine.get('/:id/bijlagen/:attachment', async (c) => {
    const applicant = await requireApplicant(c);
    const application = await ownApplication(c, applicant);
    const attachmentId = parseId(c.req.param('attachment'));
    const file =
      attachmentId === null
        ? null
        : await service.getAttachment(db, application.id, applicant.id, attachmentId);
    if (!file) notFound();
    c.header('content-type', file.contentType);
    c.header('content-disposition', `attachment; filename="${file.fileName.replace(/[^\w.-]/g, '_')}"`);
    c.header('x-content-type-options', 'nosniff');
    c.header('content-security-policy', "default-src 'none'; sandbox");
    return c.body(new Uint8Array(file.bytes));
  });

  mine.post('/:id/bijlagen/:attachment/verwijderen', async (c) => {
    const applicant = await requireApplicant(c);
    const application = await ownApplication(c, applicant);
    const attachmentId = parseId(c.req.param('attachment'));
    if (attachmentId !== null) await service.removeAttachment(db, application.id, applicant.id, attachmentId);
    return c.redirect(paths.step(application.id, 'bijlagen'), 303);
  });

  async function renderStep(
    c: Context<Env>,
    application: service.Application,
    step: ApplicationStep,
    errors: FieldErrors = {},
    values?: FormValues,
  ) {
    if (Object.keys(errors).length > 0) c.status(400);
    const [wijken, settings] = await Promise.all([listWijken(db), service.getSettings(db)]);
    const buurten = wijken.flatMap((w) =>
      w.buurten.map((b) => ({ code: b.code, name: b.name, wijk: w.name })),
    );
    return c.render(
      <StepPage
        application={application}
        step={step}
        csrfToken={c.get('csrfToken')()}
        errors={errors}
        values={values ?? savedValues(application)}
        buurten={[...new Map(buurten.map((b) => [b.code, b])).values()]}
        settings={settings}
      />,
      { title: t(`initiatives.step.${step}`), hasErrors: Object.keys(errors).length > 0 },
    );
  }

  function stepOf(c: Context<Env>): ApplicationStep {
    const step = c.req.param('step') as ApplicationStep;
    if (!applicationSteps.includes(step)) notFound();
    return step;
  }

  /** Where "save and continue" goes: the next step, or the overview after the last one. */
  function afterStep(id: number, step: ApplicationStep) {
    const next = applicationSteps[applicationSteps.indexOf(step) + 1];
    return next ? paths.step(id, next) : paths.application(id);
  }

  mine.get('/:id/:step', async (c) => {
    const applicant = await requireApplicant(c);
    const step = stepOf(c);
    const application = await ownApplication(c, applicant);
    if (!service.editableStatuses.includes(application.status))
      return c.redirect(paths.application(application.id), 303);
    return renderStep(c, application, step);
  });

  mine.post('/:id/:step', async (c) => {
    const applicant = await requireApplicant(c);
    const step = stepOf(c);
    const application = await ownApplication(c, applicant);
    if (!service.editableStatuses.includes(application.status))
      return c.redirect(paths.application(application.id), 303);
    const values = await readFormValues(c);
    if (step === 'bijlagen') return uploadAttachment(c, application, applicant);
    if (step === 'begroting') {
      const budget = parseBudgetLines(values);
      if (!budget.ok) return renderStep(c, application, step, budget.errors, values);
      const settings = await service.getSettings(db);
      const checked = checkBudget(budget.lines, settings.maximumEuros);
      if (!checked.ok && checked.reason === 'over-maximum') {
        const errors = {
          budget: t('initiatives.form.budget.overMaximum', {
            total: formatEuros(checked.totalEuros),
            maximum: formatEuros(checked.maximumEuros),
          }),
        };
        return renderStep(c, application, step, errors, values);
      }
      await service.saveStep(db, application.id, applicant.id, {}, budget.lines);
      return c.redirect(afterStep(application.id, step), 303);
    }
    const body = await c.req.parseBody({ all: true });
    const form = validate(stepForms[step], body, values);
    if (!form.ok) return renderStep(c, application, step, form.errors, values);
    if (step === 'waar' && !(await buurtExists((form.data as { buurtCode: string }).buurtCode)))
      return renderStep(c, application, step, { buurtCode: t('initiatives.form.buurt.required') }, values);
    await service.saveStep(db, application.id, applicant.id, form.data as service.StepFields);
    return c.redirect(afterStep(application.id, step), 303);
  });

  async function buurtExists(code: string) {
    const wijken = await listWijken(db);
    return wijken.some((w) => w.buurten.some((b) => b.code === code));
  }

  async function uploadAttachment(
    c: Context<Env>,
    application: service.Application,
    applicant: service.Applicant,
  ) {
    const body = await c.req.parseBody();
    const upload = body.file;
    if (!(upload instanceof File) || upload.size === 0)
      return renderStep(c, application, 'bijlagen', { file: t('initiatives.attachments.choose') }, {});
    const checked = await checkAttachment(
      new Uint8Array(await upload.arrayBuffer()),
      service.MAX_ATTACHMENT_BYTES,
    );
    if (!checked.ok)
      return renderStep(
        c,
        application,
        'bijlagen',
        { file: t(`initiatives.attachments.${checked.reason}`) },
        {},
      );
    const name = (upload.name || 'bijlage').slice(0, 120);
    const fileName = checked.contentType === 'image/jpeg' ? `${name.replace(/\.\w+$/, '')}.jpg` : name;
    const added = await service.addAttachment(db, application.id, applicant.id, {
      fileName,
      contentType: checked.contentType,
      bytes: checked.bytes,
    });
    if (!added.ok)
      return renderStep(
        c,
        application,
        'bijlagen',
        { file: t(`initiatives.attachments.${added.reason}`) },
        {},
      );
    return c.redirect(paths.step(application.id, 'bijlagen'), 303);
  }

  app.route('/mijn', mine);
  return app;
}
