// SPDX-License-Identifier: EUPL-1.2
/**
 * /api/v1/reports: non-sensitive reports as open data, read-only, and the figures. No personal data:
 * no contact details, no typed address, no description, no photo; the place is the buurt; the date a
 * day. Sensitive categories are never listed. Example reports (DEMO=1) carry `demo: true` and exist only
 * when the app runs with DEMO=1.
 */
import { Hono } from 'hono';
import type { AppDeps } from '../platform/context.ts';
import { referenceOf } from './rules.ts';
import * as service from './service.ts';

const day = (at: Date) => at.toISOString().slice(0, 10);

export function reportsApi({ database, config }: AppDeps) {
  const { db } = database;
  const demo = config.DEMO === '1';
  const app = new Hono();

  app.get('/', async (c) => {
    const wijk = c.req.query('wijk') || undefined;
    const limit = Math.min(Math.max(1, Number(c.req.query('limit')) || 100), 500);
    const offset = Math.max(0, Number(c.req.query('offset')) || 0);
    const [real, examples, buurten] = await Promise.all([
      service.listPublicReports(db, { wijk, demo: false, limit, offset }),
      demo ? service.listPublicReports(db, { wijk, demo: true, limit, offset }) : null,
      service.listBuurtChoices(db),
    ]);
    if (real === null) return c.json({ error: 'Onbekende wijk' }, 404);
    const rows = [...real.rows, ...(examples?.rows ?? [])];
    return c.json({
      total: real.total,
      reports: rows.map((r) => {
        const buurt = buurten.find((b) => b.code === r.buurtCode);
        return {
          reference: referenceOf(r.id),
          category: r.category,
          buurt: { code: r.buurtCode, name: buurt?.name ?? null },
          status: r.status,
          forwarded_to: r.status === 'forwarded' ? r.forwardedTo : null,
          answer: r.status === 'closed' ? r.publicAnswer : null,
          answered_on: r.status === 'closed' && r.answeredAt ? day(r.answeredAt) : null,
          received_on: day(r.createdAt),
          demo: r.demo,
        };
      }),
    });
  });

  app.get('/figures', async (c) => {
    const figures = await service.reportFigures(db, { demo: false, audience: 'public' });
    return c.json({
      all: figures.all,
      by_category: figures.byCategory.map((g) => ({ category: g.group, ...g.figures })),
      by_wijk: figures.byWijk.map((g) => ({ wijk: g.group.slug, name: g.group.name, ...g.figures })),
    });
  });

  return app;
}
