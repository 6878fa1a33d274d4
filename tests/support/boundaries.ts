// SPDX-License-Identifier: EUPL-1.2
// Checks the module boundaries of docs/adding-a-part.md by reading import statements and SQL writes.
// Pure: give it the files as text, it returns the breaks as sentences. src/boundaries.test.ts runs it on src/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The files another area may import: what a part shows the rest of the code. */
export const publicFiles = ['index.ts', 'service.ts', 'schema.ts', 'types.ts', 'paths.ts'] as const;

/**
 * Files that put the site together from every part, and may import each part's public files. The seed
 * loader writes its dataset into every part's tables; it is the one place allowed to.
 */
const composition = [
  /^src\/app\.ts$/,
  /^src\/parts\.ts$/,
  /^src\/server\.ts$/,
  /^src\/worker\.ts$/,
  /^src\/db\/schema\.ts$/,
  /^src\/i18n\//,
];
const loaders = [/^src\/seed\//];

const isTest = (file: string) => /\.(test|server-test|shared-test|e2e)\.tsx?$/.test(file);

export interface Layout {
  /** Folders under src/ that are parts (from src/parts.ts). */
  parts: readonly string[];
  /** Shared folders that parts build on but that are not parts themselves (site). */
  shared: readonly string[];
}

/** The parts listed in src/parts.ts, by the folders their index.ts is imported from. */
export function partsListedIn(partsFile: string): string[] {
  return [...partsFile.matchAll(/from '\.\/([\w-]+)\/index\.ts'/g)].map((m) => m[1]!);
}

function areaOf(file: string): string {
  const [, area] = file.split('/');
  return area?.includes('.') ? '' : (area ?? '');
}

function importsOf(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/g))
    found.push(m[1]!);
  for (const m of text.matchAll(/(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g)) found.push(m[1]!);
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]!);
  return found;
}

/** Table names (as in SQL) declared with pgTable in each schema file, by area. */
function tablesByArea(files: ReadonlyMap<string, string>): Map<string, string> {
  const owner = new Map<string, string>();
  for (const [file, text] of files) {
    if (!file.endsWith('/schema.ts') || file === 'src/db/schema.ts') continue;
    for (const m of text.matchAll(/pgTable\(\s*'([\w]+)'/g)) owner.set(m[1]!, areaOf(file));
  }
  return owner;
}

/**
 * Every break of the rules, as a sentence naming the file:
 * 1. a part (or site) imports another area's internals: only its public files (publicFiles) are open;
 * 2. src/platform imports a part, places or the site (the platform knows no part);
 * 3. a part writes a table that another area owns (by Drizzle: insert/update/delete of an imported
 *    table; by SQL: insert into / update / delete from its name);
 * 4. src/pb imports anything outside src/pb.
 * Test files are not checked: they build the whole app and look at every table.
 */
export function boundaryBreaks(files: ReadonlyMap<string, string>, layout: Layout): string[] {
  const breaks: string[] = [];
  const guarded = new Set([...layout.parts, ...layout.shared]);
  const owners = tablesByArea(files);
  for (const [file, text] of files) {
    if (!/\.tsx?$/.test(file) || isTest(file)) continue;
    if (composition.some((re) => re.test(file)) || loaders.some((re) => re.test(file))) continue;
    const from = areaOf(file);
    const importedTables = new Map<string, string>(); // local name -> owning area
    for (const specifier of importsOf(text)) {
      if (!specifier.startsWith('.')) continue;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
      if (!target.startsWith('src/')) continue;
      const to = areaOf(target);
      if (to === from) continue;
      const relative = target.slice(`src/${to}/`.length);
      if (from === 'pb') breaks.push(`${file} imports ${target}: src/pb imports nothing outside src/pb`);
      if (from === 'platform' && (guarded.has(to) || to === 'seed')) {
        breaks.push(`${file} imports ${target}: the platform must not import ${to}`);
      }
      if (guarded.has(to) && !(publicFiles as readonly string[]).includes(relative)) {
        breaks.push(
          `${file} imports ${target}: only the public files of ${to} (${publicFiles.join(', ')}) may be imported`,
        );
      }
      if (relative === 'schema.ts' && guarded.has(to)) {
        const statement = text.match(
          new RegExp(
            `import\\s+(\\{[^}]*\\}|\\*\\s+as\\s+\\w+)\\s+from\\s+['"]${specifier.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]`,
          ),
        );
        const clause = statement?.[1] ?? '';
        const star = clause.match(/\*\s+as\s+(\w+)/);
        if (star) importedTables.set(`${star[1]}.`, to);
        else
          for (const name of clause.replace(/[{}]/g, '').split(',')) {
            const local = name
              .replace(/\btype\b/, '')
              .split(/\s+as\s+/)
              .pop()
              ?.trim();
            if (local) importedTables.set(local, to);
          }
      }
    }
    if (guarded.has(from)) {
      for (const m of text.matchAll(/\.(insert|update|delete)\(\s*([\w.]+)\s*\)/g)) {
        const name = m[2]!;
        const owner =
          importedTables.get(name) ??
          [...importedTables].find(([local]) => local.endsWith('.') && name.startsWith(local))?.[1];
        if (owner && owner !== from)
          breaks.push(`${file} writes ${name}, a table of ${owner}: call ${owner}'s service`);
      }
      for (const m of text.matchAll(/\b(?:insert\s+into|delete\s+from|update)\s+"?(\w+)"?/gi)) {
        const owner = owners.get(m[1]!);
        if (owner && owner !== from)
          breaks.push(`${file} writes ${m[1]} in SQL, a table of ${owner}: call ${owner}'s service`);
      }
    }
  }
  return breaks;
}

/** Every source file under a folder, by its path from the repository root (posix). */
export function readSourceTree(root: string, dir = 'src'): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(path.join(root, dir))) {
    const relative = `${dir}/${name}`;
    const full = path.join(root, relative);
    if (statSync(full).isDirectory()) for (const [f, t] of readSourceTree(root, relative)) files.set(f, t);
    else if (/\.tsx?$/.test(name)) files.set(relative, readFileSync(full, 'utf8'));
  }
  return files;
}

/**
 * Every match of `patterns` in the files that `skip` does not exclude, as "file: match", leaving out the
 * ones in `allowed` and comment lines (a JSDoc @example may show what the check forbids).
 */
export function sourceMatches(
  files: ReadonlyMap<string, string>,
  patterns: readonly RegExp[],
  options: { skip: RegExp; allowed: ReadonlySet<string> },
): string[] {
  const found: string[] = [];
  for (const [file, source] of files) {
    if (options.skip.test(file)) continue;
    const text = source.replace(/^\s*(\/\/|\/\*\*|\*).*$/gm, '');
    for (const pattern of patterns)
      for (const match of text.matchAll(pattern)) {
        const hit = `${file}: ${match[0]}`;
        if (!options.allowed.has(hit)) found.push(hit);
      }
  }
  return found;
}
