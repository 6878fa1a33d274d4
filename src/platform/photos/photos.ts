// SPDX-License-Identifier: EUPL-1.2
/**
 * A photo (a wijkbudget plan's, a report's) is checked by what it is, not by its name: sharp must be able
 * to decode it as JPEG, PNG or WebP. It is then re-encoded at most 1200 px wide without any metadata, so no camera
 * location (EXIF GPS) is ever published, and a phone with a slow connection gets a small file.
 */
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { cleanImage } from '../uploads/files.ts';

/** A photo that has been checked and re-encoded. */
export interface CleanPhoto {
  contentType: string;
  bytes: Buffer;
  width: number;
  height: number;
  alt: string | null;
}

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
const MAX_WIDTH = 1200;

export type PhotoResult =
  | { ok: true; photo: CleanPhoto }
  | { ok: false; reason: 'too-large' | 'not-an-image' };

export async function cleanPhoto(bytes: Uint8Array, alt: string | null): Promise<PhotoResult> {
  const cleaned = await cleanImage(bytes, { maxBytes: MAX_PHOTO_BYTES, maxWidth: MAX_WIDTH });
  if (!cleaned.ok) return cleaned;
  return { ok: true, photo: { ...cleaned.image, alt } };
}

/**
 * The photo as a response. The public may keep it for 5 minutes only: a plan can be hidden at any moment
 * (moderation), and its photo must not stay in shared caches for long after that. Staff (and a reporter
 * following a report) get it uncached.
 */
export function photoResponse(
  c: Context,
  photo: { contentType: string; bytes: Uint8Array },
  audience: 'public' | 'staff',
) {
  c.header('content-type', photo.contentType);
  c.header('cache-control', audience === 'public' ? 'public, max-age=300' : 'private, no-store');
  c.header('x-content-type-options', 'nosniff');
  // An ETag of its own also keeps the page cache (which reads bodies as text) away from the bytes.
  c.header('etag', `"${createHash('sha1').update(photo.bytes).digest('base64url')}"`);
  return c.body(new Uint8Array(photo.bytes));
}
