// SPDX-License-Identifier: EUPL-1.2
import { Hono } from 'hono';
import { recordAudit } from '../audit/service.ts';
import { currentUser, requirePermission } from '../auth/guards.ts';
import type { AppDeps } from '../context.ts';
import { t } from '../i18n.ts';
import { platformPaths } from '../paths.ts';
import { FailedMailPage } from './views/failed-mail-page.tsx';

/** Staff see the mails that could not be delivered after every retry, and send one again. */
export function mailRoutes({ database, outbox }: AppDeps) {
  const app = new Hono();
  app.use('*', requirePermission('manage-mail'));
  app.get('/', async (c) => {
    const notice = c.req.query('opnieuw') === '1' ? t('admin.mail.retried') : null;
    return c.render(
      <FailedMailPage mails={await outbox.failed()} csrfToken={c.get('csrfToken')()} notice={notice} />,
      { title: t('admin.mail.title') },
    );
  });
  app.post('/:id/opnieuw', async (c) => {
    const id = c.req.param('id');
    const retried = await outbox.retry(id);
    if (retried) {
      await recordAudit(database.db, {
        user: currentUser(c),
        action: 'mail.retry',
        entityType: 'mail',
        entityId: id,
      });
    }
    return c.redirect(retried ? `${platformPaths.staff.mail}?opnieuw=1` : platformPaths.staff.mail, 303);
  });
  return app;
}
