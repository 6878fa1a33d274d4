// SPDX-License-Identifier: EUPL-1.2
/** Reports' section on a wijk's page: how many, how many closed, and the link to the list. */
import type { Db } from '../db/client.ts';
import { formatNumber, t } from '../platform/i18n.ts';
import { reportPaths } from './paths.ts';
import { wijkFigures } from './service.ts';

export async function reportsWijkSection(db: Db, wijkSlug: string) {
  const figures = await wijkFigures(db, wijkSlug, { demo: false });
  return (
    <section aria-labelledby="wijk-reports">
      <h2 class="utrecht-heading-2" id="wijk-reports">
        {t('reports.wijk.title')}
      </h2>
      <p class="utrecht-paragraph">
        {figures
          ? t('reports.wijk.summary', {
              count: formatNumber(figures.count),
              closed: formatNumber(figures.closed),
            })
          : t('reports.wijk.none')}
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={reportPaths.wijk(wijkSlug)}>
          {t('reports.wijk.link')}
        </a>
      </p>
    </section>
  );
}
