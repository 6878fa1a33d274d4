// SPDX-License-Identifier: EUPL-1.2
import { AreaMap, type MapShade, shadeClass } from '../../platform/components/area-map.tsx';
import { ChartWithTable } from '../../platform/components/chart-with-table.tsx';
import { StatusTag } from '../../platform/components/status-tag.tsx';
import { Table } from '../../platform/components/table.tsx';
import { t } from '../../platform/i18n.ts';
import type { IndicatorSeries } from '../compute.ts';
import { cbsLicence, cbsSource } from '../indicators.ts';
import { monitorPaths } from '../paths.ts';
import {
  buurtYear,
  formatValue,
  indicatorName,
  rounded,
  shadeOf,
  statusText,
  statusTones,
  summaryText,
  trendText,
  yearsText,
} from '../present.ts';

export interface MapGeometry {
  width: number;
  height: number;
  buurten: { code: string; name: string; path: string; labelX: number; labelY: number }[];
  wijken: { path: string }[];
}

export function IndicatorPage({ series, map }: { series: IndicatorSeries; map: MapGeometry }) {
  const { indicator } = series;
  const name = indicatorName(indicator);
  const { label, detail } = statusText(series);
  const trend = trendText(series);
  const lines = [
    { label: t('monitor.table.zuidwest'), values: series.zuidwest.values },
    ...(indicator.comparable ? [{ label: t('monitor.table.city'), values: series.city.values }] : []),
    ...series.wijken.map((w) => ({ label: w.area.name, values: w.values })),
  ];
  return (
    <>
      <p>
        <a class="utrecht-link" href={monitorPaths.monitor}>
          {t('monitor.back')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{name}</h1>
      <p class="utrecht-paragraph">
        <strong>{summaryText(series)}</strong>
      </p>
      <p class="utrecht-paragraph">
        {t('monitor.table.status')}: <StatusTag label={label} tone={statusTones[series.assessment.status]} />
        {detail ? ` ${detail}` : null} ({yearsText(series)})
      </p>
      {trend ? <p class="utrecht-paragraph">{trend}</p> : null}
      <p class="utrecht-paragraph">{t('monitor.method')}</p>
      <ChartWithTable
        caption={t('monitor.indicator.chart', { title: name })}
        summary={t('monitor.indicator.chartSummary', { title: name })}
        categoryHeader={t('monitor.table.year')}
        categories={series.years.map(String)}
        series={lines.map((l) => ({
          label: l.label,
          values: l.values.map((v) => (v === null ? null : rounded(v, indicator.unit))),
        }))}
      />
      <p class="utrecht-paragraph">{t('monitor.zuidwest.note')}</p>
      <p class="utrecht-paragraph">{t('monitor.yearsNote')}</p>
      <BuurtMap series={series} map={map} />
      <h2 class="utrecht-heading-2">{t('monitor.indicator.definition')}</h2>
      <p class="utrecht-paragraph">{t(`monitor.indicator.${indicator.key}.definition`)}</p>
      <h2 class="utrecht-heading-2">{t('monitor.indicator.formula')}</h2>
      <p class="utrecht-paragraph">{t(`monitor.indicator.${indicator.key}.formula`)}</p>
      <h2 class="utrecht-heading-2">{t('monitor.indicator.source')}</h2>
      <p class="utrecht-paragraph">
        {cbsSource}. {t('monitor.indicator.licence', { licence: cbsLicence })}
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={monitorPaths.indicatorCsv(indicator.key)}>
          {t('monitor.indicator.download')}
        </a>
      </p>
    </>
  );
}

function BuurtMap({ series, map }: { series: IndicatorSeries; map: MapGeometry }) {
  const latest = buurtYear(series);
  const name = indicatorName(series.indicator);
  if (!latest) return <p class="utrecht-paragraph">{t('monitor.indicator.mapNone')}</p>;
  const buurtValue = (code: string) =>
    latest.buurten.find((b) => b.area.code === code)?.values[latest.index] ?? null;
  const known = map.buurten.map((b) => buurtValue(b.code)).filter((v): v is number => v !== null);
  const min = Math.min(...known);
  const max = Math.max(...known);
  const unit = series.indicator.unit;
  const rows = map.buurten.map((b) => ({ name: b.name, value: buurtValue(b.code) }));
  const swatches: { shade: MapShade; text: string }[] = [
    { shade: 0, text: t('monitor.indicator.legend.low', { value: formatValue(min, unit) }) },
    { shade: 4, text: t('monitor.indicator.legend.high', { value: formatValue(max, unit) }) },
    { shade: 'unknown', text: t('monitor.indicator.legend.unknown') },
  ];
  return (
    <section>
      <h2 class="utrecht-heading-2">{t('monitor.indicator.map', { title: name, year: latest.year })}</h2>
      <AreaMap
        id="buurt-map"
        width={map.width}
        height={map.height}
        caption={t('monitor.indicator.map', { title: name, year: latest.year })}
        areas={map.buurten.map((b) => ({ ...b, shade: shadeOf(buurtValue(b.code), min, max) }))}
        outlines={map.wijken}
      />
      <h3 class="utrecht-heading-3">{t('monitor.indicator.legend')}</h3>
      <ul class="monitor-legend">
        {swatches.map((s) => (
          <li>
            <svg width="28" height="18" aria-hidden="true" xmlns="http://www.w3.org/2000/svg">
              <rect x="1" y="1" width="26" height="16" class={shadeClass(s.shade)} />
            </svg>{' '}
            {s.text}
          </li>
        ))}
      </ul>
      <Table
        caption={t('monitor.indicator.mapTable', { title: name, year: latest.year })}
        columns={[
          { header: t('monitor.indicator.buurt'), cell: (r) => r.name },
          {
            header: t('monitor.indicator.value'),
            numeric: true,
            cell: (r) => (r.value === null ? t('site.unknown') : formatValue(r.value, unit)),
          },
        ]}
        rows={rows}
      />
    </section>
  );
}
