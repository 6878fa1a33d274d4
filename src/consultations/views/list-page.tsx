// SPDX-License-Identifier: EUPL-1.2
import { FilterForm, FilterSelect } from '../../platform/components/filter-form.tsx';
import { Pagination } from '../../platform/components/pagination.tsx';
import { Table } from '../../platform/components/table.tsx';
import { t, tPlural } from '../../platform/i18n.ts';
import { consultationsPaths } from '../paths.ts';
import type { Consultation } from '../service.ts';
import { DemoTag, datesText, PhaseTag } from './parts.tsx';

interface Props {
  consultations: Consultation[];
  total: number;
  page: number;
  pageCount: number;
  wijk: string | undefined;
  wijken: { slug: string; name: string }[];
  today: string;
}

/** The public list of consultations, per wijk through the filter. */
export function ListPage(props: Props) {
  return (
    <>
      <h1 class="utrecht-heading-1">{t('consultations.list.title')}</h1>
      <p class="utrecht-paragraph">{t('consultations.list.intro')}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={consultationsPaths.figures}>
          {t('consultations.figures.link')}
        </a>
      </p>
      <FilterForm
        action={consultationsPaths.list}
        label={t('consultations.list.filter')}
        resetHref={props.wijk ? consultationsPaths.list : undefined}
      >
        <FilterSelect
          name="wijk"
          label={t('consultations.list.wijk')}
          value={props.wijk}
          options={props.wijken.map((w) => ({ value: w.slug, label: w.name }))}
        />
      </FilterForm>
      <p class="utrecht-paragraph">{tPlural('consultations.list.count', props.total)}</p>
      <ConsultationTable consultations={props.consultations} today={props.today} />
      <Pagination
        path={consultationsPaths.list}
        query={{ wijk: props.wijk }}
        page={props.page}
        pageCount={props.pageCount}
      />
    </>
  );
}

export function ConsultationTable({
  consultations,
  today,
}: {
  consultations: Consultation[];
  today: string;
}) {
  return (
    <Table
      caption={t('consultations.list.caption')}
      empty={t('consultations.list.empty')}
      rows={consultations}
      columns={[
        {
          header: t('consultations.column.title'),
          rowHeader: true,
          cell: (c) => (
            <>
              <a class="utrecht-link" href={consultationsPaths.consultation(c.slug)}>
                {c.title}
              </a>{' '}
              <DemoTag demo={c.demo} />
            </>
          ),
        },
        { header: t('consultations.column.wijk'), cell: (c) => c.wijkName },
        { header: t('consultations.column.dates'), cell: (c) => datesText(c) },
        { header: t('consultations.column.level'), cell: (c) => t(`consultations.level.${c.level}`) },
        { header: t('consultations.column.status'), cell: (c) => <PhaseTag period={c} today={today} /> },
      ]}
    />
  );
}
