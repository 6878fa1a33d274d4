// SPDX-License-Identifier: EUPL-1.2
// The programme's domain words, shared by its schema, rules, services and the seed dataset.

export type MeasureStatus = 'unknown' | 'planned' | 'started' | 'completed' | 'paused' | 'stopped';

/** What kind of record a measure is, so lists can group them the way the documents do. */
export type MeasureKind =
  | 'priority' // one of the top 10 priorities 2023-2026
  | 'measure' // a measure ("maatregel") of the concept programme, per line/alliance
  | 'quick-win' // a running Regio Deal project named as a quick win
  | 'activity'; // a concrete activity in one wijk, from the residents' meeting
