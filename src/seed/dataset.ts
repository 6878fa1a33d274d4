// SPDX-License-Identifier: EUPL-1.2
/**
 * The shape of a programme dataset. NPZW ships in src/seed/data/; another area programme
 * (Rotterdam Zuid, a Leefbaarheid en Veiligheid area) provides its own file of this shape.
 *
 * Honesty rules: every record carries the source it was taken from; a figure the documents
 * do not give is `null` (shown as "onbekend"), never invented.
 */

import type { Source } from '../platform/source.ts';
import type { MeasureKind, MeasureStatus } from '../programme/types.ts';

export type { MeasureKind, MeasureStatus, Source };

/** A source document of the dataset, with the title a resident can recognise. */
export interface SeedDocument {
  file: string;
  title: string;
}

export interface SeedProgramme {
  name: string;
  mission: string;
  /** A few sentences on what the programme is, for the home page. */
  summary: string;
  /** The Partnerraad: what it is and who sits in it, as the documents say. */
  partnerraad: string;
  source: Source;
  partnerraadSource: Source;
}

export interface SeedWijk {
  slug: string; // 'bouwlust' | 'vrederust' | 'morgenstond' | 'moerwijk'
  name: string;
  /** CBS wijk code; Bouwlust and Vrederust share WK051833 (see shared/data/geo/README.md). */
  cbsCode: string;
  description: string;
  source: Source;
}

export interface SeedLine {
  slug: string;
  name: string; // e.g. 'Onderwijs'
  position: number; // 1..6, the order the documents use
  /** The main ambition for 2040 ("hoofdambitie"). */
  ambitionTitle: string;
  ambition: string;
  source: Source;
}

export interface SeedGoal {
  slug: string;
  lineSlug: string;
  title: string;
  description: string | null;
  /** A numeric target where the documents give one (e.g. 10000 homes added by 2040). */
  targetValue: number | null;
  targetUnit: string | null;
  targetYear: number | null;
  source: Source;
}

export interface SeedPartner {
  slug: string;
  name: string;
  source: Source;
}

export interface SeedAlliance {
  slug: string;
  name: string;
  description: string;
  lineSlugs: string[];
  partnerSlugs: string[];
  source: Source;
}

export interface SeedMeasure {
  slug: string;
  title: string;
  /** One or two plain sentences: what it is. */
  summary: string;
  /** Longer text from the documents, or null. */
  description: string | null;
  kind: MeasureKind;
  /** 1..10 for the top-10 priorities, otherwise null. */
  top10Rank: number | null;
  /** What the documents say; 'unknown' where they say nothing. */
  status: MeasureStatus;
  lineSlugs: string[];
  goalSlugs: string[];
  /** Empty means: all of Zuidwest, or the documents do not say. */
  wijkSlugs: string[];
  allianceSlug: string | null;
  partnerSlugs: string[];
  /** Euros; null where the documents give no budget. */
  budgetEuros: number | null;
  fundingSource: string | null;
  source: Source;
}

export interface SeedFundContribution {
  contributor: string; // e.g. 'Regio (gemeente en partners)', 'Rijk'
  amountEuros: number;
  source: Source;
}

export interface SeedFund {
  slug: string;
  name: string;
  description: string;
  contributions: SeedFundContribution[];
  source: Source;
}

export interface SeedBudgetRow {
  label: string;
  /** Thousands of euros, as in the budget document; null where a cell is empty. */
  lasten: number | null;
  baten: number | null;
  saldo: number | null;
}

export interface SeedBudgetTable {
  slug: string;
  title: string;
  /** The year or column the figures belong to, e.g. 'Begroting 2024'. */
  period: string;
  unit: 'EUR 1.000';
  rows: SeedBudgetRow[];
  source: Source;
}

export interface Dataset {
  documents: SeedDocument[];
  programme: SeedProgramme;
  wijken: SeedWijk[];
  lines: SeedLine[];
  goals: SeedGoal[];
  partners: SeedPartner[];
  alliances: SeedAlliance[];
  measures: SeedMeasure[];
  funds: SeedFund[];
  budgetTables: SeedBudgetTable[];
}
