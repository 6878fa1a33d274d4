// SPDX-License-Identifier: EUPL-1.2
import { FilterForm, FilterSearch, FilterSelect } from '../../platform/components/filter-form.tsx';
import { Pagination } from '../../platform/components/pagination.tsx';
import { Table } from '../../platform/components/table.tsx';
import { t, tPlural } from '../../platform/i18n.ts';
import { programmePaths } from '../paths.ts';
import { measureStatuses } from '../rules.ts';
import type { NamedLink, StaffMeasureRow } from '../service.ts';
import { StatusTag, statusLabel } from './measure-status.tsx';

export interface StaffMeasureFilterValues {
  zoek?: string | undefined;
  status?: string | undefined;
  wijk?: string | undefined;
  lijn?: string | undefined;
}

interface Props {
  rows: StaffMeasureRow[];
  total: number;
  page: number;
  pageCount: number;
  filter: StaffMeasureFilterValues;
  lines: NamedLink[];
  wijken: NamedLink[];
}

const options = (links: NamedLink[]) => links.map((l) => ({ value: l.slug, label: l.name }));

/** The measures a staff member may edit: search by title, filter by status, wijk and line, in pages. */
export function StaffMeasuresPage({ rows, total, page, pageCount, filter, lines, wijken }: Props) {
  const filtered = Object.values(filter).some((value) => value);
  return (
    <>
      <h1 class="utrecht-heading-1">{t('admin.measures.title')}</h1>
      <FilterForm
        action={programmePaths.admin.measures}
        label={t('admin.measures.filter')}
        resetHref={filtered ? programmePaths.admin.measures : undefined}
      >
        <FilterSearch name="zoek" label={t('admin.measures.search')} value={filter.zoek} />
        <FilterSelect
          name="status"
          label={t('programme.filter.status')}
          value={filter.status}
          options={measureStatuses.map((status) => ({ value: status, label: statusLabel(status) }))}
        />
        <FilterSelect
          name="wijk"
          label={t('programme.filter.wijk')}
          value={filter.wijk}
          options={options(wijken)}
        />
        <FilterSelect
          name="lijn"
          label={t('programme.filter.line')}
          value={filter.lijn}
          options={options(lines)}
        />
      </FilterForm>
      <p class="utrecht-paragraph" role="status">
        {tPlural('programme.measures.count', total)}
      </p>
      <Table
        caption={t('admin.measures.caption')}
        empty={t('admin.measures.none')}
        rows={rows}
        columns={[
          {
            header: t('admin.measures.column.title'),
            rowHeader: true,
            cell: (m) => (
              <a class="utrecht-link" href={programmePaths.admin.measure(m.id)}>
                {m.title}
              </a>
            ),
          },
          { header: t('admin.measures.column.kind'), cell: (m) => t(`programme.kind.${m.kind}`) },
          {
            header: t('admin.measures.column.alliance'),
            cell: (m) => m.allianceName ?? t('admin.measures.noAlliance'),
          },
          { header: t('admin.measures.column.status'), cell: (m) => <StatusTag status={m.status} /> },
        ]}
      />
      <Pagination
        path={programmePaths.admin.measures}
        query={{ zoek: filter.zoek, status: filter.status, wijk: filter.wijk, lijn: filter.lijn }}
        page={page}
        pageCount={pageCount}
        label={t('admin.measures.pages')}
      />
    </>
  );
}
