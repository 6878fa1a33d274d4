// SPDX-License-Identifier: EUPL-1.2
import { StatusTag } from '../../platform/components/status-tag.tsx';
import { Table } from '../../platform/components/table.tsx';
import { t } from '../../platform/i18n.ts';
import { consultationsPaths } from '../paths.ts';
import type { Consultation } from '../service.ts';
import { DemoTag, datesText, PhaseTag } from './parts.tsx';

type Row = Consultation & { nearby: Consultation[] };

/** Staff: every consultation by date, with the 7-day warning per row. */
export function AdminOverviewPage({ consultations, today }: { consultations: Row[]; today: string }) {
  return (
    <>
      <h1 class="utrecht-heading-1">{t('consultations.admin.overview.title')}</h1>
      <p class="utrecht-paragraph">{t('consultations.admin.overview.intro')}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={consultationsPaths.admin.create}>
          {t('consultations.admin.overview.new')}
        </a>
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={consultationsPaths.admin.queue}>
          {t('consultations.queue.link')}
        </a>
      </p>
      <Table
        caption={t('consultations.admin.overview.caption')}
        empty={t('consultations.list.empty')}
        rows={consultations}
        columns={[
          {
            header: t('consultations.column.title'),
            rowHeader: true,
            cell: (c) => (
              <>
                <a class="utrecht-link" href={consultationsPaths.admin.consultation(c.id)}>
                  {c.title}
                </a>{' '}
                <DemoTag demo={c.demo} />
              </>
            ),
          },
          { header: t('consultations.column.wijk'), cell: (c) => c.wijkName },
          { header: t('consultations.column.dates'), cell: (c) => datesText(c) },
          { header: t('consultations.column.organiser'), cell: (c) => c.organiser },
          { header: t('consultations.column.status'), cell: (c) => <PhaseTag period={c} today={today} /> },
          {
            header: t('consultations.column.nearby'),
            cell: (c) =>
              c.nearby.length === 0 ? (
                t('consultations.admin.overview.noneNearby')
              ) : (
                <>
                  <StatusTag label={t('consultations.nearby.title')} tone="warning" />
                  <ul class="utrecht-unordered-list">
                    {c.nearby.map((n) => (
                      <li>
                        {t('consultations.nearby.item', {
                          title: n.title,
                          organiser: n.organiser,
                          dates: datesText(n),
                        })}
                      </li>
                    ))}
                  </ul>
                </>
              ),
          },
        ]}
      />
    </>
  );
}
