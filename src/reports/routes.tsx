// SPDX-License-Identifier: EUPL-1.2
import { randomUUID } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppDeps } from '../platform/context.ts';
import { type FieldErrors, type FormValues, readFormValues, textValue, validate } from '../platform/forms.ts';
import { clientAddress } from '../platform/http/client-address.ts';
import { t } from '../platform/i18n.ts';
import { type CleanPhoto, cleanPhoto, photoResponse } from '../platform/photos/photos.ts';
import { type Counter, takeAttempt } from '../platform/rate-limit/service.ts';
import { describeStep, feedbackForm, reportForm, whatStep, whereStep } from './forms.ts';
import { reportPaths } from './paths.ts';
import * as service from './service.ts';
import { FollowPage } from './views/follow-page.tsx';
import { PublicFiguresPage, PublicWijkPage, WijkLinks } from './views/public-pages.tsx';
import { ReportStartPage, ReportStepPage, type Step } from './views/report-form-pages.tsx';

/** Reports per hour: from one address (a family, a library computer), and from everyone together. */
export const reportLimits = { perAddress: 10, everyone: 5000, windowSeconds: 3600 } as const;

function limitsFor(address: string): Counter[] {
  const { perAddress, everyone, windowSeconds } = reportLimits;
  return [
    { key: `report:address:${address}`, limit: { max: perAddress, windowSeconds } },
    { key: 'report:all', limit: { max: everyone, windowSeconds } },
  ];
}

const privatePage = 'private, no-store';
const publicPageSize = 20;

function notFound(): never {
  throw new HTTPException(404);
}

/** The step a post comes from, and whether the resident asked to go back. */
function stepOf(values: FormValues): Step | null {
  const step = Number(textValue(values, 'step'));
  return step === 1 || step === 2 || step === 3 ? step : null;
}

/** The first step whose answers are missing or wrong, with its errors; null when steps 1 to `upTo` are fine. */
function firstBadStep(values: FormValues, upTo: Step): { step: Step; errors: FieldErrors } | null {
  const schemas = [whatStep, whereStep, describeStep] as const;
  for (let step = 1 as Step; step <= upTo; step = (step + 1) as Step) {
    const result = validate(schemas[step - 1]!, values, values);
    if (!result.ok) return { step, errors: result.errors };
  }
  return null;
}

