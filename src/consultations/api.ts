// SPDX-License-Identifier: EUPL-1.2
import { Hono } from 'hono';
import ical from 'ical-generator';
import { z } from 'zod';
import type { AppDeps } from '../platform/context.ts';
import * as contributions from './contribution-service.ts';
import { consultationsPaths } from './paths.ts';
import { dutchToday } from './routes.tsx';
import { phaseOn } from './rules.ts';
import * as service from './service.ts';

const listQuery = z.object({
  wijk: z.string().max(100).optional(),
});
const contributionsQuery = z.object({
  consultation: z.string().min(1).max(200),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
const apiPageSize = 100;

function badRequest(error: z.ZodError) {
  return {
    error: 'bad_request',
    message: 'Onbekende of ongeldige waarde in de vraag.',
    errors: z.flattenError(error).fieldErrors,
  };
}

/** The day after, for an all-day event whose end is exclusive in iCalendar. */
function dayAfter(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Consultations and their public contributions as open data: JSON and an iCalendar feed. No personal data. */
export function consultationsApi({ database, config }: AppDeps) {
  const { db } = database;
  const app = new Hono();

  app.get('/consultations', async (c) => {
    const query = listQuery.safeParse(c.req.query());
    if (!query.success) return c.json(badRequest(query.error), 400);
    const rows = await service.listConsultations(db, { wijk: query.data.wijk });
    const today = dutchToday();
    const figures = await contributions.figuresPerConsultation(
      db,
      rows.map((r) => r.id),
      today,
    );
    return c.json(
      rows.map((r) => ({
        slug: r.slug,
        title: r.title,
        organiser: r.organiser,
        summary: r.summary,
        wijk: r.wijkSlug,
        buurten: r.buurtCodes,
        starts_on: r.startsOn,
        ends_on: r.endsOn,
        status: phaseOn(r, today),
        level: r.level,
        open_for_discussion: r.openForDiscussion,
        not_open_for_discussion: r.notOpenForDiscussion,
        answer_promised_on: r.answerPromisedOn,
        method: r.method,
        summary_after_closing: r.summarisedAt
          ? {
              heard: r.heard,
              will_do: r.willDo,
              wont_do: r.wontDo,
              published_at: r.summarisedAt.toISOString(),
            }
          : null,
        answers: figuresJson(figures.get(r.id)),
        example: r.demo,
        url: `${config.PUBLIC_URL}${consultationsPaths.consultation(r.slug)}`,
      })),
    );
  });

  app.get('/consultations.ics', async (c) => {
    const query = listQuery.safeParse(c.req.query());
    if (!query.success) return c.json(badRequest(query.error), 400);
    const rows = await service.listConsultations(db, { wijk: query.data.wijk });
    const calendar = ical({
      name: 'Inspraak in Zuidwest',
      prodId: { company: 'Open Zuidwest', product: 'inspraak', language: 'NL' },
    });
    for (const r of rows) {
      calendar.createEvent({
        id: `consultation-${r.id}@${new URL(config.PUBLIC_URL).host}`,
        // All-day dates in iCalendar are plain dates: built from noon UTC so no zone moves them a day.
        start: new Date(`${r.startsOn}T12:00:00Z`),
        end: new Date(`${dayAfter(r.endsOn)}T12:00:00Z`),
        allDay: true,
        summary: r.demo ? `Voorbeeld: ${r.title}` : r.title,
        description: `${r.summary}\n\nOrganisator: ${r.organiser}. Wijk: ${r.wijkName}.`,
        url: `${config.PUBLIC_URL}${consultationsPaths.consultation(r.slug)}`,
      });
    }
    return c.body(calendar.toString(), 200, { 'content-type': 'text/calendar; charset=utf-8' });
  });

  app.get('/contributions', async (c) => {
    const query = contributionsQuery.safeParse(c.req.query());
    if (!query.success) return c.json(badRequest(query.error), 400);
    const consultation = await service.getConsultation(db, query.data.consultation);
    if (!consultation)
      return c.json({ error: 'not_found', message: 'Dit inspraakmoment bestaat niet.' }, 404);
    const [rows, total] = await Promise.all([
      contributions.listPublicContributions(db, consultation.id, {
        limit: apiPageSize,
        offset: (query.data.page - 1) * apiPageSize,
      }),
      contributions.countContributions(db, consultation.id),
    ]);
    return c.json({
      consultation: consultation.slug,
      page: query.data.page,
      pages: Math.max(1, Math.ceil(total / apiPageSize)),
      total,
      contributions: rows.map((r) => ({
        id: r.id,
        received_at: r.createdAt.toISOString(),
        channel: r.channel,
        people: r.peopleCount,
        status: r.status,
        text: r.body,
        moderation_reason: r.moderationReason,
        merged_into: r.mergedIntoId,
        answer:
          r.answer && r.answeredAt
            ? { text: r.answer, answered_at: r.answeredAt.toISOString(), by: consultation.organiser }
            : null,
        example: r.demo,
      })),
    });
  });

  return app;
}

function figuresJson(f: contributions.FiguresRow | undefined) {
  return {
    contributions: f?.total ?? 0,
    answered: f?.answered ?? 0,
    share_answered: f?.shareAnswered ?? null,
    median_days_to_answer: f?.medianDaysToAnswer ?? null,
    overdue: f?.overdue ?? 0,
  };
}
