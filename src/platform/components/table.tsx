// SPDX-License-Identifier: EUPL-1.2
import type { Child } from 'hono/jsx';
import { formatNumber, t } from '../i18n.ts';

export interface Column<Row> {
  /** The column heading; on a phone it also stands before each value. */
  header: string;
  /** What the cell shows. A number is formatted ("12.400") and kept on one line. */
  cell: (row: Row) => Child | number;
  /** Right-aligned, tabular figures, never broken over two lines (amounts, counts, dates as numbers). */
  numeric?: boolean;
  /** This column names the row (a <th scope="row">); usually the first. */
  rowHeader?: boolean;
}

export interface TableProps<Row> {
  /** Says what the table holds; read first by screen readers. */
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  /** Shown instead of the table when there are no rows; a sensible default otherwise. */
  empty?: string;
  /** An extra class on the <table>, for a page's own column widths. */
  class?: string;
}

/**
 * Non-breaking spaces and hyphens inside a figure, so "€ 12.400" or "-3" is never split over two lines
 * (also where a browser ignores `white-space: nowrap`, e.g. in reader views and copied text).
 */
export function wholeNumber(text: string): string {
  return text.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
}

function content(value: Child | number, numeric: boolean | undefined): Child {
  if (typeof value === 'number') return wholeNumber(formatNumber(value));
  if (numeric && typeof value === 'string') return wholeNumber(value);
  return value;
}

/**
 * A data table. On a wide screen a normal table; on a phone (under 30rem) each row becomes a block with
 * the column heading before each value (a hidden-from-screen-readers copy of the heading, so the table
 * is read as a table either way). Numeric cells never break mid-number.
 * @example <Table caption="Mails" columns={[{ header: 'Aan', cell: (m) => m.to, rowHeader: true }]} rows={mails} />
 */
export function Table<Row>({ caption, columns, rows, empty, class: extraClass }: TableProps<Row>) {
  if (rows.length === 0) return <p class="utrecht-paragraph">{empty ?? t('kit.table.empty')}</p>;
  return (
    <div class="utrecht-table-container">
      <table class={`utrecht-table data-table${extraClass ? ` ${extraClass}` : ''}`}>
        <caption class="utrecht-table__caption">{caption}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            {columns.map((column) => (
              <th
                class={`utrecht-table__header-cell${column.numeric ? ' utrecht-table__header-cell--numeric' : ''}`}
                scope="col"
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {rows.map((row) => (
            <tr class="utrecht-table__row">
              {columns.map((column) => {
                const inner = (
                  <>
                    <span class="data-table__label" aria-hidden="true">
                      {column.header}
                    </span>
                    <span
                      class={column.numeric ? 'data-table__value data-table__number' : 'data-table__value'}
                    >
                      {content(column.cell(row), column.numeric)}
                    </span>
                  </>
                );
                return column.rowHeader ? (
                  <th class="utrecht-table__header-cell data-table__cell" scope="row">
                    {inner}
                  </th>
                ) : (
                  <td
                    class={`utrecht-table__cell data-table__cell${column.numeric ? ' utrecht-table__cell--numeric' : ''}`}
                  >
                    {inner}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
