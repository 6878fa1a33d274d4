// SPDX-License-Identifier: EUPL-1.2
import type { Db } from '../db/client.ts';
import { t, tPlural } from '../platform/i18n.ts';
import { knownAreaCodes } from './areas.ts';
import { checkFigures, type Figure } from './figures.ts';
import { importFigures } from './service.ts';

export type PreparedImport =
  | { ok: true; figures: Figure[] }
  | {
      ok: false;
      /** What to tell the person who ran the import, one line each, in Dutch. */
      lines: string[];
    };

/** Reads and checks a figures file; nothing touches the database here. */
export function prepareImport(file: string | undefined, read: (path: string) => string): PreparedImport {
  if (!file) return { ok: false, lines: [t('monitor.import.usage')] };
  let text: string;
  try {
    text = read(file);
  } catch {
    return { ok: false, lines: [t('monitor.import.unreadable', { file })] };
  }
  const check = checkFigures(text, knownAreaCodes());
  if (check.ok) return { ok: true, figures: check.figures };
  return {
    ok: false,
    lines: [
      tPlural('monitor.import.failed', check.errors.length),
      ...check.errors.map((e) => t('monitor.import.line', { line: e.line, message: e.message })),
    ],
  };
}

/** Checks a figures file and, only when every line is right, stores all of it (the import command). */
export async function runImport(
  db: Db,
  file: string | undefined,
  read: (path: string) => string,
): Promise<{ ok: boolean; lines: string[] }> {
  const prepared = prepareImport(file, read);
  if (!prepared.ok) return prepared;
  const count = await importFigures(db, prepared.figures);
  return { ok: true, lines: [t('monitor.import.done', { count, file: file ?? '' })] };
}
