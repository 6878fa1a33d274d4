// SPDX-License-Identifier: EUPL-1.2
/**
 * Pure rules for batches of voting codes: when a second staff member must confirm a batch (four eyes),
 * who counts as "the same person", and the counts that are shown to staff and published: codes per batch
 * kind, and turnout per buurt from used codes (never from ballots). See docs/adr/0008-ballot-secrecy.md.
 */
import { type Phase, phases } from './rules.ts';

/**
 * Whether making codes now needs two staff members: from the moment voting opens. Before that one
 * person prepares the letters; a code made during voting can be used at once, so it needs a second
 * person who confirms (and only then are the codes made).
 * @example
 * ```ts
 * codesNeedSecondPerson('review'); // false
 * codesNeedSecondPerson('voting'); // true
 * ```
 */
export function codesNeedSecondPerson(phase: Phase): boolean {
  return phases.indexOf(phase) >= phases.indexOf('voting');
}

/**
 * A mailbox without its "+tag" (plus addressing delivers anna+2@denhaag.nl to anna@denhaag.nl), lower
 * case: two accounts with one mailbox belong to one person.
 * @example
 * ```ts
 * mailbox('Anna+Stemmen@DenHaag.nl'); // 'anna@denhaag.nl'
 * ```
 */
export function mailbox(email: string): string {
  const lower = email.trim().toLowerCase();
  const at = lower.lastIndexOf('@');
  if (at < 0) return lower;
  const local = lower.slice(0, at).split('+')[0];
  return `${local}${lower.slice(at)}`;
}

/**
 * Whether two staff accounts are one person for a four-eyes check: the same account, or two accounts
 * that share a mailbox. (Accounts with different mailboxes cannot be told apart here: who may make
 * accounts is the administrator's, and every account made is in the audit log.)
 * @example
 * ```ts
 * samePerson({ id: 1, email: 'anna@denhaag.nl' }, { id: 2, email: 'anna+2@denhaag.nl' }); // true
 * ```
 */
export function samePerson(a: { id: number; email: string }, b: { id: number; email: string }): boolean {
  return a.id === b.id || mailbox(a.email) === mailbox(b.email);
}

/** A made batch as the counts need it: its kind, buurt, when its codes were made, and its codes. */
export interface BatchCount {
  kind: string;
  buurtCode: string | null;
  buurtName: string | null;
  madeAt: Date;
  issued: number;
  used: number;
  /** Codes voided because the help desk gave the resident a new one (a lost letter). */
  replaced: number;
}

/** Codes issued per batch kind, in the published result document. */
export interface CodesPerKind {
  kind: string;
  batches: number;
  /** Codes made (each printed on a letter or handed out), replaced ones included. */
  codes: number;
  /** Of these, made once voting had opened (each confirmed by a second staff member). */
  codes_during_voting: number;
  used: number;
  /**
   * Of the codes made, voided because the resident got a new code at the help desk; that new code is
   * counted under its own kind. Absent in results published before replaced codes were counted apart.
   */
  replaced?: number;
  /** codes - replaced: the codes that could be used to vote (absent in those older results too). */
  usable?: number;
}

/** The order kinds are listed in; kinds added later follow in alphabetical order. */
const kindOrder = ['letters', 'help-desk'];

/**
 * Codes issued per kind of batch (letters, help desk, and any other kind), with how many were made
 * during voting, how many were used, and how many were voided (replaced at the help desk) and so
 * could not be used: a lost letter and its replacement are two codes made but one usable code, so the
 * usable codes, not the codes made, are what a reader compares with the number of residents.
 * @example
 * ```ts
 * codesPerKind([{ kind: 'letters', madeAt, issued: 500, used: 120, replaced: 2, ... }], voteFrom);
 * // [{ kind: 'letters', batches: 1, codes: 500, codes_during_voting: 0, used: 120, replaced: 2, usable: 498 }]
 * ```
 */
export function codesPerKind(batches: readonly BatchCount[], voteFrom: Date): CodesPerKind[] {
  const perKind = new Map<string, Required<CodesPerKind>>();
  for (const batch of batches) {
    const row = perKind.get(batch.kind) ?? {
      kind: batch.kind,
      batches: 0,
      codes: 0,
      codes_during_voting: 0,
      used: 0,
      replaced: 0,
      usable: 0,
    };
    row.batches += 1;
    row.codes += batch.issued;
    if (batch.madeAt.getTime() >= voteFrom.getTime()) row.codes_during_voting += batch.issued;
    row.used += batch.used;
    row.replaced += batch.replaced;
    row.usable = row.codes - row.replaced;
    perKind.set(batch.kind, row);
  }
  const rank = (kind: string) => (kindOrder.includes(kind) ? kindOrder.indexOf(kind) : kindOrder.length);
  return [...perKind.values()].sort((a, b) => rank(a.kind) - rank(b.kind) || a.kind.localeCompare(b.kind));
}

/**
 * A row of the turnout per buurt never stands for fewer letters than this: the letters of a smaller
 * buurt are counted with the letters without a buurt, so a row never narrows "who voted" down to a few
 * households (docs/adr/0008-ballot-secrecy.md).
 */
export const minimumCodesPerBuurt = 10;

/** One row of the turnout per buurt; `buurt_code` null is the row of all other letters. */
export interface BuurtTurnout {
  buurt_code: string | null;
  buurt: string | null;
  codes: number;
  used: number;
}

/**
 * Turnout per buurt from letter batches only: codes issued and used per buurt, in order of the buurt's
 * name, then one row (buurt null) for letters without a buurt and those of buurten with fewer than
 * minimumCodesPerBuurt codes. Help-desk codes are left out: one such code is one known person.
 * @example
 * ```ts
 * turnoutPerBuurt([{ kind: 'letters', buurtCode: 'BU05183620', buurtName: 'Morgenstond-Zuid', issued: 400, used: 90, ... }]);
 * // [{ buurt_code: 'BU05183620', buurt: 'Morgenstond-Zuid', codes: 400, used: 90 }]
 * ```
 */
export function turnoutPerBuurt(batches: readonly BatchCount[]): BuurtTurnout[] {
  const perBuurt = new Map<string, BuurtTurnout>();
  const other: BuurtTurnout = { buurt_code: null, buurt: null, codes: 0, used: 0 };
  for (const batch of batches) {
    if (batch.kind !== 'letters') continue;
    const row =
      batch.buurtCode === null
        ? other
        : (perBuurt.get(batch.buurtCode) ?? {
            buurt_code: batch.buurtCode,
            buurt: batch.buurtName ?? batch.buurtCode,
            codes: 0,
            used: 0,
          });
    row.codes += batch.issued;
    row.used += batch.used;
    if (batch.buurtCode !== null) perBuurt.set(batch.buurtCode, row);
  }
  const named: BuurtTurnout[] = [];
  for (const row of perBuurt.values()) {
    if (row.codes >= minimumCodesPerBuurt) named.push(row);
    else {
      other.codes += row.codes;
      other.used += row.used;
    }
  }
  named.sort((a, b) => (a.buurt ?? '').localeCompare(b.buurt ?? '', 'nl'));
  return other.codes > 0 ? [...named, other] : named;
}

/**
 * The share of codes used as a whole percentage, for the turnout tables.
 * @example
 * ```ts
 * percentUsed({ codes: 400, used: 90 }); // 23
 * ```
 */
export function percentUsed(row: { codes: number; used: number }): number {
  return row.codes === 0 ? 0 : Math.round((row.used / row.codes) * 100);
}
