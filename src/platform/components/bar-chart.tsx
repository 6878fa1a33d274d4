// SPDX-License-Identifier: EUPL-1.2
import { scaleLinear } from 'd3-scale';
import { formatNumber } from '../i18n.ts';

export interface Bar {
  /** What the bar is about, e.g. a plan's title. */
  label: string;
  value: number;
  /** Drawn in the strong colour. The text `note` says the same, so colour is never the only sign. */
  highlight?: boolean;
  /** A word after the label, e.g. "gekozen"; also a column of the table. */
  note?: string;
}

export interface BarChartProps {
  /** The chart's title, also the table's caption. */
  caption: string;
  /** Column headings of the data table: [label, value, note]. */
  columns: [string, string, string?];
  bars: Bar[];
  /** One sentence for screen readers: what the picture shows and that the table has the numbers. */
  summary: string;
}

const ROW = 56; // px per bar: a label line of 16px text, then the bar
const BAR = 22;
const LABEL_CHARS = 38;
// Both at least 3:1 against white (WCAG 1.4.11), and white numbers on them at least 4.5:1.
const HIGHLIGHT = '#1a4f8b';
const PLAIN = '#5c5c5c'; // a 360 px phone fits about this many characters of 16px text

function shortLabel(bar: Bar): string {
  const text = bar.note ? `${bar.label} (${bar.note})` : bar.label;
  return text.length <= LABEL_CHARS ? text : `${text.slice(0, LABEL_CHARS - 1).trimEnd()}…`;
}

/**
 * A horizontal bar chart drawn on the server as SVG, with the same numbers in a table right below it, so
 * the figures can be read without the picture (screen readers, print, copying). No script needed.
 * Bar lengths are percentages of the chart's width, so the text keeps its size on a phone.
 * @example <BarChart caption="Stemmen per plan" columns={['Plan', 'Stemmen']} bars={[...]} summary="..." />
 */
export function BarChart({ caption, columns, bars, summary }: BarChartProps) {
  const x = scaleLinear()
    .domain([0, Math.max(1, ...bars.map((b) => b.value))])
    .range([0, 100])
    .nice();
  const [, max] = x.domain() as [number, number];
  const ticks = x.ticks(4).filter((tick) => tick > 0);
  const height = bars.length * ROW + 24;
  return (
    <figure class="bar-chart">
      <figcaption>
        <strong>{caption}</strong>
      </figcaption>
      <svg
        class="bar-chart__svg"
        width="100%"
        height={height}
        overflow="visible"
        font-family="inherit"
        role="img"
        aria-label={summary}
        xmlns="http://www.w3.org/2000/svg"
      >
        {ticks.map((tick) => (
          <g>
            <line stroke="#ccc" x1={`${x(tick)}%`} x2={`${x(tick)}%`} y1="0" y2={height - 20} />
            <text
              font-size="14"
              fill="#1a1a1a"
              x={`${x(tick)}%`}
              y={height - 4}
              text-anchor={tick === max ? 'end' : 'middle'}
            >
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        {bars.map((bar, i) => {
          const top = i * ROW;
          const width = x(bar.value);
          const inside = width > 75; // a long bar carries its number inside, a short one right after it
          return (
            <g>
              <title>
                {bar.note ? `${bar.label} (${bar.note}): ${bar.value}` : `${bar.label}: ${bar.value}`}
              </title>
              <text font-size="16" fill="#1a1a1a" x="0" y={top + 18}>
                {shortLabel(bar)}
              </text>
              <rect
                fill={bar.highlight ? HIGHLIGHT : PLAIN}
                x="0"
                y={top + 26}
                width={`${width}%`}
                height={BAR}
              />
              <text
                font-size="16"
                fill={inside ? '#fff' : '#1a1a1a'}
                font-weight={inside ? '700' : '400'}
                x={inside ? `${width - 1}%` : `${width + 1}%`}
                y={top + 26 + BAR - 6}
                text-anchor={inside ? 'end' : 'start'}
              >
                {formatNumber(bar.value)}
              </text>
            </g>
          );
        })}
      </svg>
      <div class="utrecht-table-container">
        <table class="utrecht-table bar-chart__table">
          <thead>
            <tr>
              <th class="utrecht-table__header-cell" scope="col">
                {columns[0]}
              </th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                {columns[1]}
              </th>
              {columns[2] ? (
                <th class="utrecht-table__header-cell" scope="col">
                  {columns[2]}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr>
                <th class="utrecht-table__cell" scope="row">
                  {bar.label}
                </th>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{formatNumber(bar.value)}</td>
                {columns[2] ? <td class="utrecht-table__cell">{bar.note ?? ''}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
