// SPDX-License-Identifier: EUPL-1.2
import { StatusTag } from '../../platform/components/status-tag.tsx';
import { type Column, Table } from '../../platform/components/table.tsx';
import { t } from '../../platform/i18n.ts';
import type { IndicatorSeries } from '../compute.ts';
import { cbsSource, lineSlugs } from '../indicators.ts';
import { monitorPaths } from '../paths.ts';
import {
  formatGap,
  formatValue,
  indicatorName,
  latestComparison,
  statusText,
  statusTones,
  yearsText,
} from '../present.ts';

export function MonitorPage({ series }: { series: IndicatorSeries[] }) {
  return (
    <>
      <h1 class="utrecht-heading-1">{t('monitor.title')}</h1>
      <h2 class="utrecht-heading-2">{t('monitor.mission.title')}</h2>
      <p class="utrecht-paragraph">{t('monitor.mission.text')}</p>
      <p class="utrecht-paragraph">{t('monitor.method')}</p>
      <p class="utrecht-paragraph">{t('monitor.zuidwest.note')}</p>
      <p class="utrecht-paragraph">{t('monitor.yearsNote')}</p>
      {lineSlugs.map((line) => {
        const ofLine = series.filter((s) => s.indicator.line === line);
        return (
          <section>
            <h2 class="utrecht-heading-2">{t(`monitor.line.${line}`)}</h2>
            {ofLine.length === 0 ? (
              <p class="utrecht-paragraph">{t('monitor.line.empty')}</p>
            ) : (
              <Table
                caption={t('monitor.table.caption', { line: t(`monitor.line.${line}`) })}
                columns={columns}
                rows={ofLine}
              />
            )}
          </section>
        );
      })}
      <p class="utrecht-paragraph">
        {cbsSource}.{' '}
        <a class="utrecht-link" href={monitorPaths.csv}>
          {t('monitor.indicator.download')}
        </a>
      </p>
    </>
  );
}

function inYear(value: string, year: number) {
  return t('monitor.inYear', { value, year });
}

const columns: Column<IndicatorSeries>[] = [
  {
    header: t('monitor.table.indicator'),
    cell: (s) => (
      <a class="utrecht-link" href={monitorPaths.indicator(s.indicator.key)}>
        {indicatorName(s.indicator)}
      </a>
    ),
  },
  {
    header: t('monitor.table.zuidwest'),
    numeric: true,
    cell: (s) => {
      const latest = latestComparison(s);
      return latest ? inYear(formatValue(latest.zuidwest, s.indicator.unit), latest.year) : t('site.unknown');
    },
  },
  {
    header: t('monitor.table.city'),
    numeric: true,
    cell: (s) => {
      const latest = latestComparison(s);
      if (!latest || latest.city === null) return t('site.unknown');
      return inYear(formatValue(latest.city, s.indicator.unit), latest.year);
    },
  },
  {
    header: t('monitor.table.gap'),
    numeric: true,
    cell: (s) => {
      if (!s.indicator.comparable) return t('monitor.notComparable');
      const gap = latestComparison(s)?.gap ?? null;
      return gap === null ? t('site.unknown') : formatGap(gap, s.indicator.unit);
    },
  },
  {
    header: t('monitor.table.status'),
    cell: (s) => {
      const { label, detail } = statusText(s);
      return (
        <>
          <StatusTag label={label} tone={statusTones[s.assessment.status]} />
          {detail ? ` ${detail}` : null}
        </>
      );
    },
  },
  { header: t('monitor.table.years'), cell: (s) => yearsText(s) },
];
