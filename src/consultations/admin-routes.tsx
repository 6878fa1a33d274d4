// SPDX-License-Identifier: EUPL-1.2
import { type Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { currentUser, requirePermission, requireUser } from '../platform/auth/guards.ts';
import type { AppDeps } from '../platform/context.ts';
import { type FieldErrors, type FormValues, parseForm } from '../platform/forms.ts';
import { parseId } from '../platform/http/ids.ts';
import { t } from '../platform/i18n.ts';
import { consultationForm } from './forms.ts';
import { consultationsPaths } from './paths.ts';
import { dutchToday } from './routes.tsx';
import * as service from './service.ts';
import { AdminOverviewPage } from './views/admin-overview-page.tsx';
import { ConsultationFormPage } from './views/consultation-form-page.tsx';

/** What the form shows for a saved consultation. */
function valuesOf(c: service.Consultation): FormValues {
  return {
    title: c.title,
    organiser: c.organiser,
    summary: c.summary,
    wijk: c.wijkSlug,
    buurten: c.buurtCodes,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    level: c.level,
    openForDiscussion: c.openForDiscussion,
    notOpenForDiscussion: c.notOpenForDiscussion,
    answerPromisedOn: c.answerPromisedOn,
    method: c.method,
  };
}

const referenceMessages = {
  wijk: 'consultations.form.wijk.unknown',
  buurten: 'consultations.form.buurten.unknown',
} as const;

/** Staff pages for consultations, under /beheer/inspraak. Editors and admins plan them. */
export function consultationsAdminRoutes({ database }: AppDeps) {
  const { db } = database;
  const app = new Hono();
  // Who may publish the programme's texts may plan its consultations.
  app.use('*', requireUser, requirePermission('edit-programme'));

  app.get('/', async (c) =>
    c.render(<AdminOverviewPage consultations={await service.listForStaff(db)} today={dutchToday()} />, {
      title: t('consultations.admin.overview.title'),
    }),
  );

  async function renderForm(
    c: Context,
    editing: service.Consultation | null,
    failed?: { errors: FieldErrors; values: FormValues },
  ) {
    const nearby = editing ? await service.listNearby(db, editing) : [];
    if (failed) c.status(400);
    return c.render(
      <ConsultationFormPage
        csrfToken={c.get('csrfToken')()}
        options={await service.listFormOptions(db)}
        editing={editing}
        values={failed?.values ?? (editing ? valuesOf(editing) : {})}
        errors={failed?.errors}
        nearby={nearby}
        saved={!failed && c.req.query('opgeslagen') === '1'}
      />,
      {
        title: editing
          ? t('consultations.admin.edit.title', { title: editing.title })
          : t('consultations.admin.new.title'),
        hasErrors: failed !== undefined,
      },
    );
  }

  async function save(c: Context, editing: service.Consultation | null) {
    const form = await parseForm(c, consultationForm);
    if (!form.ok) return renderForm(c, editing, form);
    const user = currentUser(c);
    const result = editing
      ? await service.editConsultation(db, user, editing.id, form.data)
      : await service.createConsultation(db, user, form.data);
    if (result.ok) return c.redirect(`${consultationsPaths.admin.consultation(result.id)}?opgeslagen=1`, 303);
    if (result.reason === 'not-found') throw new HTTPException(404);
    return renderForm(c, editing, {
      errors: { [result.field]: t(referenceMessages[result.field]) },
      values: form.values,
    });
  }

  async function find(c: Context) {
    const id = parseId(c.req.param('id'));
    const consultation = id === null ? null : await service.getConsultationById(db, id);
    if (!consultation) throw new HTTPException(404);
    return consultation;
  }

  app.get('/nieuw', (c) => renderForm(c, null));
  app.post('/nieuw', (c) => save(c, null));
  app.get('/:id', async (c) => renderForm(c, await find(c)));
  app.post('/:id', async (c) => save(c, await find(c)));
  return app;
}
