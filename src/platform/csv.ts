// SPDX-License-Identifier: EUPL-1.2
type Cell = string | number | null | undefined;

/**
 * RFC 4180 CSV with a header row. Cells that a spreadsheet would run as a formula (=, +, -, @) are
 * prefixed with a quote, so an exported title can never execute in Excel (OWASP "CSV injection").
 */
export function toCsv(header: string[], rows: Cell[][]): string {
  const format = (cell: Cell) => {
    if (cell === null || cell === undefined) return '';
    let text = String(cell);
    if (typeof cell === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `${[header, ...rows].map((row) => row.map(format).join(',')).join('\r\n')}\r\n`;
}
