// SPDX-License-Identifier: EUPL-1.2
/** Small hand-made elections for the tests of this library. */
import { parsePabulib } from './pabulib/parse.ts';
import type { Instance, VoteType } from './types.ts';

export interface ElectionSpec {
  readonly budget: string | number;
  /** [id, cost] pairs. */
  readonly projects: readonly (readonly [string, string | number])[];
  /** One list of project ids per voter. */
  readonly votes: readonly (readonly string[])[];
  readonly voteType?: VoteType;
  /** Cumulative only: points aligned with `votes`. */
  readonly points?: readonly (readonly number[])[];
}

/** The Pabulib text of a small election. */
export function electionText(spec: ElectionSpec): string {
  const voteType = spec.voteType ?? 'approval';
  const lines = [
    'META',
    'key;value',
    'description;test',
    'country;Nederland',
    'unit;Den Haag',
    'instance;test',
    `num_projects;${spec.projects.length}`,
    `num_votes;${spec.votes.length}`,
    `budget;${spec.budget}`,
    `vote_type;${voteType}`,
    'rule;greedy',
    'PROJECTS',
    'project_id;cost;name',
    ...spec.projects.map(([id, cost]) => `${id};${cost};Plan ${id}`),
    'VOTES',
    spec.points ? 'voter_id;vote;points' : 'voter_id;vote',
    ...spec.votes.map((vote, i) =>
      spec.points
        ? `v${i + 1};${vote.join(',')};${(spec.points[i] ?? []).join(',')}`
        : `v${i + 1};${vote.join(',')}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/** A small election as an Instance (through the real parser). */
export function election(spec: ElectionSpec): Instance {
  return parsePabulib(electionText(spec));
}

/** n copies of a ballot, for writing elections compactly. */
export function times(n: number, ballot: readonly string[]): string[][] {
  return Array.from({ length: n }, () => [...ballot]);
}
