// SPDX-License-Identifier: EUPL-1.2
import { type Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { currentUser, requirePermission, requireUser } from '../platform/auth/guards.ts';
import { can } from '../platform/auth/roles.ts';
import type { AppDeps } from '../platform/context.ts';
import { type FieldErrors, type FormValues, parseForm } from '../platform/forms.ts';
import { parseId } from '../platform/http/ids.ts';
import { t } from '../platform/i18n.ts';
import { listStatusHistory } from '../platform/workflow/service.ts';
import {
  goalEditForm,
  lineEditForm,
  measureCreateForm,
  measureEditForm,
  measureStatusForm,
  measureUpdateForm,
  staffMeasureQuery,
  staffMeasuresPerPage,
} from './forms.ts';
import { programmePaths } from './paths.ts';
import * as service from './service.ts';
import { EditGoalPage, EditLinePage, LinesAdminPage } from './views/edit-line-pages.tsx';
import { type EditForm, EditMeasurePage } from './views/edit-measure-page.tsx';
import { NewMeasurePage } from './views/new-measure-page.tsx';
import { StaffMeasuresPage } from './views/staff-measures-page.tsx';

const savedMessages = {
  details: 'admin.saved.details',
  status: 'admin.saved.status',
  update: 'admin.saved.update',
} as const;

/** Staff pages for the register, under /beheer. Every edit is checked against the role table. */
export function programmeAdminRoutes({ database, outbox }: AppDeps) {
  const { db } = database;
  const app = new Hono();
  app.use('*', requireUser);

  app.get('/maatregelen', async (c) => {
    const user = currentUser(c);
    const parsed = staffMeasureQuery.safeParse(c.req.query());
    const query = parsed.success ? parsed.data : {};
    const page = query.pagina ?? 1;
    const filter = {
      zoek: query.zoek || undefined,
      status: query.status,
      wijk: query.wijk || undefined,
      lijn: query.lijn || undefined,
    };
    const [found, options] = await Promise.all([
      service.listStaffMeasures(
        db,
        user,
        { search: filter.zoek, status: filter.status, wijk: filter.wijk, line: filter.lijn },
        { limit: staffMeasuresPerPage, offset: (page - 1) * staffMeasuresPerPage },
      ),
      service.listMeasureFormOptions(db),
    ]);
    return c.render(
      <StaffMeasuresPage
        rows={found.rows}
        total={found.total}
        page={page}
        pageCount={Math.max(1, Math.ceil(found.total / staffMeasuresPerPage))}
        filter={filter}
        lines={options.lines}
        wijken={options.wijken}
      />,
      { title: t('admin.measures.title') },
    );
  });

  async function renderEditPage(
    c: Context,
    id: number,
    failed?: { form: EditForm; errors: FieldErrors; values: FormValues },
    status: 400 | 409 = 400,
  ) {
    const [measure, options, history] = await Promise.all([
      service.getMeasureById(db, id),
      service.listMeasureFormOptions(db),
      listStatusHistory(db, 'measure', id),
    ]);
    if (!measure) throw new HTTPException(404);
    const saved = c.req.query('opgeslagen') as EditForm | undefined;
    if (failed) c.status(status);
    return c.render(
      <EditMeasurePage
        measure={measure}
        csrfToken={c.get('csrfToken')()}
        options={options}
        canChooseAlliance={can(currentUser(c), 'edit-any-measure')}
        role={currentUser(c).role}
        history={history}
        failed={failed}
        saved={saved && saved in savedMessages ? t(savedMessages[saved]) : undefined}
      />,
      { title: t('admin.measure.title', { title: measure.title }), hasErrors: failed !== undefined },
    );
  }

  /** Loads the measure and refuses, before anything is parsed, when this user may not edit it. */
  async function guardMeasure(c: Context): Promise<number> {
    const id = parseId(c.req.param('id'));
    if (id === null) throw new HTTPException(404);
    const found = await service.findEditable(db, currentUser(c), id);
    if (!found.ok) throw new HTTPException(found.reason === 'forbidden' ? 403 : 404);
    return id;
  }

  function afterEdit(c: Context, id: number, result: service.EditResult, form: EditForm, values: FormValues) {
    if (result.ok) return c.redirect(`${programmePaths.admin.measure(id)}?opgeslagen=${form}#main`, 303);
    if (result.reason === 'not-found') throw new HTTPException(404);
    if (result.reason === 'forbidden') throw new HTTPException(403);
    if (result.reason === 'unknown-reference')
      return renderEditPage(c, id, {
        form,
        errors: { [result.field]: t('programme.form.reference.unknown') },
        values,
      });
    return renderEditPage(c, id, { form, errors: { status: t('programme.form.status.notAllowed') }, values });
  }

  const renderNewPage = async (c: Context, errors?: FieldErrors, values?: FormValues) => {
    if (errors) c.status(400);
    return c.render(
      <NewMeasurePage
        csrfToken={c.get('csrfToken')()}
        options={await service.listMeasureFormOptions(db)}
        errors={errors}
        values={values}
      />,
      { title: t('admin.new.title'), hasErrors: errors !== undefined },
    );
  };

  app.get('/maatregelen/nieuw', requirePermission('create-measure'), (c) => renderNewPage(c));

  app.post('/maatregelen/nieuw', requirePermission('create-measure'), async (c) => {
    const form = await parseForm(c, measureCreateForm);
    if (!form.ok) return renderNewPage(c, form.errors, form.values);
    const result = await service.createMeasure(db, currentUser(c), form.data);
    if (result.ok)
      return c.redirect(`${programmePaths.admin.measure(result.id)}?opgeslagen=details#main`, 303);
    if (result.reason === 'forbidden') throw new HTTPException(403);
    return renderNewPage(c, { [result.field]: t('programme.form.reference.unknown') }, form.values);
  });

  app.get('/maatregelen/:id', async (c) => renderEditPage(c, await guardMeasure(c)));

  app.post('/maatregelen/:id', async (c) => {
    const id = await guardMeasure(c);
    const form = await parseForm(c, measureEditForm);
    if (!form.ok) return renderEditPage(c, id, { form: 'details', errors: form.errors, values: form.values });
    return afterEdit(
      c,
      id,
      await service.editMeasure(db, currentUser(c), id, form.data),
      'details',
      form.values,
    );
  });

  app.post('/maatregelen/:id/status', async (c) => {
    const id = await guardMeasure(c);
    const form = await parseForm(c, measureStatusForm);
    if (!form.ok) return renderEditPage(c, id, { form: 'status', errors: form.errors, values: form.values });
    const result = await service.changeMeasureStatus(db, outbox, currentUser(c), id, form.data);
    if (!result.ok && result.reason === 'conflict') {
      // Someone else changed the status: show the status as it is now (a fresh hidden `from`), keep the rest.
      const { from: _seen, ...typed } = form.values;
      return renderEditPage(
        c,
        id,
        { form: 'status', errors: { status: t('workflow.conflict') }, values: typed },
        409,
      );
    }
    if (!result.ok && result.reason === 'reason-required') {
      return renderEditPage(c, id, {
        form: 'status',
        errors: { note: t('workflow.reason.required') },
        values: form.values,
      });
    }
    if (!result.ok && result.reason === 'status-not-allowed') {
      return renderEditPage(c, id, {
        form: 'status',
        errors: { status: t('programme.form.status.notAllowed') },
        values: form.values,
      });
    }
    return afterEdit(c, id, result, 'status', form.values);
  });

  app.post('/maatregelen/:id/voortgang', async (c) => {
    const id = await guardMeasure(c);
    const form = await parseForm(c, measureUpdateForm);
    if (!form.ok) return renderEditPage(c, id, { form: 'update', errors: form.errors, values: form.values });
    return afterEdit(
      c,
      id,
      await service.addMeasureUpdate(db, currentUser(c), id, form.data),
      'update',
      form.values,
    );
  });

  app.route('/', lineAdminRoutes(db));
  return app;
}

/** Editors keep the lines' ambitions and the goals for 2040 up to date. */
function lineAdminRoutes(db: AppDeps['database']['db']) {
  const app = new Hono();
  // Scoped paths: this router is mounted at /beheer, where '*' would also cover the measures' pages.
  for (const path of ['/lijnen', '/lijnen/*', '/doelen/*'])
    app.use(path, requirePermission('edit-programme'));
  const findLine = async (slug: string) => (await service.listLines(db)).find((l) => l.slug === slug);
  const findGoal = async (slug: string) => {
    for (const line of await service.listLines(db)) {
      const goal = line.goals.find((g) => g.slug === slug);
      if (goal) return { line, goal };
    }
    return undefined;
  };

  app.get('/lijnen', async (c) =>
    c.render(<LinesAdminPage lines={await service.listLines(db)} />, { title: t('admin.lines.title') }),
  );

  const renderLine = async (
    c: Context,
    slug: string,
    failed?: { errors: FieldErrors; values: FormValues },
  ) => {
    const line = await findLine(slug);
    if (!line) throw new HTTPException(404);
    if (failed) c.status(400);
    const saved = c.req.query('opgeslagen') === '1' ? t('admin.saved.line') : undefined;
    return c.render(
      <EditLinePage
        line={line}
        csrfToken={c.get('csrfToken')()}
        errors={failed?.errors}
        values={failed?.values}
        saved={saved}
      />,
      { title: t('admin.line.title', { name: line.name }), hasErrors: failed !== undefined },
    );
  };

  app.get('/lijnen/:slug', (c) => renderLine(c, c.req.param('slug')));

  app.post('/lijnen/:slug', async (c) => {
    const slug = c.req.param('slug');
    const form = await parseForm(c, lineEditForm);
    if (!form.ok) return renderLine(c, slug, form);
    const result = await service.editLine(db, currentUser(c), slug, form.data);
    if (!result.ok) throw new HTTPException(result.reason === 'forbidden' ? 403 : 404);
    return c.redirect(`${programmePaths.admin.line(slug)}?opgeslagen=1`, 303);
  });

  const renderGoal = async (
    c: Context,
    slug: string,
    failed?: { errors: FieldErrors; values: FormValues },
  ) => {
    const found = await findGoal(slug);
    if (!found) throw new HTTPException(404);
    if (failed) c.status(400);
    const saved = c.req.query('opgeslagen') === '1' ? t('admin.saved.goal') : undefined;
    return c.render(
      <EditGoalPage
        {...found}
        csrfToken={c.get('csrfToken')()}
        errors={failed?.errors}
        values={failed?.values}
        saved={saved}
      />,
      { title: t('admin.goal.legend', { title: found.goal.title }), hasErrors: failed !== undefined },
    );
  };

  app.get('/doelen/:slug', (c) => renderGoal(c, c.req.param('slug')));

  app.post('/doelen/:slug', async (c) => {
    const slug = c.req.param('slug');
    const form = await parseForm(c, goalEditForm);
    if (!form.ok) return renderGoal(c, slug, form);
    const result = await service.editGoal(db, currentUser(c), slug, form.data);
    if (!result.ok) throw new HTTPException(result.reason === 'forbidden' ? 403 : 404);
    return c.redirect(`${programmePaths.admin.goal(slug)}?opgeslagen=1`, 303);
  });
  return app;
}
