// SPDX-License-Identifier: EUPL-1.2
import type { Db } from '../db/client.ts';
import type { NewsItem, Part, SearchHit } from '../platform/part.ts';

/** Asks every part for its hits and merges them: best rank first, then by title. */
export async function searchAll(
  db: Db,
  parts: readonly Part[],
  query: string,
  limit = 50,
): Promise<SearchHit[]> {
  const perPart = await Promise.all(
    parts.flatMap((part) => (part.search ? [part.search(db, query, limit)] : [])),
  );
  return perPart
    .flat()
    .sort((a, b) => b.rank - a.rank || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0))
    .slice(0, limit);
}

/** The latest news of every part, newest first (a part's own order is kept within a day). */
export async function latestNews(db: Db, parts: readonly Part[], limit: number): Promise<NewsItem[]> {
  const perPart = await Promise.all(parts.flatMap((part) => (part.news ? [part.news(db, limit)] : [])));
  return perPart
    .flat()
    .sort((a, b) => (a.publishedOn < b.publishedOn ? 1 : a.publishedOn > b.publishedOn ? -1 : 0))
    .slice(0, limit);
}
