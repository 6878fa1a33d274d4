// SPDX-License-Identifier: EUPL-1.2
import { Hono } from 'hono';
import { t } from '../platform/i18n.ts';
import { AboutPage } from './views/about-page.tsx';

export function aboutRoutes() {
  const app = new Hono();
  app.get('/', (c) => c.render(<AboutPage />, { title: t('about.title') }));
  return app;
}
