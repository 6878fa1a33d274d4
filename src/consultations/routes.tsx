// SPDX-License-Identifier: EUPL-1.2
import { type Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { listWijken } from '../places/index.ts';
import { can } from '../platform/auth/roles.ts';
import { toDateTimeInputValue } from '../platform/components/date-input.tsx';
import type { AppDeps } from '../platform/context.ts';
import { type FieldErrors, type FormValues, parseForm } from '../platform/forms.ts';
import { clientAddress } from '../platform/http/client-address.ts';
import { t } from '../platform/i18n.ts';
import { type Counter, takeAttempt } from '../platform/rate-limit/service.ts';
import * as contributions from './contribution-service.ts';
import {
  consultationFilterQuery,
  consultationsPerPage,
  contributionForm,
  contributionsPerPage,
  pageQuery,
} from './forms.ts';
import { consultationsPaths } from './paths.ts';
import { phaseOn } from './rules.ts';
import * as service from './service.ts';
import { ConsultationPage } from './views/consultation-page.tsx';
import { ContributeForm, ContributionList } from './views/contributions.tsx';
import { FiguresPage } from './views/figures-page.tsx';
import { ListPage } from './views/list-page.tsx';
import { PublicSummary } from './views/summary.tsx';

/** A flood of reactions is stopped per address and per consultation; a resident never meets these. */
export const contributionLimits = (consultationId: number, address: string): Counter[] => [
  {
    key: `consultation-contribution:address:${consultationId}:${address}`,
    limit: { max: 10, windowSeconds: 3600 },
  },
  {
    key: `consultation-contribution:consultation:${consultationId}`,
    limit: { max: 2000, windowSeconds: 3600 },
  },
];

/** Today's date in the Netherlands, YYYY-MM-DD. */
export function dutchToday(now = new Date()): string {
  return toDateTimeInputValue(now).slice(0, 10);
}

/** The public consultation pages: plain HTML, no JavaScript needed. */
export function consultationsRoutes({ database }: AppDeps) {
  const { db } = database;
  const app = new Hono();

  app.get('/', async (c) => {
    const parsed = consultationFilterQuery.safeParse(c.req.query());
    const query = parsed.success ? parsed.data : {};
    const wijken = await listWijken(db);
    const wijk = wijken.some((w) => w.slug === query.wijk) ? query.wijk : undefined;
    const page = query.pagina ?? 1;
    const [rows, total] = await Promise.all([
      service.listConsultations(
        db,
        { wijk },
        { limit: consultationsPerPage, offset: (page - 1) * consultationsPerPage },
      ),
      service.countConsultations(db, { wijk }),
    ]);
    return c.render(
      <ListPage
        consultations={rows}
        total={total}
        page={page}
        pageCount={Math.max(1, Math.ceil(total / consultationsPerPage))}
        wijk={wijk}
        wijken={wijken}
        today={dutchToday()}
      />,
      { title: t('consultations.list.title') },
    );
  });

  app.get('/antwoorden', async (c) => {
    const figures = await contributions.figuresPerOrganiserAndWijk(db, dutchToday());
    return c.render(<FiguresPage {...figures} />, { title: t('consultations.figures.title') });
  });

  async function renderConsultation(
    c: Context,
    slug: string,
    form: { errors?: FieldErrors; values?: FormValues; notice?: string; status?: 400 | 429 } = {},
  ) {
    const consultation = await service.getConsultation(db, slug);
    if (!consultation) throw new HTTPException(404);
    const today = dutchToday();
    const open = phaseOn(consultation, today) === 'open';
    const query = pageQuery.safeParse(c.req.query());
    const page = (query.success ? query.data.pagina : undefined) ?? 1;
    const [wijk, rows, total] = await Promise.all([
      listWijken(db).then((all) => all.find((w) => w.id === consultation.wijkId)),
      contributions.listPublicContributions(db, consultation.id, {
        limit: contributionsPerPage,
        offset: (page - 1) * contributionsPerPage,
      }),
      contributions.countContributions(db, consultation.id),
    ]);
    const buurtNames = (wijk?.buurten ?? [])
      .filter((b) => consultation.buurtCodes.includes(b.code))
      .map((b) => b.name);
    const user = c.get('user');
    if (form.status) c.status(form.status);
    return c.render(
      <ConsultationPage
        consultation={consultation}
        buurtNames={buurtNames}
        today={today}
        canEdit={user !== null && can(user, 'edit-programme')}
      >
        <PublicSummary consultation={consultation} />
        <ContributeForm
          consultation={consultation}
          open={open}
          csrfToken={open ? c.get('csrfToken')() : null}
          errors={form.errors}
          values={form.values}
          notice={form.notice}
          sent={c.req.query('verstuurd') === '1'}
        />
        <ContributionList
          consultation={consultation}
          contributions={rows}
          total={total}
          page={page}
          pageCount={Math.max(1, Math.ceil(total / contributionsPerPage))}
          today={today}
        />
      </ConsultationPage>,
      {
        title: consultation.title,
        description: consultation.summary,
        hasErrors: form.errors !== undefined && Object.keys(form.errors).length > 0,
      },
    );
  }

  app.get('/:slug', (c) => renderConsultation(c, c.req.param('slug')));

  app.post('/:slug/reageren', async (c) => {
    const slug = c.req.param('slug');
    const consultation = await service.getConsultation(db, slug);
    if (!consultation) throw new HTTPException(404);
    if (phaseOn(consultation, dutchToday()) !== 'open')
      return c.redirect(consultationsPaths.consultation(slug), 303);
    const form = await parseForm(c, contributionForm);
    if (!form.ok)
      return renderConsultation(c, slug, { errors: form.errors, values: form.values, status: 400 });
    // Counted only for a complete form, so a typing mistake never blocks a resident.
    const taken = await takeAttempt(db, contributionLimits(consultation.id, clientAddress(c)));
    if (!taken.ok)
      return renderConsultation(c, slug, {
        values: form.values,
        notice: t('consultations.contribute.tooMany'),
        status: 429,
      });
    const id = await contributions.submitContribution(db, consultation.id, form.data);
    // Post/redirect/get: reloading the page sends nothing again.
    return c.redirect(`${consultationsPaths.consultation(slug)}?verstuurd=1#reactie-${id}`, 303);
  });

  return app;
}
