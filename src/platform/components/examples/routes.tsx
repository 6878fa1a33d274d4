// SPDX-License-Identifier: EUPL-1.2
/**
 * /beheer/voorbeelden: one page per kit component, for staff (who build pages with them) and for the
 * browser tests, which run axe on each page at 360 px without JavaScript. The geometry for the map is
 * passed in by app.ts, so the platform imports no part.
 */
import { Hono } from 'hono';
import { requireUser } from '../../auth/guards.ts';
import { t } from '../../i18n.ts';
import {
  type ExampleGeometry,
  ExampleIndexPage,
  type ExampleQuery,
  type ExampleSlug,
  examplePages,
} from './pages.tsx';

export { exampleSlugs } from './pages.tsx';
export type { ExampleGeometry };

export function componentExampleRoutes({ geometry }: { geometry: ExampleGeometry }) {
  const app = new Hono();
  app.use('*', requireUser);
  app.get('/', (c) => c.render(<ExampleIndexPage />, { title: t('kit.examples.title') }));
  app.get('/:slug', (c) => {
    const slug = c.req.param('slug');
    if (!Object.hasOwn(examplePages, slug)) return c.notFound();
    const example = examplePages[slug as ExampleSlug];
    const query: ExampleQuery = {
      one: (name) => c.req.query(name),
      all: (name) => c.req.queries(name) ?? [],
    };
    return c.render(<example.Page geometry={geometry} query={query} />, { title: t(example.title) });
  });
  return app;
}
