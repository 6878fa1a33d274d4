// SPDX-License-Identifier: EUPL-1.2
/**
 * The five programme documents the dataset quotes (shipped in src/seed/sources, see its README) and a small
 * helper to cite them.
 */
import type { MeasureKind, SeedDocument, SeedMeasure, Source } from '../dataset.ts';

export const FILES = {
  /** "Top 10": the ten priorities 2023-2026 (programme website). */
  top10: '000_5b567ba8339251b1.txt',
  /** Slides of the residents' meeting, June 2023. */
  meeting: '001_5507df9fd639e992.txt',
  /** Concept programma Zuidwest, 18 November 2021. */
  concept: '002_d542b81e115a5b9d.txt',
  /** Regio Deal Den Haag Zuid-West II. */
  regioDeal: '003_92c03839ed41e91e.txt',
  /** Begroting 2024, programma Stadsdelen, integratie en dienstverlening. */
  budget: '004_d44517c8bcd0a836.txt',
} as const;

export const SEED_FILES: readonly string[] = Object.values(FILES);

/** The folder with the documents' text, so anyone can check every quote against them. */
export const SOURCES_DIR = new URL('../sources/', import.meta.url);

/** The titles shown to readers next to every fact ("Bron: ..."). */
export const documents: SeedDocument[] = [
  { file: FILES.top10, title: 'Top 10 prioriteiten 2023-2026 (website Nationaal Programma Zuidwest)' },
  { file: FILES.meeting, title: 'Presentatie bewonersbijeenkomst Nationaal Programma Zuidwest (juni 2023)' },
  { file: FILES.concept, title: 'Concept programma Zuidwest (november 2021)' },
  { file: FILES.regioDeal, title: 'Regio Deal Den Haag Zuid-West II' },
  {
    file: FILES.budget,
    title: 'Begroting 2024 gemeente Den Haag: Stadsdelen, integratie en dienstverlening',
  },
];

export function src(file: string, section: string, quote?: string): Source {
  return quote === undefined ? { file, section } : { file, section, quote };
}

type MeasureInput = Pick<SeedMeasure, 'slug' | 'title' | 'summary' | 'kind' | 'lineSlugs' | 'source'> &
  Partial<SeedMeasure>;

/** Fills the fields the documents usually leave open: no budget, no funder, status unknown. */
export function measure(input: MeasureInput): SeedMeasure {
  return {
    description: null,
    top10Rank: null,
    status: 'unknown',
    goalSlugs: [],
    wijkSlugs: [],
    allianceSlug: null,
    partnerSlugs: [],
    budgetEuros: null,
    fundingSource: null,
    ...input,
  };
}

type ChapterInput = Omit<MeasureInput, 'kind' | 'lineSlugs'> & { lineSlugs?: string[] };

/**
 * Builders for the measures of one chapter (line) of the concept programme: the line and its alliance are the
 * default. A quick win is a running ("lopend") Regio Deal project: status started, funded by the Regio Deal.
 */
export function chapter(lineSlug: string, allianceSlug: string) {
  const build =
    (kind: MeasureKind, defaults: Partial<SeedMeasure>) =>
    (input: ChapterInput): SeedMeasure =>
      measure({ allianceSlug, ...defaults, ...input, kind, lineSlugs: input.lineSlugs ?? [lineSlug] });
  return {
    m: build('measure', {}),
    quickWin: build('quick-win', { status: 'started', fundingSource: 'Regio Deal' }),
  };
}
