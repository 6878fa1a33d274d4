// SPDX-License-Identifier: EUPL-1.2
import { Hono } from 'hono';
import { z } from 'zod';
import { listWijken } from '../places/service.ts';
import type { AppDeps } from '../platform/context.ts';
import { toCsv } from '../platform/csv.ts';
import { t } from '../platform/i18n.ts';
import { programmePaths } from './paths.ts';
import { measureStatuses } from './rules.ts';
import * as service from './service.ts';
import type { MeasureKind } from './types.ts';

/** Measures per page of /measures: 50 unless asked, at most 100. */
export const measurePaging = { defaultPerPage: 50, maxPerPage: 100 } as const;

const wholeNumber = /^[1-9][0-9]{0,8}$/;

const measureQuery = z.object({
  line: z.string().max(100).optional(),
  wijk: z.string().max(100).optional(),
  status: z.enum(measureStatuses).optional(),
  alliance: z.string().max(100).optional(),
  page: z.string().regex(wholeNumber, t('programme.api.page.invalid')).transform(Number).optional(),
  per_page: z
    .string()
    .regex(wholeNumber, t('programme.api.perPage.invalid', { max: measurePaging.maxPerPage }))
    .transform(Number)
    .refine(
      (n) => n <= measurePaging.maxPerPage,
      t('programme.api.perPage.invalid', { max: measurePaging.maxPerPage }),
    )
    .optional(),
});

/** RFC 8288 Link header: first, prev, next and last pages, with the request's other parameters kept. */
export function pageLinks(url: string, page: number, lastPage: number): string {
  const at = (n: number) => {
    const target = new URL(url);
    target.searchParams.set('page', String(n));
    return `<${target.pathname}${target.search}>`;
  };
  const links = [`${at(1)}; rel="first"`];
  if (page > 1) links.push(`${at(Math.min(page - 1, lastPage))}; rel="prev"`);
  if (page < lastPage) links.push(`${at(page + 1)}; rel="next"`);
  links.push(`${at(lastPage)}; rel="last"`);
  return links.join(', ');
}

function measureJson(m: service.MeasureSummary) {
  return {
    id: m.id,
    slug: m.slug,
    title: m.title,
    summary: m.summary,
    kind: m.kind as MeasureKind,
    top10_rank: m.top10Rank,
    status: m.status,
    lines: m.lines.map((l) => l.slug),
    wijken: m.wijken.map((w) => w.slug),
    alliance: m.alliance?.slug ?? null,
    budget_euros: m.budgetEuros,
    funding_source: m.fundingSource,
    latest_update: m.latestUpdate
      ? { published_on: m.latestUpdate.publishedOn, body: m.latestUpdate.body }
      : null,
    source: m.source,
    updated_at: m.updatedAt.toISOString(),
  };
}

