// SPDX-License-Identifier: EUPL-1.2
/** Where a fact comes from: the seed file name and the section (heading or slide) in it. */
export interface Source {
  file: string;
  section: string;
  /** A short verbatim quote that backs the record, where one helps a reader check it. */
  quote?: string;
  /** The document's title, for readers; added by the loader from Dataset.documents. */
  document?: string;
}
