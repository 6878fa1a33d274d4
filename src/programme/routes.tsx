// SPDX-License-Identifier: EUPL-1.2
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppDeps } from '../platform/context.ts';
import { cacheable } from '../platform/http/page-cache.ts';
import { t } from '../platform/i18n.ts';
import { wijkbudgetOrigin } from '../wijkbudget/service.ts';
import { measureFilterQuery, measuresPerPage } from './forms.ts';
import { canEditMeasure } from './permissions.ts';
import * as service from './service.ts';
import { AlliancePage, AlliancesPage } from './views/alliances-page.tsx';
import { FinancePage } from './views/finance-page.tsx';
import { LinePage } from './views/line-page.tsx';
import { MeasurePage } from './views/measure-page.tsx';
import { MeasuresPage } from './views/measures-page.tsx';
import { GoalsPage, ProgrammePage } from './views/programme-page.tsx';

function notFound(): never {
  throw new HTTPException(404);
}

/** The public register: every page is plain HTML that needs no JavaScript. */
export function programmeRoutes({ database }: AppDeps) {
  const { db } = database;
  const app = new Hono();

  app.get('/programma', cacheable, async (c) => {
    const [programme, lines, top10] = await Promise.all([
      service.getProgramme(db),
      service.listLines(db),
      service.listMeasures(db, { kind: 'priority' }),
    ]);
    if (!programme) notFound();
    return c.render(<ProgrammePage programme={programme} lines={lines} top10={top10} />, {
      title: programme.name,
    });
  });

  app.get('/programma/doelen', cacheable, async (c) => {
    const lines = await service.listLines(db);
    return c.render(<GoalsPage lines={lines} />, { title: t('programme.goals.pageTitle') });
  });

  app.get('/programma/top-10', (c) => c.redirect('/programma#top10', 301));

  app.get('/programma/lijnen/:slug', cacheable, async (c) => {
    const line = (await service.getLine(db, c.req.param('slug'))) ?? notFound();
    return c.render(<LinePage line={line} />, { title: line.name });
  });

  app.get('/maatregelen', cacheable, async (c) => {
    const filter = measureFilterQuery.safeParse(c.req.query());
    const query = filter.success ? filter.data : {};
    const measureFilter = {
      line: query.lijn || undefined,
      wijk: query.wijk || undefined,
      status: query.status,
      alliance: query.alliantie || undefined,
    };
    const page = query.pagina ?? 1;
    const [measures, total, options] = await Promise.all([
      service.listMeasures(db, measureFilter, {
        limit: measuresPerPage,
        offset: (page - 1) * measuresPerPage,
      }),
      service.countMeasures(db, measureFilter),
      service.listMeasureFormOptions(db),
    ]);
    return c.render(
      <MeasuresPage
        measures={measures}
        total={total}
        page={page}
        pageCount={Math.max(1, Math.ceil(total / measuresPerPage))}
        filter={query}
        lines={options.lines}
        wijken={options.wijken}
        alliances={options.alliances}
      />,
      { title: t('programme.measures.title') },
    );
  });

  app.get('/maatregelen/:slug', cacheable, async (c) => {
    const measure = (await service.getMeasure(db, c.req.param('slug'))) ?? notFound();
    const user = c.get('user');
    const canEdit = user !== null && canEditMeasure(user, measure);
    const origin = await wijkbudgetOrigin(db, measure.id);
    return c.render(<MeasurePage measure={measure} canEdit={canEdit} origin={origin} />, {
      title: measure.title,
      description: measure.summary,
    });
  });

  app.get('/allianties', cacheable, async (c) => {
    const [alliances, partners] = await Promise.all([service.listAlliances(db), service.listPartners(db)]);
    return c.render(<AlliancesPage alliances={alliances} partners={partners} />, {
      title: t('programme.alliances.title'),
    });
  });

  app.get('/allianties/:slug', cacheable, async (c) => {
    const alliance = (await service.getAlliance(db, c.req.param('slug'))) ?? notFound();
    return c.render(<AlliancePage alliance={alliance} />, { title: alliance.name });
  });

  app.get('/financien', cacheable, async (c) => {
    const [funds, tables] = await Promise.all([service.listFunds(db), service.listBudgetTables(db)]);
    return c.render(<FinancePage funds={funds} tables={tables} />, { title: t('finance.title') });
  });

  return app;
}
