// SPDX-License-Identifier: EUPL-1.2
// What the programme adds to the site's shared pages: the home page, a wijk's page and the news.

import type { Db } from '../db/client.ts';
import type { SignedInUser } from '../platform/auth/sessions.ts';
import type { HomeIntro as Intro, NewsItem } from '../platform/part.ts';
import { programmePaths } from './paths.ts';
import * as service from './service.ts';
import { MeasuresDashboardSection } from './views/dashboard-page.tsx';
import { HomeIntro, HomeSections } from './views/home-sections.tsx';
import { statusLabel, statusTone } from './views/measure-status.tsx';
import { WijkSection } from './views/wijk-section.tsx';

export async function homeIntro(db: Db): Promise<Intro | null> {
  const programme = await service.getProgramme(db);
  if (!programme) return null;
  return { content: <HomeIntro programme={programme} />, description: programme.mission };
}

export async function homeSections(db: Db) {
  const [lines, top10] = await Promise.all([
    service.listLines(db),
    service.listMeasures(db, { kind: 'priority' }),
  ]);
  return <HomeSections lines={lines} top10={top10} />;
}

export async function wijkSection(db: Db, wijkSlug: string) {
  const measures = await service.listMeasures(db, { wijk: wijkSlug });
  return <WijkSection measures={measures} />;
}

/** The staff dashboard's block: the measures this staff member may edit. */
export async function dashboardSection(db: Db, user: SignedInUser) {
  const measures = await service.listEditableMeasures(db, user);
  return <MeasuresDashboardSection user={user} measures={measures} />;
}

/** Progress updates on measures, newest first. */
export async function news(db: Db, limit: number): Promise<NewsItem[]> {
  const updates = await service.listLatestUpdates(db, limit);
  return updates.map((u) => ({
    anchor: `update-${u.id}`,
    href: programmePaths.measure(u.measure.slug),
    title: u.measure.title,
    body: u.body,
    publishedOn: u.publishedOn,
    createdAt: u.createdAt,
    status: { label: statusLabel(u.measure.status), tone: statusTone(u.measure.status) },
  }));
}
