// SPDX-License-Identifier: EUPL-1.2
/**
 * /api/v1/initiatives: approved initiatives whose applicants agreed to publication, and figures per
 * wijk and year. No personal data: no group, contact, e-mail address, phone or attachment. Examples
 * (DEMO=1) carry `demo: true` and exist only in the demo.
 */
import { Hono } from 'hono';
import type { AppDeps } from '../platform/context.ts';
import { figuresPerWijk, listPublicInitiatives, type PublicInitiative } from './showcase.ts';

function initiativeJson(i: PublicInitiative) {
  return {
    id: i.id,
    title: i.title,
    description: i.description,
    status: i.status,
    wijk: i.wijkSlug,
    buurt: i.buurt,
    granted_euros: i.grantedEuros,
    participants_expected: i.participants,
    starts_on: i.startsOn,
    year: i.year,
    demo: i.demo,
  };
}

export function initiativesApi({ database, config }: AppDeps) {
  const app = new Hono();
  const includeDemo = config.DEMO === '1';
  app.get('/', async (c) => {
    const wijk = c.req.query('wijk');
    if (wijk !== undefined && !/^[a-z0-9-]{1,60}$/.test(wijk))
      return c.json({ error: 'Onbekende wijk' }, 400);
    const rows = await listPublicInitiatives(database.db, { wijkSlug: wijk, includeDemo });
    return c.json(rows.map(initiativeJson));
  });
  app.get('/figures', async (c) => {
    const rows = await figuresPerWijk(database.db, includeDemo);
    return c.json(
      rows.map((r) => ({
        wijk: r.wijkSlug,
        year: r.year,
        initiatives: r.initiatives,
        granted_euros: r.grantedEuros,
        people_reached: r.peopleReached,
      })),
    );
  });
  return app;
}
