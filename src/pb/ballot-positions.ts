// SPDX-License-Identifier: EUPL-1.2
/**
 * What the parser already knows about each ballot, kept for the profile: the position (in the
 * file's PROJECTS order) of every project a ballot lists, so that numbering the ballots needs no
 * lookup by id string. Only for instances as parsed: `profileOf` uses it only while the instance
 * still has the same projects and ballots arrays, else it looks the ids up itself.
 */
import type { Instance } from './types.ts';

export interface BallotPositions {
  readonly projects: Instance['projects'];
  readonly ballots: Instance['ballots'];
  /** Ballot i lists the projects at positions[start[i]] .. positions[start[i + 1] - 1]. */
  readonly start: Int32Array;
  readonly positions: Int32Array;
}

const known = new WeakMap<Instance, BallotPositions>();

export function rememberPositions(instance: Instance, positions: BallotPositions): void {
  known.set(instance, positions);
}

/** The positions recorded for this instance, if its projects and ballots are still the parsed ones. */
export function positionsOf(instance: Instance): BallotPositions | undefined {
  const found = known.get(instance);
  if (!found || found.projects !== instance.projects || found.ballots !== instance.ballots) return undefined;
  if (found.start.length !== instance.ballots.length + 1) return undefined;
  return found;
}
