// SPDX-License-Identifier: EUPL-1.2
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { formatNumber, t } from '../i18n.ts';
import { wholeNumber } from './table.tsx';

export interface ChartSeries {
  /** The line's name, e.g. a wijk; also a column heading of the table. */
  label: string;
  /** One value per category, in the order of `categories`; null where it is not known (a gap). */
  values: (number | null)[];
}

export interface ChartWithTableProps {
  /** The chart's title; the table's caption repeats it. */
  caption: string;
  /** One sentence for screen readers: what the picture shows, and that the table has the numbers. */
  summary: string;
  /** The heading of the first column: what the categories are ("Jaar"). */
  categoryHeader: string;
  /** The points along the bottom, in order: years, months, phases. */
  categories: string[];
  series: ChartSeries[];
}

const width = 480;
const height = 260;
const margin = { top: 16, right: 16, bottom: 32, left: 56 };
// Each at least 3:1 against white (WCAG 1.4.11); each line also has its own dash and marker shape, so
// colour is never the only way to tell them apart.
const styles = [
  { colour: '#1a4f8b', dash: undefined, marker: 'circle' },
  { colour: '#a4001d', dash: '8 4', marker: 'square' },
  { colour: '#0b6b2e', dash: '2 4', marker: 'diamond' },
  { colour: '#5c5c5c', dash: '12 4 2 4', marker: 'circle' },
  { colour: '#6b3fa0', dash: '4 2', marker: 'square' },
] as const;

/** Where the points are drawn: the same numbers the table shows, for tests and for the SVG. */
export function chartPoints(props: Pick<ChartWithTableProps, 'categories' | 'series'>) {
  const x = scalePoint<string>()
    .domain(props.categories)
    .range([margin.left, width - margin.right])
    .padding(0.3);
  const values = props.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const y = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(1, ...values)])
    .range([height - margin.bottom, margin.top])
    .nice();
  return { x, y };
}

/**
 * A line chart drawn on the server as SVG (d3-scale for the axes, d3-shape for the lines) with its data
 * table beside it (under it on a phone). The table is the same data, so everything in the picture can also
 * be read, copied and printed. No script; the SVG scales to the width of the screen.
 * @example <ChartWithTable caption="Deelnemers" summary="..." categoryHeader="Jaar" categories={['2025', '2026']} series={[{ label: 'Moerwijk', values: [120, 180] }]} />
 */
export function ChartWithTable(props: ChartWithTableProps) {
  const { caption, summary, categoryHeader, categories, series } = props;
  const { x, y } = chartPoints(props);
  const ticks = y.ticks(5);
  const draw = line<[string, number | null]>()
    .defined(([, value]) => value !== null)
    .x(([category]) => x(category) ?? 0)
    .y(([, value]) => y(value ?? 0));
  return (
    <figure class="chart-with-table">
      <figcaption class="chart-with-table__caption">
        <strong>{caption}</strong>
      </figcaption>
      <div class="chart-with-table__body">
        <div class="chart-with-table__chart">
          <svg
            class="chart-with-table__svg"
            viewBox={`0 0 ${width} ${height}`}
            role="img"
            aria-label={summary}
            font-family="inherit"
            xmlns="http://www.w3.org/2000/svg"
          >
            {ticks.map((tick) => (
              <g>
                <line stroke="#ccc" x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} />
                <text
                  font-size="14"
                  fill="#1a1a1a"
                  x={margin.left - 6}
                  y={y(tick)}
                  dy="0.35em"
                  text-anchor="end"
                >
                  {formatNumber(tick)}
                </text>
              </g>
            ))}
            {categories.map((category) => (
              <text font-size="14" fill="#1a1a1a" x={x(category)} y={height - 8} text-anchor="middle">
                {category}
              </text>
            ))}
            {series.map((s, i) => {
              const style = styles[i % styles.length]!;
              const pairs = categories.map((category, j): [string, number | null] => [
                category,
                s.values[j] ?? null,
              ]);
              return (
                <g class="chart-with-table__series" data-series={s.label}>
                  <path
                    d={draw(pairs) ?? ''}
                    fill="none"
                    stroke={style.colour}
                    stroke-width="3"
                    stroke-dasharray={style.dash}
                  />
                  {pairs.map(([category, value]) =>
                    value === null ? null : (
                      <Marker
                        shape={style.marker}
                        colour={style.colour}
                        cx={x(category) ?? 0}
                        cy={y(value)}
                        title={`${s.label}, ${category}: ${formatNumber(value)}`}
                        value={value}
                      />
                    ),
                  )}
                </g>
              );
            })}
          </svg>
          <ul class="chart-with-table__legend">
            {series.map((s, i) => {
              const style = styles[i % styles.length]!;
              return (
                <li>
                  <svg width="36" height="14" aria-hidden="true" xmlns="http://www.w3.org/2000/svg">
                    <line
                      x1="0"
                      x2="36"
                      y1="7"
                      y2="7"
                      stroke={style.colour}
                      stroke-width="3"
                      stroke-dasharray={style.dash}
                    />
                  </svg>{' '}
                  {s.label}
                </li>
              );
            })}
          </ul>
        </div>
        {/* A wide table scrolls sideways on a phone: the region can take focus, so a keyboard can scroll it. */}
        <section
          class="utrecht-table-container chart-with-table__table"
          aria-label={t('kit.chart.tableCaption', { caption })}
          tabindex={0}
        >
          <table class="utrecht-table">
            <caption class="utrecht-table__caption">{t('kit.chart.tableCaption', { caption })}</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">
                  {categoryHeader}
                </th>
                {series.map((s) => (
                  <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {categories.map((category, j) => (
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="row">
                    {category}
                  </th>
                  {series.map((s) => {
                    const value = s.values[j] ?? null;
                    return (
                      <td class="utrecht-table__cell utrecht-table__cell--numeric" data-value={value ?? ''}>
                        {value === null ? t('site.unknown') : wholeNumber(formatNumber(value))}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </figure>
  );
}

function Marker(props: {
  shape: 'circle' | 'square' | 'diamond';
  colour: string;
  cx: number;
  cy: number;
  title: string;
  value: number;
}) {
  const { cx, cy } = props;
  const common = {
    fill: '#fff',
    stroke: props.colour,
    'stroke-width': '3',
    'data-value': String(props.value),
  };
  const title = <title>{props.title}</title>;
  if (props.shape === 'square') {
    return (
      <rect x={cx - 5} y={cy - 5} width="10" height="10" {...common}>
        {title}
      </rect>
    );
  }
  if (props.shape === 'diamond') {
    return (
      <path d={`M${cx},${cy - 7}L${cx + 7},${cy}L${cx},${cy + 7}L${cx - 7},${cy}Z`} {...common}>
        {title}
      </path>
    );
  }
  return (
    <circle cx={cx} cy={cy} r="5" {...common}>
      {title}
    </circle>
  );
}
