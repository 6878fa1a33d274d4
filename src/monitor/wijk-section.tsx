// SPDX-License-Identifier: EUPL-1.2
import type { Db } from '../db/client.ts';
import { getWijk } from '../places/index.ts';
import { Table } from '../platform/components/table.tsx';
import { t } from '../platform/i18n.ts';
import { latestOf } from './compute.ts';
import { monitorPaths } from './paths.ts';
import { formatValue, indicatorName } from './present.ts';
import { listIndicatorSeries } from './service.ts';

/** The monitor's part of a wijk's page: its CBS wijk against Den Haag, latest year of each indicator. */
export async function wijkSection(db: Db, wijkSlug: string) {
  const wijk = await getWijk(db, wijkSlug);
  if (!wijk) return null;
  const series = await listIndicatorSeries(db);
  const rows = series.flatMap((s) => {
    const ofWijk = s.wijken.find((w) => w.area.code === wijk.cbsCode);
    const latest = ofWijk ? latestOf(s.years, ofWijk.values) : null;
    if (!latest) return [];
    const city = s.indicator.comparable ? (s.city.values[s.years.indexOf(latest.year)] ?? null) : null;
    return [{ series: s, year: latest.year, wijk: latest.value, city }];
  });
  if (rows.length === 0) return null;
  const shared = wijk.cbsCode === 'WK051833';
  return (
    <section>
      <h2 class="utrecht-heading-2">{t('monitor.wijk.title')}</h2>
      {shared ? <p class="utrecht-paragraph">{t('monitor.wijk.shared')}</p> : null}
      <Table
        caption={t('monitor.wijk.title')}
        rows={rows}
        columns={[
          {
            header: t('monitor.table.indicator'),
            cell: (r) => (
              <a class="utrecht-link" href={monitorPaths.indicator(r.series.indicator.key)}>
                {indicatorName(r.series.indicator)}
              </a>
            ),
          },
          { header: t('monitor.table.year'), cell: (r) => String(r.year) },
          {
            header: t('monitor.wijk.value'),
            numeric: true,
            cell: (r) => formatValue(r.wijk, r.series.indicator.unit),
          },
          {
            header: t('monitor.table.city'),
            numeric: true,
            cell: (r) =>
              r.city === null ? t('monitor.notComparable') : formatValue(r.city, r.series.indicator.unit),
          },
        ]}
      />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={monitorPaths.monitor}>
          {t('monitor.wijk.more')}
        </a>
      </p>
    </section>
  );
}
