// SPDX-License-Identifier: EUPL-1.2
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { listWijken } from '../places/index.ts';
import { can } from '../platform/auth/roles.ts';
import { toDateTimeInputValue } from '../platform/components/date-input.tsx';
import type { AppDeps } from '../platform/context.ts';
import { t } from '../platform/i18n.ts';
import { consultationFilterQuery, consultationsPerPage } from './forms.ts';
import * as service from './service.ts';
import { ConsultationPage } from './views/consultation-page.tsx';
import { ListPage } from './views/list-page.tsx';

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

  app.get('/:slug', async (c) => {
    const consultation = await service.getConsultation(db, c.req.param('slug'));
    if (!consultation) throw new HTTPException(404);
    const wijk = (await listWijken(db)).find((w) => w.id === consultation.wijkId);
    const buurtNames = (wijk?.buurten ?? [])
      .filter((b) => consultation.buurtCodes.includes(b.code))
      .map((b) => b.name);
    const user = c.get('user');
    return c.render(
      <ConsultationPage
        consultation={consultation}
        buurtNames={buurtNames}
        today={dutchToday()}
        canEdit={user !== null && can(user, 'edit-programme')}
      />,
      { title: consultation.title, description: consultation.summary },
    );
  });

  return app;
}
