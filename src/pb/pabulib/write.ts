// SPDX-License-Identifier: EUPL-1.2
/**
 * Writes an instance in the Pabulib `.pb` format. Parsing the written text gives the same instance:
 * money is written with exactly the decimals it needs, and META budget/vote_type/num_projects/num_votes
 * are written from the instance itself.
 */
import { formatScaled, parseDecimal } from '../rational.ts';
import type { Instance } from '../types.ts';

function field(value: string): string {
  return /[;"\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function row(values: readonly string[]): string {
  return values.map(field).join(';');
}

function sameMoney(text: string | undefined, value: bigint, decimals: number): boolean {
  const parsed = text === undefined ? undefined : parseDecimal(text);
  return parsed !== undefined && parsed.digits * 10n ** BigInt(decimals - parsed.decimals) === value;
}

/** The instance as Pabulib text (LF line endings, no byte-order mark). */
export function writePabulib(instance: Instance): string {
  const lines: string[] = ['META', 'key;value'];
  const derived: Record<string, string> = {
    // Keep the budget as it was written if it has the same value ("400000.0" stays "400000.0").
    budget: sameMoney(instance.meta.budget, instance.budget, instance.decimals)
      ? (instance.meta.budget as string)
      : formatScaled(instance.budget, instance.decimals),
    vote_type: instance.voteType,
    num_projects: String(instance.projects.length),
    num_votes: String(instance.ballots.length),
  };
  for (const [key, value] of Object.entries(instance.meta)) {
    lines.push(row([key, Object.hasOwn(derived, key) ? (derived[key] as string) : value]));
  }
  for (const [key, value] of Object.entries(derived)) {
    if (!Object.hasOwn(instance.meta, key)) lines.push(row([key, value]));
  }

  const projectColumns =
    instance.projectColumns.length > 0 ? instance.projectColumns : ['project_id', 'cost'];
  lines.push('PROJECTS', row(projectColumns));
  for (const project of instance.projects) {
    lines.push(
      row(
        projectColumns.map((column) => {
          if (column === 'project_id') return project.id;
          if (column === 'cost') return formatScaled(project.cost, instance.decimals);
          return project.fields[column] ?? '';
        }),
      ),
    );
  }

  const hasPoints = instance.ballots.some((b) => b.points !== undefined);
  let voteColumns = instance.voteColumns.length > 0 ? [...instance.voteColumns] : ['voter_id', 'vote'];
  if (hasPoints && !voteColumns.includes('points')) voteColumns = [...voteColumns, 'points'];
  lines.push('VOTES', row(voteColumns));
  for (const ballot of instance.ballots) {
    lines.push(
      row(
        voteColumns.map((column) => {
          if (column === 'voter_id') return ballot.voterId;
          if (column === 'vote') return ballot.projects.join(',');
          if (column === 'points' && instance.voteType === 'cumulative') {
            return (ballot.points ?? []).map(String).join(',');
          }
          return ballot.fields[column] ?? '';
        }),
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}
