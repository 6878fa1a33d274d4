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

/** The programme's block on the staff dashboard (/beheer): the measures this staff member may edit. */
export function MeasuresDashboardSection({ user, measures }: Props) {
  return (
    <>
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
