// SPDX-License-Identifier: EUPL-1.2

import { t, tPlural } from '../../platform/i18n.ts';
import { programmePaths } from '../paths.ts';
import { measureStatuses } from '../rules.ts';
import type { MeasureSummary, NamedLink } from '../service.ts';
import { MeasureList } from './measure-list.tsx';
import { statusLabel } from './measure-status.tsx';

interface Props {
  measures: MeasureSummary[];
  total: number;
  page: number;
  pageCount: number;
  filter: {
    lijn?: string | undefined;
    wijk?: string | undefined;
    status?: string | undefined;
    alliantie?: string | undefined;
  };
  lines: NamedLink[];
  wijken: NamedLink[];
  alliances: NamedLink[];
}

function FilterSelect(props: {
  name: string;
  label: string;
  value: string | undefined;
  options: NamedLink[];
}) {
  return (
    <div class="utrecht-form-field filter-field">
      <label class="utrecht-form-label" for={`filter-${props.name}`}>
        {props.label}
      </label>
      <select class="utrecht-select" id={`filter-${props.name}`} name={props.name}>
        <option value="">{t('programme.filter.all')}</option>
        {props.options.map((o) => (
          <option value={o.slug} selected={o.slug === props.value}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function pageHref(filter: Props['filter'], page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({
    wijk: filter.wijk,
    lijn: filter.lijn,
    status: filter.status,
    alliantie: filter.alliantie,
  })) {
    if (value) params.set(key, value);
  }
  if (page > 1) params.set('pagina', String(page));
  const query = params.toString();
  return query ? `${programmePaths.measures}?${query}` : programmePaths.measures;
}

function Pagination({
  filter,
  page,
  pageCount,
}: {
  filter: Props['filter'];
  page: number;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav class="utrecht-pagination pagination" aria-label={t('programme.pagination.label')}>
      <p class="utrecht-paragraph">{t('programme.pagination.position', { page, pageCount })}</p>
      <ul class="pagination__list">
        {page > 1 ? (
          <li>
            <a class="utrecht-link" rel="prev" href={pageHref(filter, page - 1)}>
              {t('programme.pagination.previous')}
            </a>
          </li>
        ) : null}
        {page < pageCount ? (
          <li>
            <a class="utrecht-link" rel="next" href={pageHref(filter, page + 1)}>
              {t('programme.pagination.next')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

export function MeasuresPage({ measures, total, page, pageCount, filter, lines, wijken, alliances }: Props) {
  const statuses = measureStatuses.map((s) => ({ slug: s, name: statusLabel(s) }));
  return (
    <>
      <h1 class="utrecht-heading-1">{t('programme.measures.title')}</h1>
      <form
        method="get"
        action={programmePaths.measures}
        class="filter-form"
        aria-label={t('programme.filter.label')}
      >
        <FilterSelect name="wijk" label={t('programme.filter.wijk')} value={filter.wijk} options={wijken} />
        <FilterSelect name="lijn" label={t('programme.filter.line')} value={filter.lijn} options={lines} />
        <FilterSelect
          name="status"
          label={t('programme.filter.status')}
          value={filter.status}
          options={statuses}
        />
        <FilterSelect
          name="alliantie"
          label={t('programme.filter.alliance')}
          value={filter.alliantie}
          options={alliances}
        />
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">
          {t('programme.filter.submit')}
        </button>
      </form>
      <p class="utrecht-paragraph" role="status">
        {tPlural('programme.measures.count', total)}{' '}
        <a class="utrecht-link" href={programmePaths.measuresCsv}>
          {t('programme.measures.csv')}
        </a>
      </p>
      <MeasureList measures={measures} headingLevel={2} />
      <Pagination filter={filter} page={page} pageCount={pageCount} />
    </>
  );
}
