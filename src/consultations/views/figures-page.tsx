// SPDX-License-Identifier: EUPL-1.2
import { Table } from '../../platform/components/table.tsx';
import { formatNumber, t } from '../../platform/i18n.ts';
import type { FiguresRow } from '../contribution-service.ts';

function shareText(row: FiguresRow): string {
  if (row.shareAnswered === null) return t('consultations.figures.unknown');
  return t('consultations.figures.share', {
    percent: formatNumber(Math.round(row.shareAnswered * 100)),
    answered: formatNumber(row.answered),
    total: formatNumber(row.total),
  });
}

function FiguresTable({
  caption,
  nameHeader,
  rows,
}: {
  caption: string;
  nameHeader: string;
  rows: FiguresRow[];
}) {
  return (
    <Table
      caption={caption}
      empty={t('consultations.contributions.empty')}
      rows={rows}
      columns={[
        { header: nameHeader, rowHeader: true, cell: (r) => r.name },
        { header: t('consultations.figures.column.total'), numeric: true, cell: (r) => r.total },
        { header: t('consultations.figures.column.share'), numeric: true, cell: shareText },
        {
          header: t('consultations.figures.column.median'),
          numeric: true,
          cell: (r) =>
            r.medianDaysToAnswer === null
              ? t('consultations.figures.unknown')
              : formatNumber(r.medianDaysToAnswer),
        },
        { header: t('consultations.figures.column.overdue'), numeric: true, cell: (r) => r.overdue },
      ]}
    />
  );
}

/** The promise "every contribution gets an answer", measured in the open: per organiser and per wijk. */
export function FiguresPage({ organisers, wijken }: { organisers: FiguresRow[]; wijken: FiguresRow[] }) {
  return (
    <>
      <h1 class="utrecht-heading-1">{t('consultations.figures.title')}</h1>
      <p class="utrecht-paragraph">{t('consultations.figures.intro')}</p>
      <h2 class="utrecht-heading-2">{t('consultations.figures.perOrganiser')}</h2>
      <FiguresTable
        caption={t('consultations.figures.perOrganiser')}
        nameHeader={t('consultations.figures.column.organiser')}
        rows={organisers}
      />
      <h2 class="utrecht-heading-2">{t('consultations.figures.perWijk')}</h2>
      <FiguresTable
        caption={t('consultations.figures.perWijk')}
        nameHeader={t('consultations.figures.column.wijk')}
        rows={wijken}
      />
    </>
  );
}
