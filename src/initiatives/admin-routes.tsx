// SPDX-License-Identifier: EUPL-1.2
import { type Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { listWijken } from '../places/index.ts';
import { currentUser, requirePermission, requireUser } from '../platform/auth/guards.ts';
import { can } from '../platform/auth/roles.ts';
import type { AppDeps } from '../platform/context.ts';
import { type FieldErrors, type FormValues, parseForm } from '../platform/forms.ts';
import { parseId } from '../platform/http/ids.ts';
import { t } from '../platform/i18n.ts';
import { nextStatuses } from '../platform/workflow/rules.ts';
import { listStatusHistory } from '../platform/workflow/service.ts';
import { listFilterForm, settingsForm, staffStatusForm } from './forms.ts';
import { initiativesPaths } from './paths.ts';
import { initiativeWorkflow } from './rules.ts';
import * as service from './service.ts';
import * as staff from './staff-service.ts';
import { AdminApplicationPage, AdminListPage, AdminSettingsPage } from './views/admin-pages.tsx';

const today = () => new Date().toISOString().slice(0, 10);

function notFound(): never {
  throw new HTTPException(404);
}

/** Staff pages under /beheer/initiatieven: brokers help, assessors decide, administrators set the figures. */
export function initiativesAdminRoutes({
  database,
  initiatives,
}: AppDeps & { initiatives: service.InitiativesDeps }) {
  const { db } = database;
  const app = new Hono();
  app.use('*', requireUser);
  app.use('*', async (c, next) => {
    c.header('cache-control', 'private, no-store');
    await next();
  });
  const help = requirePermission('help-initiatives');
  const manage = requirePermission('manage-initiatives');

  app.get('/', help, async (c) => {
    const filter = listFilterForm.parse(c.req.query());
    const user = currentUser(c);
    const [list, wijken] = await Promise.all([
      staff.listApplications(
        db,
        user,
        {
          status: filter.status,
          wijkSlug: filter.wijk,
          overdue: filter.termijn === 'verlopen',
          page: filter.pagina,
        },
        today(),
      ),
      listWijken(db),
    ]);
    return c.render(
      <AdminListPage
        {...list}
        page={filter.pagina}
        query={{ status: filter.status, wijk: filter.wijk, termijn: filter.termijn }}
        wijken={wijken.map((w) => ({ slug: w.slug, name: w.name }))}
        today={today()}
        canManage={can(user, 'manage-initiatives')}
      />,
      { title: t('initiatives.admin.title') },
    );
  });

  app.get('/instellingen', manage, async (c) => {
    const settings = await service.getSettings(db);
    const values = Object.fromEntries(Object.entries(settings).map(([k, v]) => [k, String(v)]));
    return c.render(
      <AdminSettingsPage
        csrfToken={c.get('csrfToken')()}
        values={values}
        saved={c.req.query('opgeslagen') === '1'}
      />,
      {
        title: t('initiatives.admin.settings.title'),
      },
    );
  });

  app.post('/instellingen', manage, async (c) => {
    const form = await parseForm(c, settingsForm);
    if (!form.ok) {
      c.status(400);
      return c.render(
        <AdminSettingsPage csrfToken={c.get('csrfToken')()} values={form.values} errors={form.errors} />,
        {
          title: t('initiatives.admin.settings.title'),
          hasErrors: true,
        },
      );
    }
    await staff.saveSettings(db, currentUser(c), form.data as service.InitiativeSettings);
    return c.redirect(`${initiativesPaths.admin.settings}?opgeslagen=1`, 303);
  });

  async function visible(c: Context) {
    const id = parseId(c.req.param('id'));
    if (id === null || !(await staff.maySee(db, currentUser(c), id))) notFound();
    return id;
  }

  async function renderApplication(
    c: Context,
    id: number,
    errors?: FieldErrors,
    values?: FormValues,
    notice?: string,
  ) {
    const user = currentUser(c);
    const application = await service.getApplication(db, id, null);
    if (!application) notFound();
    const role = staff.workflowRole(user);
    const [history, pending, email, wijk, settings] = await Promise.all([
      listStatusHistory(db, initiativeWorkflow.entityType, id),
      staff.pendingDecision(db, id),
      staff.applicantEmail(db, id),
      staff.wijkNameOf(db, application.buurtCode),
      service.getSettings(db),
    ]);
    return c.render(
      <AdminApplicationPage
        application={application}
        wijk={wijk}
        applicantEmail={email}
        history={history}
        next={role ? nextStatuses(initiativeWorkflow, application.status, role) : []}
        pending={pending}
        pendingByMe={pending?.proposedBy === user.id}
        canDecide={role === 'assessor'}
        settings={settings}
        csrfToken={c.get('csrfToken')()}
        errors={errors}
        values={values}
        notice={notice}
        today={today()}
      />,
      { title: application.title ?? t('initiatives.mine.untitled'), hasErrors: errors !== undefined },
    );
  }

  app.get('/:id', help, async (c) => {
    const id = await visible(c);
    const notice = c.req.query('voorstel') === '1' ? t('initiatives.admin.pending.proposed') : undefined;
    return renderApplication(c, id, undefined, undefined, notice);
  });

  app.get('/:id/bijlagen/:attachment', help, async (c) => {
    const id = await visible(c);
    const attachmentId = parseId(c.req.param('attachment'));
    const file = attachmentId === null ? null : await service.getAttachment(db, id, null, attachmentId);
    if (!file) notFound();
    c.header('content-type', file.contentType);
    c.header('content-disposition', `attachment; filename="${file.fileName.replace(/[^\w.-]/g, '_')}"`);
    c.header('x-content-type-options', 'nosniff');
    c.header('content-security-policy', "default-src 'none'; sandbox");
    return c.body(new Uint8Array(file.bytes));
  });

  app.post('/:id/status', help, async (c) => {
    const id = await visible(c);
    const form = await parseForm(c, staffStatusForm);
    if (!form.ok) {
      c.status(400);
      return renderApplication(c, id, form.errors, form.values);
    }
    const result = await staff.changeApplicationStatus(db, initiatives, currentUser(c), id, form.data);
    if (result.ok)
      return c.redirect(
        `${initiativesPaths.admin.application(id)}${result.pending ? '?voorstel=1' : ''}`,
        303,
      );
    const errors: FieldErrors =
      result.reason === 'reason-required'
        ? { reason: t('initiatives.admin.status.reasonRequired') }
        : result.reason === 'amount-required'
          ? { grantedEuros: t('initiatives.admin.status.amountRequired') }
          : result.reason === 'conflict' || result.reason === 'already-pending'
            ? { to: t('workflow.conflict') }
            : { to: t('initiatives.admin.status.notAllowed') };
    c.status(result.reason === 'conflict' || result.reason === 'already-pending' ? 409 : 400);
    return renderApplication(c, id, errors, form.values);
  });

  app.post('/:id/bevestigen', help, async (c) => {
    const id = await visible(c);
    const result = await staff.confirmDecision(db, initiatives, currentUser(c), id);
    if (result.ok) return c.redirect(initiativesPaths.admin.application(id), 303);
    c.status(result.reason === 'conflict' || result.reason === 'none' ? 409 : 403);
    return renderApplication(c, id, undefined, undefined, t(`initiatives.admin.confirm.${result.reason}`));
  });

  app.post('/:id/intrekken', help, async (c) => {
    const id = await visible(c);
    await staff.withdrawProposal(db, currentUser(c), id);
    return c.redirect(initiativesPaths.admin.application(id), 303);
  });

  return app;
}
