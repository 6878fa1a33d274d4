// SPDX-License-Identifier: EUPL-1.2
/**
 * What the public sees of initiatives: only approved ones whose applicant agreed to publication, and
 * of those only the initiative itself (title, description, buurt, wijk, amount, dates, people taking
 * part). Never the group, the contact person, an address, a phone number or an attachment.
 */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { buurten, wijken } from '../places/schema.ts';
import { publishableStatuses } from './rules.ts';
import { initiatives } from './schema.ts';

export interface PublicInitiative {
  id: number;
  title: string;
  description: string;
  status: string;
  buurt: string | null;
  wijkSlug: string;
  wijk: string;
  grantedEuros: number | null;
  participants: number | null;
  startsOn: string | null;
  year: number;
  demo: boolean;
}

/** The condition every public query starts from: approved, consented, examples only in the demo. */
function publicCondition(includeDemo: boolean) {
  return and(
    inArray(initiatives.status, [...publishableStatuses]),
    eq(initiatives.publishConsent, true),
    includeDemo ? undefined : eq(initiatives.demo, false),
  );
}

const year = sql<number>`extract(year from coalesce(${initiatives.receivedAt}, ${initiatives.createdAt}))::int`;

/** The published initiatives, newest first; one row per wijk the buurt lies in. */
export async function listPublicInitiatives(
  db: Db,
  options: { wijkSlug?: string | undefined; includeDemo: boolean },
): Promise<PublicInitiative[]> {
  const rows = await db
    .select({
      id: initiatives.id,
      title: initiatives.title,
      description: initiatives.description,
      status: initiatives.status,
      buurt: buurten.name,
      wijkSlug: wijken.slug,
      wijk: wijken.name,
      grantedEuros: initiatives.grantedEuros,
      participants: initiatives.participants,
      startsOn: initiatives.startsOn,
      year,
      demo: initiatives.demo,
    })
    .from(initiatives)
    .innerJoin(buurten, eq(buurten.code, initiatives.buurtCode))
    .innerJoin(wijken, eq(wijken.cbsCode, buurten.cbsWijkCode))
    .where(
      and(
        publicCondition(options.includeDemo),
        options.wijkSlug ? eq(wijken.slug, options.wijkSlug) : undefined,
      ),
    )
    .orderBy(desc(initiatives.startsOn), desc(initiatives.id));
  return rows.map((r) => ({
    ...r,
    title: r.title ?? '',
    description: r.description ?? '',
    year: Number(r.year),
  }));
}

export interface WijkFigures {
  wijkSlug: string;
  wijk: string;
  year: number;
  initiatives: number;
  grantedEuros: number;
  peopleReached: number;
}

/**
 * Figures per wijk and year over the published initiatives: how many, the amount granted, and the
 * people taking part as the applicants expected them (the accountability's count comes later).
 */
export async function figuresPerWijk(db: Db, includeDemo: boolean): Promise<WijkFigures[]> {
  const rows = await db
    .select({
      wijkSlug: wijken.slug,
      wijk: wijken.name,
      year,
      initiatives: sql<number>`count(*)::int`,
      grantedEuros: sql<number>`coalesce(sum(${initiatives.grantedEuros}), 0)::int`,
      peopleReached: sql<number>`coalesce(sum(${initiatives.participants}), 0)::int`,
    })
    .from(initiatives)
    .innerJoin(buurten, eq(buurten.code, initiatives.buurtCode))
    .innerJoin(wijken, eq(wijken.cbsCode, buurten.cbsWijkCode))
    .where(publicCondition(includeDemo))
    .groupBy(wijken.slug, wijken.name, wijken.position, year)
    .orderBy(desc(year), asc(wijken.position));
  return rows.map((r) => ({
    ...r,
    year: Number(r.year),
    initiatives: Number(r.initiatives),
    grantedEuros: Number(r.grantedEuros),
    peopleReached: Number(r.peopleReached),
  }));
}
