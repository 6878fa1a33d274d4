// SPDX-License-Identifier: EUPL-1.2
import { Pagination } from '../../platform/components/pagination.tsx';
import { StatusTag } from '../../platform/components/status-tag.tsx';
import { Table } from '../../platform/components/table.tsx';
import { formatDate, t, tPlural } from '../../platform/i18n.ts';
import type { listQueue } from '../contribution-service.ts';
import { consultationsPaths } from '../paths.ts';
import { isOverdue } from '../rules.ts';
import { ContributionStatusTag } from './contributions.tsx';

type Row = Awaited<ReturnType<typeof listQueue>>[number];

/** Staff: "wacht op antwoord", oldest first, the promised date and overdue ones marked. */
export function QueuePage(props: {
  rows: Row[];
  total: number;
  page: number;
  pageCount: number;
  today: string;
}) {
  return (
    <>
      <h1 class="utrecht-heading-1">{t('consultations.queue.title')}</h1>
      <p class="utrecht-paragraph">{t('consultations.queue.intro')}</p>
      <p class="utrecht-paragraph">{tPlural('consultations.contributions.count', props.total)}</p>
      <Table
        caption={t('consultations.queue.caption')}
        empty={t('consultations.queue.empty')}
        rows={props.rows}
        columns={[
          {
            header: t('consultations.column.contribution'),
            rowHeader: true,
            cell: (r) => (
              <a class="utrecht-link" href={consultationsPaths.admin.contribution(r.id)}>
                {t('consultations.contribution.heading', { number: r.id })}
              </a>
            ),
          },
          { header: t('consultations.column.consultation'), cell: (r) => r.consultationTitle },
          { header: t('consultations.column.received'), cell: (r) => formatDate(r.createdAt) },
          {
            header: t('consultations.column.status'),
            cell: (r) => <ContributionStatusTag status={r.status} />,
          },
          {
            header: t('consultations.column.promised'),
            cell: (r) => (
              <>
                {formatDate(r.answerPromisedOn)}{' '}
                {isOverdue(r, props.today) ? (
                  <StatusTag label={t('consultations.overdue')} tone="warning" />
                ) : (
                  <StatusTag label={t('consultations.onTime')} tone="neutral" />
                )}
              </>
            ),
          },
        ]}
      />
      <Pagination
        path={consultationsPaths.admin.queue}
        query={{}}
        page={props.page}
        pageCount={props.pageCount}
      />
    </>
  );
}
