// SPDX-License-Identifier: EUPL-1.2

import type { MiddlewareHandler } from 'hono';
import type { Child } from 'hono/jsx';
import { RequestContext, useRequestContext } from 'hono/jsx-renderer';
import { HtmlEscapedCallbackPhase, resolveCallback } from 'hono/utils/html';
import type { PageProps } from '../context.ts';
import { t } from '../i18n.ts';
import type { NavigationEntry } from '../part.ts';
import { platformPaths } from '../paths.ts';

export const stylesheetPath = platformPaths.stylesheet;

/** The site's own addresses the layout links to (home, about, news feed); app.ts passes src/site/paths.ts. */
export interface SiteLinks {
  home: string;
  about: string;
  feed: string;
}

function SiteHeader({
  path,
  navigation,
  links,
}: {
  path: string;
  navigation: readonly NavigationEntry[];
  links: SiteLinks;
}) {
  const isCurrent = (href: string) => (href === links.home ? path === links.home : path.startsWith(href));
  return (
    <header class="utrecht-page-header site-header">
      <a class="site-name" href={links.home}>
        {t('site.name')}
      </a>
      <nav class="site-nav" aria-label={t('site.nav.label')}>
        <ul class="site-nav__list">
          {navigation.map((item) => (
            <li>
              <a
                class="utrecht-link"
                href={item.href}
                aria-current={isCurrent(item.href) ? 'page' : undefined}
              >
                {t(item.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

function StaffBar() {
  const c = useRequestContext();
  const user = c.get('user');
  if (!user) return null;
  return (
    <div class="staff-bar">
      <span>{t('auth.signedInAs', { name: user.name })}</span>
      <a class="utrecht-link" href={platformPaths.staff.dashboard}>
        {t('admin.nav.dashboard')}
      </a>
      <form method="post" action={platformPaths.staff.signOut} class="staff-bar__form">
        <input type="hidden" name="_csrf" value={c.get('csrfToken')()} />
        <button type="submit" class="utrecht-button utrecht-button--subtle">
          {t('auth.signOut')}
        </button>
      </form>
    </div>
  );
}

function SiteFooter({ links }: { links: SiteLinks }) {
  return (
    <footer class="utrecht-page-footer site-footer">
      <p>{t('site.footer.text')}</p>
      <ul class="site-footer__links">
        <li>
          <a class="utrecht-link" href={links.about}>
            {t('site.nav.about')}
          </a>
        </li>
        <li>
          <a class="utrecht-link" href={platformPaths.api}>
            {t('site.footer.data')}
          </a>
        </li>
        <li>
          <a class="utrecht-link" href={platformPaths.staff.signIn}>
            {t('site.footer.staff')}
          </a>
        </li>
      </ul>
    </footer>
  );
}

function Document({
  title,
  hasErrors,
  description,
  navigation,
  links,
  children,
}: PageProps & { navigation: readonly NavigationEntry[]; links: SiteLinks; children?: Child }) {
  const c = useRequestContext();
  const fullTitle = `${hasErrors ? t('site.errorTitlePrefix', { title }) : title} - ${t('site.name')}`;
  return (
    <html lang="nl" dir="ltr" class="denhaag-theme utrecht-root">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        {description ? <meta name="description" content={description} /> : null}
        <link rel="stylesheet" href={stylesheetPath} />
        <link rel="alternate" type="application/atom+xml" title={t('updates.feedTitle')} href={links.feed} />
      </head>
      <body class="utrecht-document utrecht-page-body">
        <a class="utrecht-skip-link" href="#main">
          {t('site.skipLink')}
        </a>
        <StaffBar />
        <SiteHeader path={c.req.path} navigation={navigation} links={links} />
        <main id="main" class="utrecht-page-content site-main" tabindex={-1}>
          {children}
        </main>
        <SiteFooter links={links} />
      </body>
    </html>
  );
}

/**
 * The one layout: doctype, lang/dir, skip link, landmarks. Each view renders exactly one h1.
 *
 * Rendered to a plain string before it becomes the response. (hono/jsx-renderer hands c.html() a String
 * object, which @hono/node-server cannot send directly: it builds a web Response around it and reads
 * that back as a stream, about a tenth of the CPU of a small page such as the voting receipt.)
 * The main menu is built by app.ts from the site's and the parts' navigation entries.
 */
export const pageRenderer =
  (navigation: readonly NavigationEntry[], links: SiteLinks): MiddlewareHandler =>
  async (c, next) => {
    c.setRenderer(async (content, props) => {
      const page = (
        <RequestContext.Provider value={c}>
          <Document {...props} navigation={navigation} links={links}>
            {content}
          </Document>
        </RequestContext.Provider>
      );
      const text = await resolveCallback(
        await page.toString(),
        HtmlEscapedCallbackPhase.Stringify,
        false,
        {},
      );
      return c.html(`<!DOCTYPE html>${text}`);
    });
    await next();
  };
