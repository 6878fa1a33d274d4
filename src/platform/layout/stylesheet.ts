// SPDX-License-Identifier: EUPL-1.2
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Context } from 'hono';

const require = createRequire(import.meta.url);
const siteCss = fileURLToPath(new URL('./site.css', import.meta.url));
const kitCss = fileURLToPath(new URL('../components/kit.css', import.meta.url));
const srcDir = fileURLToPath(new URL('../../', import.meta.url));

/**
 * NL Design System (Utrecht components with The Hague's tokens) cut down to what our views use, plus
 * site.css. The full packages are ~540 KB; a page must stay under 100 KB, so unused rules and
 * unused custom properties are removed (PurgeCSS) and the rest is minified (Lightning CSS).
 */
export async function buildStylesheet(): Promise<string> {
  const { PurgeCSS } = await import('purgecss');
  const { transform } = await import('lightningcss');
  const sources = [
    require.resolve('@gemeente-denhaag/design-tokens-components/dist/index.css'),
    require.resolve('@utrecht/component-library-css/dist/index.css'),
  ].map((file) => readFileSync(file, 'utf8'));
  const css = `${sources.join('\n')}\n${readFileSync(siteCss, 'utf8')}\n${readFileSync(kitCss, 'utf8')}`;
  const [purged] = await new PurgeCSS().purge({
    content: [`${srcDir}/**/*.tsx`, `${srcDir}/**/*.ts`],
    css: [{ raw: css }],
    variables: true,
    safelist: {
      standard: [
        /^denhaag-theme$/,
        /^utrecht-root$/,
        /^utrecht-document$/,
        /^status-tag--/,
        /^ballot-total--/,
      ],
      greedy: [/^:root$/],
    },
  });
  const { code } = transform({ filename: 'site.css', code: Buffer.from(purged!.css), minify: true });
  return code.toString();
}

/** Serves the built stylesheet file, or builds it once on first request (development, tests). */
export function serveStylesheet(file: string | undefined) {
  let css: Promise<string> | undefined;
  return async (c: Context) => {
    css ??= file && existsSync(file) ? Promise.resolve(readFileSync(file, 'utf8')) : buildStylesheet();
    c.header('content-type', 'text/css; charset=utf-8');
    c.header('cache-control', 'public, max-age=3600');
    return c.body(await css);
  };
}
