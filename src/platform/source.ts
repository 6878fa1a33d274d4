// SPDX-License-Identifier: EUPL-1.2
/** Where a fact comes from: the seed file name and the section (heading or slide) in it. Declared with the kit's SourceNote. */
export type { Source } from './components/source-note.tsx';
