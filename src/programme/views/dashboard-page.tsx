// SPDX-License-Identifier: EUPL-1.2

import { can } from '../../platform/auth/roles.ts';
import type { SignedInUser } from '../../platform/auth/sessions.ts';
import { t } from '../../platform/i18n.ts';
import { programmePaths } from '../paths.ts';
import type { listEditableMeasures } from '../service.ts';
import { StatusTag } from './measure-status.tsx';

interface Props {
  user: SignedInUser;
  measures: Awaited<ReturnType<typeof listEditableMeasures>>;
}

const canWijkbudget = (user: SignedInUser) =>
  can(user, 'manage-wijkbudget') || can(user, 'enter-paper-ballots');

export function DashboardPage({ user, measures }: Props) {
  return (
    <>
      <h1 class="utrecht-heading-1">{t('admin.dashboard.title')}</h1>
      <p class="utrecht-paragraph">{t('admin.dashboard.role', { role: t(`auth.role.${user.role}`) })}</p>
      {can(user, 'manage-users') || can(user, 'view-audit-log') || canWijkbudget(user) ? (
        <ul class="utrecht-unordered-list">
          {canWijkbudget(user) ? (
            <li>
              <a class="utrecht-link" href="/beheer/wijkbudget">
                {t('admin.dashboard.wijkbudget')}
              </a>
            </li>
          ) : null}
          {can(user, 'manage-users') ? (
            <li>
              <a class="utrecht-link" href="/beheer/gebruikers">
                {t('admin.users.title')}
              </a>
            </li>
          ) : null}
          {can(user, 'view-audit-log') ? (
            <li>
              <a class="utrecht-link" href="/beheer/logboek">
                {t('admin.audit.title')}
              </a>
            </li>
          ) : null}
          {can(user, 'manage-mail') ? (
            <li>
              <a class="utrecht-link" href="/beheer/mail">
                {t('admin.mail.title')}
              </a>
            </li>
          ) : null}
        </ul>
      ) : null}
      <h2 class="utrecht-heading-2">{t('admin.dashboard.measures', { count: measures.length })}</h2>
      {can(user, 'edit-programme') ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={programmePaths.admin.lines}>
            {t('admin.lines.title')}
          </a>
        </p>
      ) : null}
      {can(user, 'create-measure') ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={programmePaths.admin.newMeasure}>
            {t('admin.new.title')}
          </a>
        </p>
      ) : null}
      {measures.length === 0 ? <p class="utrecht-paragraph">{t('admin.dashboard.noMeasures')}</p> : null}
      <ul class="plain-list">
        {measures.map((m) => (
          <li>
            <a class="utrecht-link" href={programmePaths.admin.measure(m.id)}>
              {m.title}
            </a>{' '}
            <span class="muted">({t(`programme.kind.${m.kind}`)})</span> <StatusTag status={m.status} />
          </li>
        ))}
      </ul>
    </>
  );
}
