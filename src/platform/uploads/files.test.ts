// SPDX-License-Identifier: EUPL-1.2
import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { checkAttachment } from './files.ts';

const max = 10 * 1024 * 1024;

async function realPdf(): Promise<Buffer> {
  const doc = new PDFDocument();
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.text('Offerte partytent: 350 euro');
  doc.end();
  return done;
}

describe('an attachment is checked by its content, not its name', () => {
  test('a real PDF is kept as it was sent', async () => {
    const pdf = await realPdf();
    const result = await checkAttachment(pdf, max);
    expect(result).toMatchObject({ ok: true, contentType: 'application/pdf' });
    expect(result.ok && result.bytes.equals(pdf)).toBe(true);
  });

  test('a photo is re-encoded as JPEG without its camera metadata', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c00' } })
      .withMetadata({ exif: { IFD0: { Copyright: 'GPS 52.05,4.26' } } })
      .png()
      .toBuffer();
    const result = await checkAttachment(png, max);
    expect(result).toMatchObject({ ok: true, contentType: 'image/jpeg' });
    const meta = await sharp(result.ok ? result.bytes : Buffer.alloc(0)).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.exif).toBeUndefined();
  });

  test('a text file, or an HTML page named .pdf, is refused', async () => {
    expect(await checkAttachment(Buffer.from('Gewoon een briefje'), max)).toEqual({
      ok: false,
      reason: 'not-allowed',
    });
    expect(await checkAttachment(Buffer.from('<html><script>alert(1)</script></html>'), max)).toEqual({
      ok: false,
      reason: 'not-allowed',
    });
  });

  test('a PDF header without the rest of a PDF is refused', async () => {
    expect(await checkAttachment(Buffer.from('%PDF-1.7\n<script>'), max)).toEqual({
      ok: false,
      reason: 'not-allowed',
    });
  });

  test('a PDF that runs JavaScript when opened is refused', async () => {
    const pdf = await realPdf();
    const withScript = Buffer.concat([
      pdf.subarray(0, 20),
      Buffer.from('\n1 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>\n'),
      pdf.subarray(20),
    ]);
    expect(await checkAttachment(withScript, max)).toEqual({ ok: false, reason: 'active-content' });
  });

  test('a file over the limit is refused before it is read', async () => {
    expect(await checkAttachment(new Uint8Array(101), 100)).toEqual({ ok: false, reason: 'too-large' });
  });
});
