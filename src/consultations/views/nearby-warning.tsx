// SPDX-License-Identifier: EUPL-1.2
import { t } from '../../platform/i18n.ts';
import { consultationsPaths } from '../paths.ts';
import { datesText } from './parts.tsx';

export interface NearbyItem {
  id: number;
  title: string;
  organiser: string;
  startsOn: string;
  endsOn: string;
}

/** The 7-day warning: other consultations in the same wijk close in time. A warning, never a block. */
export function NearbyWarning({ nearby }: { nearby: NearbyItem[] }) {
  if (nearby.length === 0) return null;
  return (
    <div class="utrecht-alert utrecht-alert--warning" role="status">
      <h2 class="utrecht-heading-2">{t('consultations.nearby.title')}</h2>
      <p class="utrecht-paragraph">{t('consultations.nearby.intro')}</p>
      <ul class="utrecht-unordered-list">
        {nearby.map((n) => (
          <li>
            <a class="utrecht-link" href={consultationsPaths.admin.consultation(n.id)}>
              {t('consultations.nearby.item', {
                title: n.title,
                organiser: n.organiser,
                dates: datesText(n),
              })}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
