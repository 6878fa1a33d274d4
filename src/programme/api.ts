// SPDX-License-Identifier: EUPL-1.2
import { Hono } from 'hono';
import { z } from 'zod';
import { listWijken } from '../places/service.ts';
import type { AppDeps } from '../platform/context.ts';
import { toCsv } from '../platform/csv.ts';
import { programmePaths } from './paths.ts';
import { measureStatuses } from './rules.ts';
import * as service from './service.ts';
import type { MeasureKind } from './types.ts';

const measureQuery = z.object({
  line: z.string().max(100).optional(),
  wijk: z.string().max(100).optional(),
  status: z.enum(measureStatuses).optional(),
  alliance: z.string().max(100).optional(),
});

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
      return c.json(
        {
          error: 'bad_request',
          message: 'Onbekende filterwaarde.',
          errors: z.flattenError(query.error).fieldErrors,
        },
        400,
      );
    }
    const measures = await service.listMeasures(db, query.data);
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
        changed_at: s.changedAt.toISOString(),
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
