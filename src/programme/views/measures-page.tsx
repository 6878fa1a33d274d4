// SPDX-License-Identifier: EUPL-1.2
import { statusLabel } from '../../platform/components/status-tag.tsx';
import { t } from '../../platform/i18n.ts';
import { measureStatuses } from '../rules.ts';
import type { MeasureSummary, NamedLink } from '../service.ts';
import { MeasureList } from './measure-list.tsx';

interface Props {
  measures: MeasureSummary[];
  filter: { lijn?: string | undefined; wijk?: string | undefined; status?: string | undefined; alliantie?: string | undefined };
  lines: NamedLink[];
  wijken: NamedLink[];
  alliances: NamedLink[];
}

function FilterSelect(props: { name: string; label: string; value: string | undefined; options: NamedLink[] }) {
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

export function MeasuresPage({ measures, filter, lines, wijken, alliances }: Props) {
  const statuses = measureStatuses.map((s) => ({ slug: s, name: statusLabel(s) }));
  return (
    <>
      <h1 class="utrecht-heading-1">{t('programme.measures.title')}</h1>
      <form method="get" action="/maatregelen" class="filter-form" aria-label={t('programme.filter.label')}>
        <FilterSelect name="wijk" label={t('programme.filter.wijk')} value={filter.wijk} options={wijken} />
        <FilterSelect name="lijn" label={t('programme.filter.line')} value={filter.lijn} options={lines} />
        <FilterSelect name="status" label={t('programme.filter.status')} value={filter.status} options={statuses} />
        <FilterSelect name="alliantie" label={t('programme.filter.alliance')} value={filter.alliantie} options={alliances} />
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">
          {t('programme.filter.submit')}
        </button>
      </form>
      <p class="utrecht-paragraph" role="status">
        {t('programme.measures.count', { count: measures.length })}{' '}
        <a class="utrecht-link" href={`/api/v1/measures.csv`}>
          {t('programme.measures.csv')}
        </a>
      </p>
      <MeasureList measures={measures} headingLevel={2} />
    </>
  );
}
