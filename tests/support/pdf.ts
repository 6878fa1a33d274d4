// SPDX-License-Identifier: EUPL-1.2
/**
 * Reads back what a PDF made with pdfkit's standard fonts says, page by page, so tests can check the text
 * a printed letter shows. It inflates the content streams and joins the hex strings of each TJ array
 * (WinAnsi, which is Latin-1 for the characters our letters use). Enough for our own files, not a parser.
 */
import { inflateSync } from 'node:zlib';

export function pdfPages(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const pages: string[] = [];
  for (const match of raw.matchAll(/<<([\s\S]*?)>>\s*stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    const bytes = pdf.subarray(start, end);
    const content = match[1]!.includes('/FlateDecode')
      ? inflateSync(bytes).toString('latin1')
      : bytes.toString('latin1');
    if (!content.includes(' TJ')) continue;
    const lines = [...content.matchAll(/\[([^\]]*)\] TJ/g)].map((tj) =>
      [...tj[1]!.matchAll(/<([0-9a-f]*)>/g)]
        .map((hex) => Buffer.from(hex[1]!, 'hex').toString('latin1'))
        .join(''),
    );
    pages.push(lines.join('\n'));
  }
  return pages;
}
