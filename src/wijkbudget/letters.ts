// SPDX-License-Identifier: EUPL-1.2
/**
 * The letters that bring voting codes to residents: a CSV for a mail merge (one row per code with every
 * text field a letter needs) or a printable A4 letter per code (PDF, pdfkit). Both are made while the
 * codes exist in plain text, once, and streamed: 40,000 letters never sit in memory as one file.
 */
import { PassThrough, Readable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { csvLine } from '../platform/csv.ts';
import { type MessageKey, t } from '../platform/i18n.ts';
import { absoluteUrl } from '../platform/paths.ts';
import { wijkbudgetPaths } from './paths.ts';
import type { Round } from './service.ts';
import { euros, when } from './views/parts.tsx';
import { letterNumber } from './voting-codes.ts';

/** What every letter of a round says, apart from its code and number. */
export interface LetterText {
  round: string;
  area: string;
  budget: string;
  voteFrom: string;
  voteUntil: string;
  resultBy: string;
  /** Where to vote online (the round's ballot page). */
  url: string;
  minimumAge: number;
  /** Polling places for paper ballots; empty when the round has codes only. */
  pollingPlaces: string[];
  /** The batch of the codes: with a letter's sequence it makes the letter number (see letterNumber). */
  batchId: number;
  /** The buurt the batch's letters go to, when the batch names one; otherwise null. */
  buurt: string | null;
}

export function letterText(
  round: Round,
  publicUrl: string,
  pollingPlaces: string[],
  batchId: number,
  buurt: string | null = null,
): LetterText {
  return {
    batchId,
    buurt,
    round: round.title,
    area: round.wijkName ?? t('wijkbudget.letter.allOfZuidwest'),
    budget: euros(round.budgetCents),
    voteFrom: when(round.voteFrom),
    voteUntil: when(round.voteUntil),
    resultBy: when(round.resultBy),
    url: absoluteUrl(publicUrl, wijkbudgetPaths.vote(round.slug)),
    minimumAge: round.minimumAge,
    pollingPlaces: round.eligibility === 'codes' ? [] : pollingPlaces,
  };
}

const csvColumns = [
  'volgnummer',
  'briefnummer',
  'stemcode',
  'ronde',
  'gebied',
  'buurt',
  'budget',
  'stemmen_vanaf',
  'stemmen_tot',
  'uitslag_verwacht',
  'website',
  'minimumleeftijd',
  'stembureaus',
] as const;

/**
 * The mail-merge file, line by line: a header, then one row per code with its sequence number and its
 * letter number (batch-sequence), which the help desk needs when a letter is lost: keep the addresses
 * merged with it, and this file without the codes, until the result is published.
 */
export function* mailMergeLines(codes: readonly string[], text: LetterText): Generator<string> {
  yield csvLine([...csvColumns]);
  for (const [i, code] of codes.entries()) {
    yield csvLine([
      String(i + 1),
      letterNumber(text.batchId, i + 1),
      code,
      text.round,
      text.area,
      text.buurt ?? '',
      text.budget,
      text.voteFrom,
      text.voteUntil,
      text.resultBy,
      text.url,
      String(text.minimumAge),
      text.pollingPlaces.join('; '),
    ]);
  }
}

/** The mail-merge file as a byte stream, a few hundred rows per chunk. */
export function mailMergeCsv(codes: readonly string[], text: LetterText): Readable {
  return Readable.from(
    (function* chunks() {
      let rows: string[] = [];
      for (const line of mailMergeLines(codes, text)) {
        rows.push(line);
        if (rows.length === 500) {
          yield Buffer.from(rows.join(''), 'utf8');
          rows = [];
        }
      }
      if (rows.length > 0) yield Buffer.from(rows.join(''), 'utf8');
    })(),
  );
}

const A4 = 'A4';
const MARGIN = 64;

/** One A4 page: how to vote online with this code, and where on paper. Plain Dutch, large code. */
function writeLetter(doc: PDFKit.PDFDocument, code: string, sequence: number, text: LetterText): void {
  const line = (key: MessageKey, params?: Record<string, string | number>, size = 12) =>
    doc.font('Helvetica').fontSize(size).text(t(key, params), { paragraphGap: 8 });
  const heading = (key: MessageKey, params?: Record<string, string | number>) =>
    doc.moveDown(0.5).font('Helvetica-Bold').fontSize(14).text(t(key, params), { paragraphGap: 4 });

  doc
    .font('Helvetica-Bold')
    .fontSize(20)
    .text(t('wijkbudget.letter.title', { round: text.round }));
  doc.moveDown(0.8);
  if (text.buurt) line('wijkbudget.letter.buurt', { buurt: text.buurt }, 10);
  line('wijkbudget.letter.greeting');
  line('wijkbudget.letter.intro', { budget: text.budget, area: text.area });
  line('wijkbudget.letter.when', { from: text.voteFrom, until: text.voteUntil });

  heading('wijkbudget.letter.onlineTitle');
  line('wijkbudget.letter.online', { url: text.url });
  doc.moveDown(0.3);
  const top = doc.y;
  doc
    .rect(MARGIN, top, doc.page.width - 2 * MARGIN, 52)
    .lineWidth(2)
    .stroke();
  doc
    .font('Courier-Bold')
    .fontSize(26)
    .text(code, MARGIN, top + 14, { width: doc.page.width - 2 * MARGIN, align: 'center' });
  doc.x = MARGIN;
  doc.y = top + 64;

  if (text.pollingPlaces.length > 0) {
    heading('wijkbudget.letter.paperTitle');
    line('wijkbudget.letter.paper');
    doc.font('Helvetica').fontSize(12).list(text.pollingPlaces, { bulletRadius: 2, paragraphGap: 2 });
    doc.moveDown(0.5);
  }

  heading('wijkbudget.letter.whoTitle');
  line('wijkbudget.letter.who', { age: text.minimumAge, area: text.area });
  line('wijkbudget.letter.secret');
  line('wijkbudget.letter.result', { date: text.resultBy });

  doc
    .font('Helvetica')
    .fontSize(9)
    .text(
      t('wijkbudget.letter.sequence', { number: letterNumber(text.batchId, sequence) }),
      MARGIN,
      doc.page.height - MARGIN - 10,
      { lineBreak: false },
    );
}

/**
 * A PDF with one A4 letter per code, as a stream that is written page by page while it is read (the
 * caller pipes it into the response). `compress: false` is for tests that read the text back.
 */
export function letterPdf(
  codes: readonly string[],
  text: LetterText,
  options: { compress?: boolean } = {},
): Readable {
  const doc = new PDFDocument({
    size: A4,
    margin: MARGIN,
    autoFirstPage: false,
    compress: options.compress ?? true,
    info: { Title: t('wijkbudget.letter.title', { round: text.round }), Author: 'Open Zuidwest' },
  });
  const out = new PassThrough();
  doc.pipe(out);
  let next = 0;
  // A few pages per turn, then let the response drain: memory stays flat for 40,000 letters.
  const writeSome = () => {
    const until = Math.min(next + 50, codes.length);
    for (; next < until; next += 1) {
      doc.addPage();
      writeLetter(doc, codes[next]!, next + 1, text);
    }
    if (next < codes.length) {
      if (out.writableNeedDrain) out.once('drain', writeSome);
      else setImmediate(writeSome);
    } else {
      doc.end();
    }
  };
  writeSome();
  return out;
}