/** The register as open data: read-only JSON under /api/v1, and the measures as CSV. */
export function programmeApi({ database }: AppDeps) {
  const { db } = database;
  const app = new Hono();

  app.get('/programme', async (c) => {
    const p = await service.getProgramme(db);
    if (!p) return c.json({ error: 'not_found', message: 'Er is nog geen programma geladen.' }, 404);
    return c.json({
      name: p.name,
      mission: p.mission,
      summary: p.summary,
      partnerraad: p.partnerraad,
      source: p.source,
    });
  });

  app.get('/lines', async (c) => {
    const lines = await service.listLines(db);
    return c.json(
      lines.map((l) => ({
        slug: l.slug,
        name: l.name,
        position: l.position,
        ambition_title: l.ambitionTitle,
        ambition: l.ambition,
        goals: l.goals.map((g) => g.slug),
        source: l.source,
      })),
    );
  });

  app.get('/goals', async (c) => {
    const goals = await service.listGoals(db);
    return c.json(
      goals.map((g) => ({
        slug: g.slug,
        line: g.line.slug,
        title: g.title,
        description: g.description,
        target_value: g.targetValue,
        target_unit: g.targetUnit,
        target_year: g.targetYear,
        source: g.source,
      })),
    );
  });

  app.get('/measures', async (c) => {
    const query = measureQuery.safeParse(c.req.query());
    if (!query.success) {
      const errors = z.flattenError(query.error).fieldErrors;
      const paging = errors.page?.[0] ?? errors.per_page?.[0];
      return c.json({ error: 'bad_request', message: paging ?? t('programme.api.badFilter'), errors }, 400);
    }
    const { page = 1, per_page: perPage = measurePaging.defaultPerPage, ...filter } = query.data;
    const [measures, total] = await Promise.all([
      service.listMeasures(db, filter, { limit: perPage, offset: (page - 1) * perPage }),
      service.countMeasures(db, filter),
    ]);
    const lastPage = Math.max(1, Math.ceil(total / perPage));
    if (page > lastPage) {
      const message = t('programme.api.page.beyond', { last: lastPage });
      return c.json({ error: 'bad_request', message, errors: { page: [message] } }, 400);
    }
    c.header('link', pageLinks(c.req.url, page, lastPage));
    c.header('x-total-count', String(total));
    c.header('x-total-pages', String(lastPage));
    return c.json(measures.map(measureJson));
  });

  app.get('/measures.csv', async (c) => {
    const measures = await service.listMeasures(db);
    const csv = toCsv(
      [
        'id',
        'slug',
        'title',
        'kind',
        'top10_rank',
        'status',
        'lines',
        'wijken',
        'alliance',
        'budget_euros',
        'funding_source',
        'source_file',
        'source_section',
        'url',
      ],
      measures.map((m) => [
        m.id,
        m.slug,
        m.title,
        m.kind,
        m.top10Rank,
        m.status,
        m.lines.map((l) => l.slug).join(' '),
        m.wijken.map((w) => w.slug).join(' '),
        m.alliance?.slug ?? '',
        m.budgetEuros,
        m.fundingSource,
        m.source?.file ?? '',
        m.source?.section ?? '',
        programmePaths.measure(m.slug),
      ]),
    );
    c.header('content-type', 'text/csv; charset=utf-8');
    c.header('content-disposition', 'attachment; filename="maatregelen.csv"');
    return c.body(csv);
  });

  app.get('/measures/:id', async (c) => {
    const key = c.req.param('id');
    const measure = /^\d+$/.test(key)
      ? await service.getMeasureById(db, Number(key))
      : await service.getMeasure(db, key);
    if (!measure) return c.json({ error: 'not_found', message: 'Deze maatregel bestaat niet.' }, 404);
    return c.json({
      id: measure.id,
      slug: measure.slug,
      title: measure.title,
      summary: measure.summary,
      description: measure.description,
      kind: measure.kind,
      top10_rank: measure.top10Rank,
      status: measure.status,
      lines: measure.lines.map((l) => l.slug),
      goals: measure.goals.map((g) => g.slug),
      wijken: measure.wijken.map((w) => w.slug),
      alliance: measure.alliance?.slug ?? null,
      partners: measure.partners.map((p) => p.slug),
      budget_euros: measure.budgetEuros,
      funding_source: measure.fundingSource,
      source: measure.source,
      updates: measure.updates.map((u) => ({ published_on: u.publishedOn, body: u.body })),
      status_history: measure.statusHistory.map((s) => ({
        from: s.fromStatus,
        to: s.toStatus,
        note: s.reason,
        changed_at: s.changedAt ? s.changedAt.toISOString() : null,
      })),
      updated_at: measure.updatedAt.toISOString(),
    });
  });

  app.get('/wijken', async (c) => {
    const wijken = await listWijken(db);
    return c.json(
      wijken.map((w) => ({
        slug: w.slug,
        name: w.name,
        cbs_code: w.cbsCode,
        description: w.description,
        buurten: w.buurten.map((b) => ({ code: b.code, name: b.name })),
        source: w.source,
      })),
    );
  });

  app.get('/alliances', async (c) => {
    const alliances = await service.listAlliances(db);
    return c.json(
      alliances.map((a) => ({
        slug: a.slug,
        name: a.name,
        description: a.description,
        lines: a.lines.map((l) => l.slug),
        partners: a.partners.map((p) => p.slug),
        source: a.source,
      })),
    );
  });

  app.get('/partners', async (c) => {
    const partners = await service.listPartners(db);
    return c.json(
      partners.map((p) => ({
        slug: p.slug,
        name: p.name,
        alliances: p.alliances.map((a) => a.slug),
        source: p.source,
      })),
    );
  });

  app.get('/budget', async (c) => {
    const [funds, tables] = await Promise.all([service.listFunds(db), service.listBudgetTables(db)]);
    return c.json({
      funds: funds.map((f) => ({
        slug: f.slug,
        name: f.name,
        description: f.description,
        total_euros: f.totalEuros,
        contributions: f.contributions.map((x) => ({
          contributor: x.contributor,
          amount_euros: x.amountEuros,
          source: x.source,
        })),
        source: f.source,
      })),
      tables: tables.map((tb) => ({
        slug: tb.slug,
        title: tb.title,
        period: tb.period,
        unit: tb.unit,
        rows: tb.rows.map((r) => ({ label: r.label, lasten: r.lasten, baten: r.baten, saldo: r.saldo })),
        source: tb.source,
      })),
    });
  });

  return app;
}
