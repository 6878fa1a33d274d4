// SPDX-License-Identifier: EUPL-1.2

import { StatusTag } from '../../platform/components/status-tag.tsx';
import { formatDate, t } from '../../platform/i18n.ts';
import type { NewsItem } from '../../platform/part.ts';
import { sitePaths } from '../paths.ts';

export function UpdatesPage({ updates }: { updates: NewsItem[] }) {
  return (
    <>
      <h1 class="utrecht-heading-1">{t('updates.title')}</h1>
      <p class="utrecht-paragraph">
        {t('updates.intro')}{' '}
        <a class="utrecht-link" href={sitePaths.newsFeed}>
          {t('updates.feedLink')}
        </a>
      </p>
      {updates.length === 0 ? <p class="utrecht-paragraph">{t('updates.none')}</p> : null}
      <ol class="update-timeline">
        {updates.map((u) => (
          <li>
            <h2 class="utrecht-heading-3">
              <a class="utrecht-link" href={u.href}>
                {u.title}
              </a>
            </h2>
            <p class="measure-card__meta">
              <time datetime={u.publishedOn}>{formatDate(u.publishedOn)}</time>{' '}
              {u.status ? <StatusTag label={u.status.label} tone={u.status.tone} /> : null}
            </p>
            <p class="utrecht-paragraph">{u.body}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
