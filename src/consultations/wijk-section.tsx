// SPDX-License-Identifier: EUPL-1.2
import type { Db } from '../db/client.ts';
import { t } from '../platform/i18n.ts';
import { consultationsPaths } from './paths.ts';
import { dutchToday } from './routes.tsx';
import { listConsultations } from './service.ts';
import { ConsultationTable } from './views/list-page.tsx';

/** The consultations of a wijk on its overview page (/wijken/:slug): the latest ten, with a link to all. */
export async function wijkSection(db: Db, wijkSlug: string) {
  const rows = await listConsultations(db, { wijk: wijkSlug }, { limit: 10, offset: 0 });
  return (
    <>
      <h2 class="utrecht-heading-2">{t('consultations.wijk.title')}</h2>
      <ConsultationTable consultations={rows} today={dutchToday()} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={consultationsPaths.listOfWijk(wijkSlug)}>
          {t('consultations.wijk.all')}
        </a>
      </p>
    </>
  );
}
