// SPDX-License-Identifier: EUPL-1.2
import { type Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { currentUser, requirePermission, requireUser } from '../platform/auth/guards.ts';
import type { AppDeps } from '../platform/context.ts';
import { type FieldErrors, parseForm } from '../platform/forms.ts';
import { parseId } from '../platform/http/ids.ts';
import { t } from '../platform/i18n.ts';
import { photoResponse } from '../platform/photos/photos.ts';
import { mergeForm, noteForm, queueQuery, statusChangeForm } from './forms.ts';
import { reportPaths } from './paths.ts';
import { idOfReference, referenceOf } from './rules.ts';
import * as service from './service.ts';
import {
  AdminFiguresPage,
  AdminQueuePage,
  AdminReportPage,
  type AdminReportProps,
} from './views/admin-pages.tsx';

const pageSize = 25;

/** Staff pages of reports, under /beheer/meldingen: the queue, one report, the figures. */
export function reportsAdminRoutes({ database, config, deps }: AppDeps & { deps: service.ReportsDeps }) {
  const { db } = database;
  const demo = config.DEMO === '1';
  const app = new Hono();
  app.use('*', requireUser, requirePermission('manage-reports'));

  app.get('/', async (c) => {
    const query = queueQuery.parse(c.req.query());
    const page = query.pagina ?? 1;
    const filter = { wijk: query.wijk, category: query.onderwerp, status: query.status };
    const [{ rows, total }, wijken, buurten] = await Promise.all([
      service.listQueue(db, filter, { offset: (page - 1) * pageSize, limit: pageSize }),
      service.listWijkOptions(db),
      service.listBuurtChoices(db),
    ]);
    return c.render(
      <AdminQueuePage
        rows={rows}
        total={total}
        query={{ wijk: query.wijk, onderwerp: query.onderwerp, status: query.status }}
        page={page}
        pageCount={Math.max(1, Math.ceil(total / pageSize))}
        wijken={wijken}
        buurten={buurten}
        now={new Date()}
      />,
      { title: t('reports.admin.title') },
    );
  });

  app.get('/cijfers', async (c) => {
    const figures = await service.reportFigures(db, { demo: false, audience: 'staff' });
    return c.render(<AdminFiguresPage figures={figures} />, { title: t('reports.figures.title') });
  });

  async function findReport(c: Context) {
    const id = parseId(c.req.param('id'));
    const report = id === null ? null : await service.getReport(db, id);
    if (!report || (report.demo && !demo)) throw new HTTPException(404);
    return report;
  }

  async function renderReport(
    c: Context,
    report: service.Report,
    extra: Pick<AdminReportProps, 'notice' | 'failed'> = {},
  ) {
    const [history, notes, partners, buurten] = await Promise.all([
      service.staffHistory(db, report.id),
      service.listNotes(db, report.id),
      service.listRoutingOptions(db),
      service.listBuurtChoices(db),
    ]);
    return c.render(
      <AdminReportPage
        report={report}
        buurtName={buurten.find((b) => b.code === report.buurtCode)?.name ?? report.buurtCode}
        history={history}
        notes={notes}
        partners={partners}
        csrfToken={c.get('csrfToken')()}
        {...extra}
      />,
      {
        title: t('reports.admin.report.title', { reference: referenceOf(report.id) }),
        hasErrors: extra.failed !== undefined,
      },
    );
  }

  const notices = {
    status: 'reports.admin.status.saved',
    notitie: 'reports.admin.note.saved',
    samengevoegd: 'reports.admin.merge.saved',
  } as const;

  app.get('/:id', async (c) => {
    const report = await findReport(c);
    const done = c.req.query('klaar');
    const notice = done && done in notices ? t(notices[done as keyof typeof notices]) : undefined;
    return renderReport(c, report, { notice });
  });

  app.get('/:id/foto', async (c) => {
    const report = await findReport(c);
    const photo = await service.getReportPhoto(db, report.id);
    if (!photo) throw new HTTPException(404);
    return photoResponse(c, photo, 'staff');
  });

  const back = (c: Context, id: number, done: keyof typeof notices) =>
    c.redirect(`${reportPaths.adminReport(id)}?klaar=${done}`, 303);

  app.post('/:id/status', async (c) => {
    const report = await findReport(c);
    const form = await parseForm(c, statusChangeForm);
    const fail = (errors: FieldErrors, status: 400 | 409) => {
      c.status(status);
      return renderReport(c, report, { failed: { form: 'status', errors, values: form.values } });
    };
    if (!form.ok) return fail(form.errors, 400);
    const partners = await service.listRoutingOptions(db);
    if (form.data.to === 'forwarded' && form.data.forwardedTo && !partners.includes(form.data.forwardedTo))
      return fail({ forwardedTo: t('reports.admin.status.partnerUnknown') }, 400);
    const user = currentUser(c);
    const result = await service.changeReportStatus(db, deps, user, report, form.data);
    if (result.ok) return back(c, report.id, 'status');
    switch (result.refusal) {
      case 'partner-required':
        return fail({ forwardedTo: t('reports.admin.status.partnerRequired') }, 400);
      case 'reason-required':
        return fail({ answer: t('reports.admin.status.answerRequired') }, 400);
      case 'conflict': {
        c.status(409);
        const fresh = (await service.getReport(db, report.id)) ?? report;
        return renderReport(c, fresh, {
          failed: { form: 'status', errors: { to: t('workflow.conflict') }, values: form.values },
        });
      }
      default:
        return fail({ to: t('reports.admin.status.notAllowed') }, 400);
    }
  });

  app.post('/:id/notitie', async (c) => {
    const report = await findReport(c);
    const form = await parseForm(c, noteForm);
    if (!form.ok) {
      c.status(400);
      return renderReport(c, report, { failed: { form: 'note', errors: form.errors, values: form.values } });
    }
    await service.addNote(db, currentUser(c), report.id, form.data.body);
    return back(c, report.id, 'notitie');
  });

  app.post('/:id/samenvoegen', async (c) => {
    const report = await findReport(c);
    const form = await parseForm(c, mergeForm);
    const fail = (message: string, status: 400 | 409 = 400) => {
      c.status(status);
      return renderReport(c, report, {
        failed: { form: 'merge', errors: { into: message }, values: form.values },
      });
    };
    if (!form.ok) return fail(form.errors.into ?? t('reports.admin.merge.invalid'));
    const intoId = idOfReference(form.data.into);
    if (intoId === null) return fail(t('reports.admin.merge.invalid'));
    const result = await service.mergeReport(db, deps, currentUser(c), report, intoId);
    if (result.ok) return back(c, report.id, 'samengevoegd');
    const messages = {
      same: 'reports.admin.merge.same',
      'not-found': 'reports.admin.merge.notFound',
      'target-merged': 'reports.admin.merge.targetMerged',
      conflict: 'workflow.conflict',
      'not-allowed': 'reports.admin.merge.notAllowed',
    } as const;
    return fail(t(messages[result.reason]), result.reason === 'conflict' ? 409 : 400);
  });

  return app;
}
