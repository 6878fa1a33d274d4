// SPDX-License-Identifier: EUPL-1.2
type Cell = string | number | null | undefined;

/**
 * RFC 4180 CSV with a header row. Cells that a spreadsheet would run as a formula (=, +, -, @) are
 * prefixed with a quote, so an exported title can never execute in Excel (OWASP "CSV injection").
 */
export function toCsv(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map(csvLine).join('');
}

/** One CSV row with its line end, for files written row by row (a stream of 40,000 rows). */
export function csvLine(row: Cell[]): string {
  return `${row.map(formatCell).join(',')}\r\n`;
}

function formatCell(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  let text = String(cell);
  if (typeof cell === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
