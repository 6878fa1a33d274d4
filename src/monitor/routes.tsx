// SPDX-License-Identifier: EUPL-1.2
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { zuidwestMap } from '../places/index.ts';
import type { AppDeps } from '../platform/context.ts';
import { t } from '../platform/i18n.ts';
import { indicatorName } from './present.ts';
import { getIndicatorSeries, listIndicatorSeries } from './service.ts';
import { IndicatorPage } from './views/indicator-page.tsx';
import { MonitorPage } from './views/monitor-page.tsx';

const map = {
  width: zuidwestMap.width,
  height: zuidwestMap.height,
  buurten: zuidwestMap.buurten.map((b) => ({ ...b, name: b.label })),
  wijken: zuidwestMap.wijken,
};

/** /monitor and a page per indicator: server-rendered, no JavaScript. */
export function monitorRoutes({ database }: AppDeps) {
  const { db } = database;
  const app = new Hono();

  app.get('/', async (c) => {
    const series = await listIndicatorSeries(db);
    return c.render(<MonitorPage series={series} />, {
      title: t('monitor.title'),
      description: t('monitor.description'),
    });
  });

  app.get('/:key', async (c) => {
    const series = await getIndicatorSeries(db, c.req.param('key'));
    if (!series) throw new HTTPException(404);
    return c.render(<IndicatorPage series={series} map={map} />, { title: indicatorName(series.indicator) });
  });

  return app;
}
