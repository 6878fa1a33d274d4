// SPDX-License-Identifier: EUPL-1.2

import { WijkMap } from '../../places/index.ts';
import type { WijkWithBuurten } from '../../places/service.ts';
import { t } from '../../platform/i18n.ts';
import { sitePaths } from '../paths.ts';

export function WijkenPage({ wijken }: { wijken: WijkWithBuurten[] }) {
  return (
    <>
      <h1 class="utrecht-heading-1">{t('wijk.list.title')}</h1>
      <p class="utrecht-paragraph">{t('wijk.list.intro')}</p>
      <div class="wijk-picker">
        <ul class="wijk-picker__list">
          {wijken.map((w) => (
            <li>
              <a class="utrecht-link wijk-picker__link" href={sitePaths.wijk(w.slug)}>
                {w.name}
              </a>
              <p class="utrecht-paragraph">{w.description}</p>
            </li>
          ))}
        </ul>
        <WijkMap wijken={wijken} />
      </div>
      <p class="utrecht-paragraph muted">{t('wijk.cbsNote')}</p>
    </>
  );
}
