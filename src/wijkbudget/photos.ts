// SPDX-License-Identifier: EUPL-1.2
// A plan's photo: checked by content and stripped of metadata by the platform's photo module.
export { cleanPhoto, MAX_PHOTO_BYTES, type PhotoResult, photoResponse } from '../platform/photos/photos.ts';
