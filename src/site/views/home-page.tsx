// SPDX-License-Identifier: EUPL-1.2

import type { Child } from 'hono/jsx';
import { WijkMap } from '../../places/index.ts';
import type { WijkWithBuurten } from '../../places/service.ts';
import { formatDate, t } from '../../platform/i18n.ts';
import type { NewsItem } from '../../platform/part.ts';
import { sitePaths } from '../paths.ts';

interface Props {
  /** The parts' introductions, then the wijk picker, then the parts' sections, then the news. */
  intros: Child[];
  wijken: WijkWithBuurten[];
  sections: Child[];
  updates: NewsItem[];
}

export function HomePage({ intros, wijken, sections, updates }: Props) {
  return (
    <>
      <h1 class="utrecht-heading-1">{t('home.title')}</h1>
      {intros}

      <section aria-labelledby="kies-wijk">
        <h2 class="utrecht-heading-2" id="kies-wijk">
          {t('home.pickWijk')}
        </h2>
        <div class="wijk-picker">
          <ul class="wijk-picker__list">
            {wijken.map((w) => (
              <li>
                <a class="utrecht-link wijk-picker__link" href={sitePaths.wijk(w.slug)}>
                  {w.name}
                </a>
              </li>
            ))}
          </ul>
          <WijkMap wijken={wijken} />
        </div>
      </section>

      {sections}

      <section aria-labelledby="nieuws">
        <h2 class="utrecht-heading-2" id="nieuws">
          {t('updates.title')}
        </h2>
        {updates.length === 0 ? (
          <p class="utrecht-paragraph">{t('updates.none')}</p>
        ) : (
          <ul class="update-list">
            {updates.map((u) => (
              <li>
                <a class="utrecht-link" href={u.href}>
                  {u.title}
                </a>{' '}
                <span class="muted">({formatDate(u.publishedOn)})</span>
              </li>
            ))}
          </ul>
        )}
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={sitePaths.news}>
            {t('updates.all')}
          </a>
        </p>
      </section>
    </>
  );
}
