// SPDX-License-Identifier: EUPL-1.2
import { Hono } from 'hono';
import { currentUser, requireUser } from '../auth/guards.ts';
import { can } from '../auth/roles.ts';
import type { AppDeps } from '../context.ts';
import { t } from '../i18n.ts';
import type { Part, StaffLink } from '../part.ts';
import { platformPaths } from '../paths.ts';
import { DashboardPage } from './dashboard-page.tsx';

/** The platform's own staff pages, listed on the dashboard after the parts' links. */
const platformLinks: StaffLink[] = [
  { href: platformPaths.staff.users, label: 'admin.users.title', anyOf: ['manage-users'] },
  { href: platformPaths.staff.auditLog, label: 'admin.audit.title', anyOf: ['view-audit-log'] },
  { href: platformPaths.staff.mail, label: 'admin.mail.title', anyOf: ['manage-mail'] },
  { href: platformPaths.staff.examples, label: 'kit.examples.title' },
];

/** The links a staff member may follow: a link without `anyOf` is for all staff. */
export function visibleLinks(links: readonly StaffLink[], user: Parameters<typeof can>[0]): StaffLink[] {
  return links.filter((link) => !link.anyOf || link.anyOf.some((action) => can(user, action)));
}

/** /beheer: the staff's start page, put together from what each part contributes. */
export function dashboardRoutes({ database }: AppDeps, parts: readonly Part[]) {
  const app = new Hono();
  const links = [...parts.flatMap((part) => part.staffLinks ?? []), ...platformLinks];
  app.get('/', requireUser, async (c) => {
    const user = currentUser(c);
    const sections = await Promise.all(
      parts.map((part) => part.dashboardSection?.(database.db, user) ?? null),
    );
    return c.render(<DashboardPage user={user} links={visibleLinks(links, user)} sections={sections} />, {
      title: t('admin.dashboard.title'),
    });
  });
  return app;
}
