// SPDX-License-Identifier: EUPL-1.2
import { type Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { currentUser, requirePermission, requireUser } from '../platform/auth/guards.ts';
import type { AppDeps } from '../platform/context.ts';
import { type FieldErrors, type FormValues, parseForm } from '../platform/forms.ts';
import { parseId } from '../platform/http/ids.ts';
import { formatDate, t } from '../platform/i18n.ts';
import { nextStatuses } from '../platform/workflow/rules.ts';
import { listStatusHistory } from '../platform/workflow/service.ts';
import * as contributions from './contribution-service.ts';
import {
  consultationForm,
  contributionStatusForm,
  contributionsPerPage,
  enteredContributionForm,
  pageQuery,
  summaryForm,
} from './forms.ts';
import { consultationsPaths } from './paths.ts';
import { dutchToday } from './routes.tsx';
import { contributionWorkflow } from './rules.ts';
import * as service from './service.ts';
import { AdminOverviewPage } from './views/admin-overview-page.tsx';
import { ConsultationFormPage } from './views/consultation-form-page.tsx';
import { ContributionAdminPage } from './views/contribution-admin-page.tsx';
import { EnterContributionPage } from './views/enter-page.tsx';
import { QueuePage } from './views/queue-page.tsx';
import { SummaryForm } from './views/summary.tsx';

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
export function consultationsAdminRoutes({ database, outbox, config }: AppDeps) {
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
    summaryFailed?: { errors: FieldErrors; values: FormValues },
  ) {
    const nearby = editing ? await service.listNearby(db, editing) : [];
    if (failed || summaryFailed) c.status(400);
    return c.render(
      <ConsultationFormPage
        csrfToken={c.get('csrfToken')()}
        options={await service.listFormOptions(db)}
        editing={editing}
        values={failed?.values ?? (editing ? valuesOf(editing) : {})}
        errors={failed?.errors}
        nearby={nearby}
        saved={!failed && c.req.query('opgeslagen') === '1'}
      >
        {editing ? (
          <SummaryForm
            consultation={editing}
            closed={editing.endsOn < dutchToday()}
            csrfToken={c.get('csrfToken')()}
            errors={summaryFailed?.errors}
            values={summaryFailed?.values}
            saved={c.req.query('opgeslagen') === 'samenvatting'}
          />
        ) : null}
      </ConsultationFormPage>,
      {
        title: editing
          ? t('consultations.admin.edit.title', { title: editing.title })
          : t('consultations.admin.new.title'),
        hasErrors: failed !== undefined || summaryFailed !== undefined,
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

  app.get('/wachtrij', async (c) => {
    const query = pageQuery.safeParse(c.req.query());
    const page = (query.success ? query.data.pagina : undefined) ?? 1;
    const [rows, total] = await Promise.all([
      contributions.listQueue(db, { limit: contributionsPerPage, offset: (page - 1) * contributionsPerPage }),
      contributions.countQueue(db),
    ]);
    return c.render(
      <QueuePage
        rows={rows}
        total={total}
        page={page}
        pageCount={Math.max(1, Math.ceil(total / contributionsPerPage))}
        today={dutchToday()}
      />,
      { title: t('consultations.queue.title') },
    );
  });

  async function renderContribution(
    c: Context,
    id: number,
    failed?: { errors: FieldErrors; values: FormValues },
    status: 400 | 409 = 400,
  ) {
    const contribution = await contributions.getContributionForStaff(db, id);
    if (!contribution) throw new HTTPException(404);
    const [consultation, history] = await Promise.all([
      service.getConsultationById(db, contribution.consultationId),
      listStatusHistory(db, contributionWorkflow.entityType, id),
    ]);
    if (!consultation) throw new HTTPException(404);
    if (failed) c.status(status);
    return c.render(
      <ContributionAdminPage
        contribution={contribution}
        consultation={consultation}
        next={nextStatuses(contributionWorkflow, contribution.status, currentUser(c).role)}
        history={history}
        csrfToken={c.get('csrfToken')()}
        today={dutchToday()}
        errors={failed?.errors}
        values={failed?.values}
        saved={!failed && c.req.query('opgeslagen') === '1'}
      />,
      {
        title: t('consultations.admin.contribution.title', { number: id, title: consultation.title }),
        hasErrors: failed !== undefined,
      },
    );
  }

  const contributionId = (c: Context) => {
    const id = parseId(c.req.param('id'));
    if (id === null) throw new HTTPException(404);
    return id;
  };

  app.get('/reacties/:id', (c) => renderContribution(c, contributionId(c)));

  app.post('/reacties/:id', async (c) => {
    const id = contributionId(c);
    const form = await parseForm(c, contributionStatusForm);
    if (!form.ok) return renderContribution(c, id, form);
    const result = await contributions.changeContributionStatus(
      db,
      outbox,
      config.PUBLIC_URL,
      currentUser(c),
      id,
      form.data,
    );
    if (result.ok) return c.redirect(`${consultationsPaths.admin.contribution(id)}?opgeslagen=1`, 303);
    const fail = (field: string, message: string, code: 400 | 409 = 400) =>
      renderContribution(c, id, { errors: { [field]: message }, values: form.values }, code);
    switch (result.refusal) {
      case 'not-found':
        throw new HTTPException(404);
      case 'conflict': {
        const { from: _seen, ...typed } = form.values;
        return renderContribution(c, id, { errors: { status: t('workflow.conflict') }, values: typed }, 409);
      }
      case 'reason-required':
        return fail('reason', t('workflow.reason.required'));
      case 'merge-target':
        return fail('mergeInto', t('consultations.merge.invalid'));
      default:
        return fail('status', t('consultations.status.notAllowed'));
    }
  });

  app.get('/:id/reacties/nieuw', async (c) => {
    const consultation = await find(c);
    return c.render(<EnterContributionPage consultation={consultation} csrfToken={c.get('csrfToken')()} />, {
      title: t('consultations.enter.title'),
    });
  });

  app.post('/:id/reacties/nieuw', async (c) => {
    const consultation = await find(c);
    const form = await parseForm(c, enteredContributionForm);
    if (!form.ok) {
      c.status(400);
      return c.render(
        <EnterContributionPage
          consultation={consultation}
          csrfToken={c.get('csrfToken')()}
          errors={form.errors}
          values={form.values}
        />,
        { title: t('consultations.enter.title'), hasErrors: true },
      );
    }
    const id = await contributions.enterContribution(db, currentUser(c), consultation.id, form.data);
    return c.redirect(`${consultationsPaths.admin.contribution(id)}?opgeslagen=1`, 303);
  });

  app.post('/:id/samenvatting', async (c) => {
    const consultation = await find(c);
    const form = await parseForm(c, summaryForm);
    if (!form.ok) return renderForm(c, consultation, undefined, form);
    const result = await service.publishSummary(db, currentUser(c), consultation.id, form.data, dutchToday());
    if (!result.ok && result.reason === 'not-found') throw new HTTPException(404);
    if (!result.ok)
      return renderForm(c, consultation, undefined, {
        errors: { heard: t('consultations.summary.notYet', { date: formatDate(consultation.endsOn) }) },
        values: form.values,
      });
    return c.redirect(
      `${consultationsPaths.admin.consultation(consultation.id)}?opgeslagen=samenvatting#samenvatting-blok`,
      303,
    );
  });

  app.get('/nieuw', (c) => renderForm(c, null));
  app.post('/nieuw', (c) => save(c, null));
  app.get('/:id', async (c) => renderForm(c, await find(c)));
  app.post('/:id', async (c) => save(c, await find(c)));
  return app;
}
