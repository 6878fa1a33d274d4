// SPDX-License-Identifier: EUPL-1.2
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/** The largest request bodies the site takes, in bytes. */
export const bodyLimits = {
  /** Every form: text fields only. */
  form: 64 * 1024,
  /** The plan form, with a photo of at most 5 MB (multipart adds a little; a photo over 5 MB gets its own message). */
  planForm: 12 * 1024 * 1024,
};

const planFormPath = /^\/wijkbudget\/[^/]+\/plan-insturen\/?$/;

/**
 * Refuses a body larger than its route takes before anything reads it: by Content-Length up front, or
 * by counting the stream when there is none (chunked). Runs before the CSRF check, which reads forms.
 */
export function requestBodyLimit(
  onTooLarge: (c: Context) => Response | Promise<Response>,
): MiddlewareHandler {
  const small = bodyLimit({ maxSize: bodyLimits.form, onError: onTooLarge });
  const large = bodyLimit({ maxSize: bodyLimits.planForm, onError: onTooLarge });
  return (c, next) => (planFormPath.test(c.req.path) ? large : small)(c, next);
}
