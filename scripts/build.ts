// SPDX-License-Identifier: EUPL-1.2
/** Bundles the server with esbuild into dist/, with its migrations and the built stylesheet beside it. */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { buildStylesheet } from '../src/platform/layout/stylesheet.ts';

const started = performance.now();
await build({
  entryPoints: ['src/server.ts'],
  // Split at dynamic imports, so the cluster's primary loads only src/server.ts and its few packages;
  // the app and its packages (drizzle, pg-boss, sharp, ...) load in the workers (src/worker.ts).
  outdir: 'dist',
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  packages: 'external',
  jsx: 'automatic',
  jsxImportSource: 'hono/jsx',
  sourcemap: true,
  logLevel: 'warning',
});
cpSync('src/db/migrations', 'dist/migrations', { recursive: true });
mkdirSync('dist/public', { recursive: true });
const css = await buildStylesheet();
writeFileSync('dist/public/site.css', css);
console.log(
  `built dist/ in ${Math.round(performance.now() - started)} ms (stylesheet ${(css.length / 1024).toFixed(1)} KB)`,
);
