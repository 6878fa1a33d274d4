// SPDX-License-Identifier: EUPL-1.2

import { t } from '../../platform/i18n.ts';
import { programmePaths } from '../paths.ts';
import type { MeasureSummary } from '../service.ts';
import { MeasureList } from './measure-list.tsx';

/** The programme's part of a wijk's overview page: the activities and measures in that wijk. */
export function WijkSection({ measures }: { measures: MeasureSummary[] }) {
  const activities = measures.filter((m) => m.kind === 'activity');
  const others = measures.filter((m) => m.kind !== 'activity');
  return (
    <>
      <h2 class="utrecht-heading-2">{t('wijk.activities.title')}</h2>
      <MeasureList measures={activities} />

      <h2 class="utrecht-heading-2">{t('wijk.measures.title')}</h2>
      <MeasureList measures={others} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={programmePaths.measures}>
          {t('wijk.allZuidwest')}
        </a>
      </p>
    </>
  );
}
