// SPDX-License-Identifier: EUPL-1.2
/**
 * Strict reader for the Pabulib `.pb` format (META, PROJECTS and VOTES sections, `;`-separated,
 * CSV-style quotes). A malformed file gives a PabulibParseError that names the line and the problem;
 * it never gives a silently different count.
 */
import { rememberPositions } from '../ballot-positions.ts';
import { PabulibParseError } from '../errors.ts';
import { parseDecimal } from '../rational.ts';
import type { Ballot, Instance, Project, VoteType } from '../types.ts';

const SECTIONS = ['meta', 'projects', 'votes'] as const;
type Section = (typeof SECTIONS)[number];
const VOTE_TYPES: readonly VoteType[] = ['approval', 'choose-1', 'cumulative', 'ordinal'];

interface Row {
  readonly line: number;
  readonly fields: string[];
}

/** Splits one line into fields: `;` separates, `"..."` quotes (with `""` for a quote). */
export function splitRow(text: string, line: number): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (text[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0)
          throw new PabulibParseError(line, 'een veld tussen aanhalingstekens wordt niet afgesloten');
        value += text.slice(i, q);
        if (text[q + 1] === '"') {
          value += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      if (i < text.length && text[i] !== ';') {
        throw new PabulibParseError(
          line,
          'na een afsluitend aanhalingsteken moet een ; of het einde van de regel komen',
        );
      }
      fields.push(value.trim());
    } else {
      const semi = text.indexOf(';', i);
      const end = semi < 0 ? text.length : semi;
      fields.push(text.slice(i, end).trim());
      i = end;
    }
    if (i >= text.length) return fields;
    i++; // skip ';'
  }
}

function sectionOf(fields: readonly string[]): Section | undefined {
  const first = (fields[0] ?? '').toLowerCase();
  if (!(SECTIONS as readonly string[]).includes(first)) return undefined;
  return fields.slice(1).every((f) => f === '') ? (first as Section) : undefined;
}

/**
 * Parses the text of a Pabulib file. A byte-order mark and CRLF line endings are accepted, and so is
 * a `,` as decimal separator in costs and the budget.
 */
