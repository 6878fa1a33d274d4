// SPDX-License-Identifier: EUPL-1.2
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { MessageKey } from './i18n.ts';
import { t } from './i18n.ts';
import type { Logger } from './logger.ts';
import { platformPaths } from './paths.ts';

const pages: Partial<Record<number, { title: MessageKey; body: MessageKey }>> = {
  403: { title: 'error.forbidden.title', body: 'error.forbidden.body' },
  404: { title: 'error.notFound.title', body: 'error.notFound.body' },
  413: { title: 'error.tooLarge.title', body: 'error.tooLarge.body' },
};

const apiMessages: Record<number, string> = {
  400: 'Het verzoek klopt niet.',
  403: 'Dit mag niet.',
  404: 'Niet gevonden.',
  413: 'Het verzoek is te groot.',
  500: 'Er ging iets mis aan onze kant.',
};

function isApi(c: Context) {
  return c.req.path.startsWith('/api/');
}

function errorPage(c: Context, status: ContentfulStatusCode) {
  if (isApi(c))
    return c.json(
      {
        error: status === 500 ? 'server_error' : `http_${status}`,
        message: apiMessages[status] ?? apiMessages[500],
      },
      status,
    );
  const page = pages[status] ?? { title: 'error.server.title', body: 'error.server.body' };
  c.status(status);
  c.header('cache-control', 'no-store');
  return c.render(
    <>
      <h1 class="utrecht-heading-1">{t(page.title)}</h1>
      <p class="utrecht-paragraph">{t(page.body)}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={platformPaths.root}>
          {t('error.notFound.home')}
        </a>
      </p>
    </>,
    { title: t(page.title) },
  );
}

export const notFoundPage: NotFoundHandler = (c) => errorPage(c, 404);

/** Known HTTP errors get their page; anything else is logged with the request id and shown as "er ging iets mis". */
export function errorHandler(logger: Logger): ErrorHandler {
  return (error, c) => {
    if (error instanceof HTTPException && error.status < 500) {
      if (error.status === 401) return c.redirect(platformPaths.staff.signIn, 303);
      return errorPage(c, error.status as ContentfulStatusCode);
    }
    logger.error({ err: error, requestId: c.get('requestId'), path: c.req.path }, 'request failed');
    return errorPage(c, 500);
  };
}

/**
 * The answer to a request whose body is larger than its route takes (see http/body-limit.ts): 413,
 * before the body is read. The connection is closed, so the rest of the upload is not waited for.
 */
export function bodyTooLarge(c: Context) {
  c.header('connection', 'close');
  return errorPage(c, 413);
}

/** The answer to a form post without a valid CSRF token: 403, nothing stored. */
export function csrfRejected(c: Context) {
  if (isApi(c)) return c.json({ error: 'csrf', message: t('error.csrf') }, 403);
  c.status(403);
  return c.render(
    <>
      <h1 class="utrecht-heading-1">{t('error.forbidden.title')}</h1>
      <p class="utrecht-paragraph">{t('error.csrf')}</p>
    </>,
    { title: t('error.forbidden.title') },
  );
}
