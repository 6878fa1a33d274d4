// SPDX-License-Identifier: EUPL-1.2
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { getWijk, listWijken } from '../places/service.ts';
import { cacheable } from '../platform/http/page-cache.ts';
import { t } from '../platform/i18n.ts';
import type { Part, PartDeps } from '../platform/part.ts';
import { atomFeed } from './feed.ts';
import { sitePaths } from './paths.ts';
import { latestNews, searchAll } from './service.ts';
import { AboutPage } from './views/about-page.tsx';
import { HomePage } from './views/home-page.tsx';
import { UpdatesPage } from './views/news-page.tsx';
import { SearchPage } from './views/search-page.tsx';
import { WijkPage } from './views/wijk-page.tsx';
import { WijkenPage } from './views/wijken-page.tsx';

function notFound(): never {
  throw new HTTPException(404);
}

/**
 * The pages that belong to no single part: home, the wijken, news, search and about. Each is put together
 * from what the parts contribute (src/platform/part.ts), in the order of src/parts.ts.
 */
export function siteRoutes({ database, config }: PartDeps, parts: readonly Part[]) {
  const { db } = database;
  const app = new Hono();

  app.get(sitePaths.home, cacheable, async (c) => {
    const [intros, wijken, sections, updates] = await Promise.all([
      Promise.all(parts.flatMap((part) => (part.homeIntro ? [part.homeIntro(db)] : []))),
      listWijken(db),
      Promise.all(parts.flatMap((part) => (part.homeSections ? [part.homeSections(db)] : []))),
      latestNews(db, parts, 5),
    ]);
    // The home page introduces the programme; without one (an empty database) there is nothing to show.
    if (intros.length === 0 || intros.some((intro) => intro === null)) notFound();
    const shown = intros.flatMap((intro) => (intro ? [intro] : []));
    return c.render(
      <HomePage
        intros={shown.map((intro) => intro.content)}
        wijken={wijken}
        sections={sections}
        updates={updates}
      />,
      { title: t('home.title'), description: shown.map((intro) => intro.description).join(' ') },
    );
  });

  app.get(sitePaths.wijken, cacheable, async (c) => {
    const wijken = await listWijken(db);
    return c.render(<WijkenPage wijken={wijken} />, { title: t('wijk.list.title') });
  });

  app.get('/wijken/:slug', cacheable, async (c) => {
    const slug = c.req.param('slug');
    const [wijk, wijken, sections] = await Promise.all([
      getWijk(db, slug),
      listWijken(db),
      Promise.all(parts.flatMap((part) => (part.wijkSection ? [part.wijkSection(db, slug)] : []))),
    ]);
    if (!wijk) notFound();
    return c.render(<WijkPage wijk={wijk} wijken={wijken} sections={sections} />, {
      title: t('wijk.title', { name: wijk.name }),
    });
  });

  app.get(sitePaths.news, cacheable, async (c) => {
    const updates = await latestNews(db, parts, 50);
    return c.render(<UpdatesPage updates={updates} />, { title: t('updates.title') });
  });

  app.get(sitePaths.newsFeed, cacheable, async (c) => {
    const updates = await latestNews(db, parts, 50);
    c.header('content-type', 'application/atom+xml; charset=utf-8');
    return c.body(atomFeed(updates, config.PUBLIC_URL));
  });

  app.get(sitePaths.search, async (c) => {
    const query = (c.req.query('q') ?? '').trim();
    if (query === '') return c.render(<SearchPage query="" hits={null} />, { title: t('search.title') });
    if (query.length > 200) {
      c.status(400);
      return c.render(<SearchPage query={query} hits={null} error={t('search.tooLong')} />, {
        title: t('search.title'),
        hasErrors: true,
      });
    }
    const hits = await searchAll(db, parts, query);
    return c.render(<SearchPage query={query} hits={hits} />, { title: t('search.resultsTitle', { query }) });
  });

  app.get(sitePaths.about, cacheable, (c) => c.render(<AboutPage />, { title: t('about.title') }));

  return app;
}
