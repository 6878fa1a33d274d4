// SPDX-License-Identifier: EUPL-1.2
import { asc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { prepared } from '../db/prepared.ts';
import { queryRows } from '../db/raw.ts';
import type { SearchHit } from '../platform/part.ts';
import { placesPaths } from './paths.ts';
import { buurten, wijken } from './schema.ts';

export type Buurt = typeof buurten.$inferSelect;

/** The buurten of a wijk as a JSON array ordered by code, inside a select from wijken. */
const buurtenOfWijk = sql<Buurt[]>`coalesce((
  select json_agg(json_build_object('code', b.code, 'name', b.name, 'cbsWijkCode', b.cbs_wijk_code) order by b.code)
    from buurten b where b.cbs_wijk_code = "wijken"."cbs_code"), '[]'::json)`;

/** The four wijken with their buurten, in one query. */
export async function listWijken(db: Db) {
  const query = prepared(db, 'wijken_list', (name) =>
    db
      .select({ ...getTableColumns(wijken), buurten: buurtenOfWijk })
      .from(wijken)
      .orderBy(asc(wijken.position))
      .prepare(name),
  );
  return query.execute();
}

export type WijkWithBuurten = Awaited<ReturnType<typeof listWijken>>[number];

/** A wijk with its buurten, or null. */
export async function getWijk(db: Db, slug: string): Promise<WijkWithBuurten | null> {
  const wijkBySlug = prepared(db, 'wijk_by_slug', (name) =>
    db
      .select({ ...getTableColumns(wijken), buurten: buurtenOfWijk })
      .from(wijken)
      .where(eq(wijken.slug, sql.placeholder('slug')))
      .prepare(name),
  );
  const [wijk] = await wijkBySlug.execute({ slug });
  return wijk ?? null;
}

/** The wijken a buurt lies in (two where CBS counts two wijken as one: Bouwlust and Vrederust). */
export async function wijkIdsOfBuurt(db: Db, buurtCode: string): Promise<number[]> {
  const rows = await db
    .select({ id: wijken.id })
    .from(wijken)
    .innerJoin(buurten, eq(buurten.cbsWijkCode, wijken.cbsCode))
    .where(eq(buurten.code, buurtCode));
  return rows.map((row) => row.id);
}

/** Full-text search over the wijken (Dutch configuration), for the site's search page. */
export async function searchWijken(db: Db, query: string, limit: number): Promise<SearchHit[]> {
  const q = sql`websearch_to_tsquery('dutch', ${query})`;
  const doc = sql`to_tsvector('dutch', name || ' ' || description)`;
  const rows = await queryRows<{ slug: string; title: string; text: string; rank: number }>(
    db,
    sql`
    select slug, name as title, description as text, ts_rank(${doc}, ${q}) as rank
      from wijken where ${doc} @@ ${q} order by rank desc limit ${limit}`,
  );
  return rows.map((row) => ({
    kind: 'search.type.wijk',
    title: row.title,
    text: row.text,
    href: placesPaths.wijk(row.slug),
    rank: Number(row.rank),
  }));
}