/** The public pages of reports (meldingen), under /meldingen. Every page works without JavaScript. */
export function reportsRoutes({ database, config, deps }: AppDeps & { deps: service.ReportsDeps }) {
  const { db } = database;
  const demoMode = config.DEMO === '1';
  const app = new Hono();

  app.get('/', async (c) => {
    const wijken = await service.listWijkOptions(db);
    return c.render(
      <>
        <ReportStartPage startHref={reportPaths.report} />
        <WijkLinks wijken={wijken.map((w) => ({ slug: w.value, name: w.label }))} />
      </>,
      { title: t('reports.title') },
    );
  });

  app.get('/cijfers', async (c) => {
    const figures = await service.reportFigures(db, { demo: false, audience: 'public' });
    return c.render(<PublicFiguresPage figures={figures} />, { title: t('reports.figures.title') });
  });

  app.get('/wijk/:slug', async (c) => {
    const slug = c.req.param('slug');
    const wijk = (await service.listWijkOptions(db)).find((w) => w.value === slug);
    if (!wijk) notFound();
    const page = Math.min(Math.max(1, Number(c.req.query('pagina')) || 1), 10_000);
    const offset = (page - 1) * publicPageSize;
    const [list, examples, buurten, figures] = await Promise.all([
      service.listPublicReports(db, { wijk: slug, demo: false, limit: publicPageSize, offset }),
      demoMode ? service.listPublicReports(db, { wijk: slug, demo: true }) : null,
      service.listBuurtChoices(db),
      service.wijkFigures(db, slug, { demo: false }),
    ]);
    const total = list?.total ?? 0;
    return c.render(
      <PublicWijkPage
        wijk={{ slug, name: wijk.label }}
        rows={list?.rows ?? []}
        total={total}
        page={page}
        pageCount={Math.max(1, Math.ceil(total / publicPageSize))}
        examples={examples?.rows ?? []}
        buurten={buurten}
        figures={figures}
      />,
      { title: t('reports.public.wijkTitle', { wijk: wijk.label }) },
    );
  });

  async function renderStep(
    c: Context,
    step: Step,
    options: { errors?: FieldErrors; values?: FormValues; refusal?: string; status?: 400 | 429 } = {},
  ) {
    if (options.status) c.status(options.status);
    c.header('cache-control', privatePage);
    return c.render(
      <ReportStepPage
        step={step}
        buurten={await service.listBuurtChoices(db)}
        csrfToken={c.get('csrfToken')()}
        submission={randomUUID()}
        errors={options.errors}
        values={options.values}
        refusal={options.refusal}
      />,
      {
        title: `${t('reports.step', { step })}: ${t('reports.title')}`,
        hasErrors: options.errors !== undefined || options.refusal !== undefined,
      },
    );
  }

  app.get('/melden', (c) => renderStep(c, 1));

  app.post('/melden', async (c) => {
    const values = await readFormValues(c);
    const step = stepOf(values);
    if (step === null)
      return renderStep(c, 1, { values, errors: { _form: t('reports.form.invalid') }, status: 400 });
    if (values.back === '1') {
      delete values.back;
      return renderStep(c, Math.max(1, step - 1) as Step, { values });
    }
    const bad = firstBadStep(values, step);
    if (bad) return renderStep(c, bad.step, { values, errors: bad.errors, status: 400 });
    if (step < 3) return renderStep(c, (step + 1) as Step, { values });
    return sendReport(c, values);
  });

  async function sendReport(c: Context, values: FormValues) {
    const form = validate(reportForm, values, values);
    if (!form.ok) return renderStep(c, 1, { values, errors: form.errors, status: 400 });
    const upload = (await c.req.parseBody()).photo;
    let photo: CleanPhoto | null = null;
    if (upload instanceof File && upload.size > 0) {
      const cleaned = await cleanPhoto(new Uint8Array(await upload.arrayBuffer()), null);
      if (!cleaned.ok) {
        const message =
          cleaned.reason === 'too-large'
            ? 'reports.describe.photoTooLarge'
            : 'reports.describe.photoNotImage';
        return renderStep(c, 3, { values, errors: { photo: t(message) }, status: 400 });
      }
      photo = cleaned.photo;
    }
    // Counted only for a complete report, so typing mistakes never block a resident.
    const taken = await takeAttempt(db, limitsFor(clientAddress(c)));
    if (!taken.ok) {
      const errors = photo ? { photo: t('reports.describe.photoAgain') } : undefined;
      return renderStep(c, 3, { values, errors, refusal: t('reports.tooMany'), status: 429 });
    }
    const result = await service.submitReport(db, deps, form.data, photo);
    if (!result.ok) {
      const errors = { ...result.errors, ...(photo ? { photo: t('reports.describe.photoAgain') } : {}) };
      return renderStep(c, 2, { values, errors, status: 400 });
    }
    // Post/redirect/get: reloading the page sends nothing again.
    return c.redirect(`${reportPaths.follow(result.token)}?verstuurd=1`, 303);
  }

  // --- following a report -------------------------------------------------------------------------

  async function findByToken(c: Context) {
    const token = c.req.param('token') ?? '';
    const report = await service.getReportByToken(db, token);
    if (!report) notFound();
    // The link is the reporter's key: never cached, never sent on to another site.
    c.header('cache-control', privatePage);
    c.header('referrer-policy', 'no-referrer');
    return { token, report };
  }

  async function renderFollow(
    c: Context,
    token: string,
    report: service.Report,
    extra: Partial<Parameters<typeof FollowPage>[0]> = {},
  ) {
    const [history, buurten] = await Promise.all([
      service.publicHistory(db, report.id),
      service.listBuurtChoices(db),
    ]);
    const buurtName = buurten.find((b) => b.code === report.buurtCode)?.name ?? report.buurtCode;
    return c.render(
      <FollowPage
        report={report}
        token={token}
        buurtName={buurtName}
        history={history}
        csrfToken={c.get('csrfToken')()}
        {...extra}
      />,
      {
        title: t('reports.follow.title', { reference: `M-${report.id}` }),
        hasErrors: extra.errors !== undefined,
      },
    );
  }

  app.get('/volgen/:token', async (c) => {
    const { token, report } = await findByToken(c);
    const thanks = c.req.query('antwoord');
    return renderFollow(c, token, report, {
      justSent: c.req.query('verstuurd') === '1',
      thanks: thanks === 'solved' || thanks === 'reopened' ? thanks : undefined,
    });
  });

  app.get('/volgen/:token/foto', async (c) => {
    const { report } = await findByToken(c);
    const photo = await service.getReportPhoto(db, report.id);
    if (!photo) notFound();
    return photoResponse(c, photo, 'staff');
  });

  app.post('/volgen/:token/antwoord', async (c) => {
    const { token, report } = await findByToken(c);
    const values = await readFormValues(c);
    const form = validate(feedbackForm, values, values);
    if (!form.ok) {
      c.status(400);
      return renderFollow(c, token, report, { errors: form.errors, values });
    }
    const result = await service.giveFeedback(db, report, {
      solved: form.data.solved === 'yes',
      reason: form.data.reason,
    });
    if (!result.ok) {
      c.status(409);
      const fresh = (await service.getReport(db, report.id)) ?? report;
      return renderFollow(c, token, fresh);
    }
    return c.redirect(
      `${reportPaths.follow(token)}?antwoord=${result.reopened ? 'reopened' : 'solved'}`,
      303,
    );
  });

  return app;
}
