// SPDX-License-Identifier: EUPL-1.2
/**
 * Uploaded files are checked by what they are, never by their name or the type the browser claims.
 * An image must decode (sharp) as JPEG, PNG or WebP and is re-encoded as JPEG without any metadata, so
 * no camera location (EXIF GPS) is ever kept. A PDF must start with the PDF header and end with its
 * end-of-file marker, and may not carry script or embedded files.
 */
import sharp from 'sharp';

const acceptedImageFormats = new Set(['jpeg', 'png', 'webp']);

export interface CleanImage {
  contentType: 'image/jpeg';
  bytes: Buffer;
  width: number;
  height: number;
}

export type ImageCheck =
  | { ok: true; image: CleanImage }
  | { ok: false; reason: 'too-large' | 'not-an-image' };

/** Decodes and re-encodes an image at most `maxWidth` px wide; refuses anything that is not an image. */
export async function cleanImage(
  bytes: Uint8Array,
  options: { maxBytes: number; maxWidth: number },
): Promise<ImageCheck> {
  if (bytes.byteLength > options.maxBytes) return { ok: false, reason: 'too-large' };
  try {
    const image = sharp(bytes, { limitInputPixels: 50_000_000, failOn: 'error' });
    const { format } = await image.metadata();
    if (!format || !acceptedImageFormats.has(format)) return { ok: false, reason: 'not-an-image' };
    const { data, info } = await image
      .rotate() // apply the EXIF orientation before the metadata is dropped
      .resize({ width: options.maxWidth, withoutEnlargement: true })
      .jpeg({ quality: 78, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return {
      ok: true,
      image: { contentType: 'image/jpeg', bytes: data, width: info.width, height: info.height },
    };
  } catch {
    return { ok: false, reason: 'not-an-image' };
  }
}

export type PdfCheck = { ok: true } | { ok: false; reason: 'too-large' | 'not-a-pdf' | 'active-content' };

/**
 * A PDF by its bytes: the "%PDF-1.x" header at the start and "%%EOF" in the last kilobyte. PDFs with
 * JavaScript, automatic actions or embedded files are refused: staff open these files.
 */
export function checkPdf(bytes: Uint8Array, maxBytes: number): PdfCheck {
  if (bytes.byteLength > maxBytes) return { ok: false, reason: 'too-large' };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!/^%PDF-[12]\.\d/.test(buffer.subarray(0, 8).toString('latin1')))
    return { ok: false, reason: 'not-a-pdf' };
  if (
    !buffer
      .subarray(Math.max(0, buffer.length - 1024))
      .toString('latin1')
      .includes('%%EOF')
  )
    return { ok: false, reason: 'not-a-pdf' };
  if (/\/(JavaScript|JS|OpenAction|Launch|EmbeddedFile)\b/.test(buffer.toString('latin1')))
    return { ok: false, reason: 'active-content' };
  return { ok: true };
}

export type AttachmentCheck =
  | { ok: true; contentType: 'application/pdf' | 'image/jpeg'; bytes: Buffer }
  | { ok: false; reason: 'too-large' | 'not-allowed' | 'active-content' };

/** A PDF (kept as sent) or an image (cleaned); anything else is refused. */
export async function checkAttachment(bytes: Uint8Array, maxBytes: number): Promise<AttachmentCheck> {
  if (bytes.byteLength > maxBytes) return { ok: false, reason: 'too-large' };
  const pdf = checkPdf(bytes, maxBytes);
  if (pdf.ok) return { ok: true, contentType: 'application/pdf', bytes: Buffer.from(bytes) };
  if (pdf.reason === 'active-content') return { ok: false, reason: 'active-content' };
  const image = await cleanImage(bytes, { maxBytes, maxWidth: 2000 });
  if (image.ok) return { ok: true, contentType: 'image/jpeg', bytes: image.image.bytes };
  return { ok: false, reason: 'not-allowed' };
}
