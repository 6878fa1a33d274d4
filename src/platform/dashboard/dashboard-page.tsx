// SPDX-License-Identifier: EUPL-1.2
import type { Child } from 'hono/jsx';
import type { SignedInUser } from '../auth/sessions.ts';
import { t } from '../i18n.ts';
import type { StaffLink } from '../part.ts';

export function DashboardPage({
  user,
  links,
  sections,
}: {
  user: SignedInUser;
  links: readonly StaffLink[];
  sections: readonly (Child | null)[];
}) {
  return (
    <>
      <h1 class="utrecht-heading-1">{t('admin.dashboard.title')}</h1>
      <p class="utrecht-paragraph">{t('admin.dashboard.role', { role: t(`auth.role.${user.role}`) })}</p>
      <ul class="utrecht-unordered-list">
        {links.map((link) => (
          <li>
            <a class="utrecht-link" href={link.href}>
              {t(link.label)}
            </a>
          </li>
        ))}
      </ul>
      {sections}
    </>
  );
}