export function parsePabulib(text: string): Instance {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = source.split(/\r\n|\n|\r/);
  const sections = new Map<Section, { title: number; header: Row; rows: Row[] }>();
  let current: { title: number; header: Row | undefined; rows: Row[] } | undefined;
  let currentName: Section | undefined;

  for (let index = 0; index < lines.length; index++) {
    const line = index + 1;
    const raw = lines[index] as string;
    if (raw.trim() === '') continue;
    const fields = splitRow(raw, line);
    const section = sectionOf(fields);
    if (section) {
      if (sections.has(section) || currentName === section) {
        throw new PabulibParseError(line, `de sectie ${section.toUpperCase()} komt twee keer voor`);
      }
      const expected = SECTIONS[currentName ? SECTIONS.indexOf(currentName) + 1 : 0];
      if (section !== expected) {
        throw new PabulibParseError(
          line,
          `sectie ${section.toUpperCase()} staat op de verkeerde plek: eerst komt ${String(expected).toUpperCase()}`,
        );
      }
      if (current && currentName) {
        if (!current.header)
          throw new PabulibParseError(line, `de sectie ${currentName.toUpperCase()} heeft geen kopregel`);
        sections.set(currentName, { title: current.title, header: current.header, rows: current.rows });
      }
      current = { title: line, header: undefined, rows: [] };
      currentName = section;
      continue;
    }
    if (!current) throw new PabulibParseError(line, 'het bestand moet beginnen met de sectie META');
    if (!current.header) {
      current.header = { line, fields };
      continue;
    }
    if (fields.length !== current.header.fields.length) {
      throw new PabulibParseError(
        line,
        `deze regel heeft ${fields.length} velden, maar de kopregel heeft er ${current.header.fields.length}`,
      );
    }
    current.rows.push({ line, fields });
  }
  const endLine = lines.length;
  if (current && currentName) {
    if (!current.header)
      throw new PabulibParseError(endLine, `de sectie ${currentName.toUpperCase()} heeft geen kopregel`);
    sections.set(currentName, { title: current.title, header: current.header, rows: current.rows });
  }
  for (const name of SECTIONS) {
    if (!sections.has(name))
      throw new PabulibParseError(endLine, `de sectie ${name.toUpperCase()} ontbreekt`);
  }
  const metaSection = sections.get('meta')!;
  const projectSection = sections.get('projects')!;
  const voteSection = sections.get('votes')!;

  // META
  const meta: Record<string, string> = {};
  const metaLine = new Map<string, number>();
  if (metaSection.header.fields.length !== 2) {
    throw new PabulibParseError(
      metaSection.header.line,
      'de kopregel van META moet precies twee velden hebben: key;value',
    );
  }
  for (const row of metaSection.rows) {
    const [key, value] = row.fields as [string, string];
    if (key === '') throw new PabulibParseError(row.line, 'een regel in META heeft geen sleutel');
    if (Object.hasOwn(meta, key))
      throw new PabulibParseError(row.line, `de sleutel ${key} komt twee keer voor in META`);
    meta[key] = value;
    metaLine.set(key, row.line);
  }
  if (meta.budget === undefined)
    throw new PabulibParseError(metaSection.title, 'het budget ontbreekt in META');
  const budgetValue = parseDecimal(meta.budget);
  if (!budgetValue) {
    throw new PabulibParseError(metaLine.get('budget')!, `het budget "${meta.budget}" is geen bedrag`);
  }
  if (meta.vote_type === undefined)
    throw new PabulibParseError(metaSection.title, 'vote_type ontbreekt in META');
  const voteType = meta.vote_type as VoteType;
  if (!VOTE_TYPES.includes(voteType)) {
    throw new PabulibParseError(
      metaLine.get('vote_type')!,
      `stemtype "${meta.vote_type}" wordt niet ondersteund (wel: ${VOTE_TYPES.join(', ')})`,
    );
  }

  // PROJECTS
  const projectColumns = projectSection.header.fields;
  if (projectColumns[0] !== 'project_id') {
    throw new PabulibParseError(
      projectSection.header.line,
      'de eerste kolom van PROJECTS moet project_id zijn',
    );
  }
  const costColumn = projectColumns.indexOf('cost');
  if (costColumn < 0)
    throw new PabulibParseError(projectSection.header.line, 'PROJECTS heeft geen kolom cost');
  const rawProjects: { id: string; digits: bigint; decimals: number; fields: Record<string, string> }[] = [];
  /** Position of each project id in the PROJECTS section. */
  const positionOf = new Map<string, number>();
  for (const row of projectSection.rows) {
    const id = row.fields[0] as string;
    if (id === '') throw new PabulibParseError(row.line, 'een project heeft geen project_id');
    if (positionOf.has(id)) throw new PabulibParseError(row.line, `project ${id} komt twee keer voor`);
    positionOf.set(id, positionOf.size);
    const costText = row.fields[costColumn] as string;
    const cost = parseDecimal(costText);
    if (!cost)
      throw new PabulibParseError(row.line, `de kosten van project ${id} ("${costText}") zijn geen bedrag`);
    const fields: Record<string, string> = {};
    projectColumns.forEach((column, i) => {
      if (i !== 0 && i !== costColumn) fields[column] = row.fields[i] as string;
    });
    rawProjects.push({ id, digits: cost.digits, decimals: cost.decimals, fields });
  }
  let decimals = budgetValue.decimals;
  for (const p of rawProjects) decimals = Math.max(decimals, p.decimals);
  const scaled = (digits: bigint, d: number) => digits * 10n ** BigInt(decimals - d);
  const projects: Project[] = rawProjects.map((p) => ({
    id: p.id,
    cost: scaled(p.digits, p.decimals),
    fields: p.fields,
  }));

  // VOTES
  const voteColumns = voteSection.header.fields;
  if (voteColumns[0] !== 'voter_id') {
    throw new PabulibParseError(voteSection.header.line, 'de eerste kolom van VOTES moet voter_id zijn');
  }
  const voteColumn = voteColumns.indexOf('vote');
  if (voteColumn < 0) throw new PabulibParseError(voteSection.header.line, 'VOTES heeft geen kolom vote');
  const pointsColumn = voteType === 'cumulative' ? voteColumns.indexOf('points') : -1;
  const ballots: Ballot[] = [];
  const voteStart = new Int32Array(voteSection.rows.length + 1);
  let positions: Int32Array = new Int32Array(Math.max(16, voteSection.rows.length * 4));
  let votes = 0;
  const voters = new Set<string>();
  for (const row of voteSection.rows) {
    const voterId = row.fields[0] as string;
    if (voters.has(voterId)) throw new PabulibParseError(row.line, `kiezer ${voterId} komt twee keer voor`);
    voters.add(voterId);
    const voteText = row.fields[voteColumn] as string;
    const listed = voteText === '' ? [] : voteText.split(',');
    for (let j = 0; j < listed.length; j++) {
      const id = (listed[j] as string).trim();
      // The project's own id string, not a copy per ballot: less memory, and later lookups by id
      // touch a few strings instead of one per vote.
      const position = positionOf.get(id);
      if (position === undefined)
        throw new PabulibParseError(row.line, `stem verwijst naar onbekend project ${id}`);
      const shared = (rawProjects[position] as { id: string }).id;
      if (listed.indexOf(shared, 0) < j)
        throw new PabulibParseError(row.line, `stem noemt project ${id} twee keer`);
      listed[j] = shared;
      if (votes === positions.length) positions = grown(positions);
      positions[votes++] = position;
    }
    voteStart[ballots.length + 1] = votes;
    if (voteType === 'choose-1' && listed.length > 1) {
      throw new PabulibParseError(
        row.line,
        `bij choose-1 kiest een stem één project, deze stem noemt er ${listed.length}`,
      );
    }
    let points: bigint[] | undefined;
    if (pointsColumn >= 0) {
      const pointsText = row.fields[pointsColumn] as string;
      const parts = pointsText === '' ? [] : pointsText.split(',').map((s) => s.trim());
      if (parts.length !== listed.length) {
        throw new PabulibParseError(
          row.line,
          `stem noemt ${listed.length} projecten maar geeft ${parts.length} keer punten`,
        );
      }
      points = parts.map((part) => {
        if (!/^\d+$/.test(part))
          throw new PabulibParseError(row.line, `punten "${part}" zijn geen heel getal`);
        return BigInt(part);
      });
    }
    const fields: Record<string, string> = {};
    voteColumns.forEach((column, i) => {
      if (i !== 0 && i !== voteColumn && i !== pointsColumn) fields[column] = row.fields[i] as string;
    });
    ballots.push(
      points ? { voterId, projects: listed, points, fields } : { voterId, projects: listed, fields },
    );
  }

  checkCount(meta, metaLine, 'num_projects', projects.length, 'projecten');
  checkCount(meta, metaLine, 'num_votes', ballots.length, 'stemmen');

  const instance: Instance = {
    meta,
    voteType,
    budget: scaled(budgetValue.digits, budgetValue.decimals),
    decimals,
    projects,
    ballots,
    projectColumns,
    voteColumns,
  };
  rememberPositions(instance, { projects, ballots, start: voteStart, positions: positions.slice(0, votes) });
  return instance;
}

function grown(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

// A truncated file would otherwise be counted as if it were complete.
function checkCount(
  meta: Record<string, string>,
  metaLine: Map<string, number>,
  key: string,
  actual: number,
  what: string,
): void {
  const text = meta[key];
  if (text === undefined) return;
  if (!/^\d+$/.test(text) || Number(text) !== actual) {
    throw new PabulibParseError(
      metaLine.get(key)!,
      `META noemt ${key} ${text}, maar het bestand heeft ${actual} ${what}`,
    );
  }
}
