// SPDX-License-Identifier: EUPL-1.2
import { Hono } from 'hono';
import { requirePermission } from '../auth/guards.ts';
import type { AppDeps } from '../context.ts';
import { t } from '../i18n.ts';
import { listAudit } from './service.ts';
import { AuditPage } from './views/audit-page.tsx';

export function auditRoutes({ database }: AppDeps) {
  const app = new Hono();
  app.use('*', requirePermission('view-audit-log'));
  app.get('/', async (c) =>
    c.render(<AuditPage entries={await listAudit(database.db)} />, { title: t('admin.audit.title') }),
  );
  return app;
}
