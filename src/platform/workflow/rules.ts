// SPDX-License-Identifier: EUPL-1.2
/**
 * The shared status workflow, pure: a transition table as data (from, to, which roles may, whether a
 * public reason is required) and the one function that says whether a change is allowed, with a reason
 * when it is not. Each part writes its own table (programme/rules.ts, wijkbudget/rules.ts); the service
 * beside this file saves a change. Tested pair by pair with tests/support/workflow.ts.
 */

export interface Transition<S extends string, R extends string> {
  from: S;
  to: S;
  /** The roles that may make this change. */
  roles: readonly R[];
  /** True when the change needs a reason that everyone can read (shown in the public history). */
  reasonRequired: boolean;
}

export interface Workflow<S extends string, R extends string> {
  /** What the history and the audit log call the thing that moves ('measure', 'wijkbudget-plan'). */
  entityType: string;
  statuses: readonly S[];
  roles: readonly R[];
  transitions: readonly Transition<S, R>[];
}

/** Why a change is refused, for the part to put in its own words. */
export type Refusal =
  /** The new status is the status it already has. */
  | 'same-status'
  /** No transition goes from this status to that one. */
  | 'not-allowed'
  /** The transition exists, but not for this role. */
  | 'role'
  /** The transition needs a public reason and none was given. */
  | 'reason-required';

export type TransitionCheck = { ok: true } | { ok: false; refusal: Refusal };

/**
 * Builds a workflow from a compact table: for each status the statuses that may follow it. `roles`
 * gives who may make every change (override per target status with `rolesFor`); `reasonFor` lists the
 * target statuses that need a public reason. Throws on a table that names an unknown status or role.
 */
export function defineWorkflow<const S extends string, const R extends string>(definition: {
  entityType: string;
  statuses: readonly S[];
  roles: readonly R[];
  next: { readonly [K in S]: readonly S[] };
  /** Who may make a change by default. */
  allowed: readonly R[];
  /** Other roles for a change to these statuses (replaces `allowed` for them). */
  rolesFor?: Partial<Record<S, readonly R[]>>;
  /** The target statuses whose change needs a public reason. */
  reasonFor?: readonly S[];
}): Workflow<S, R> {
  const known = new Set<string>(definition.statuses);
  const knownRoles = new Set<string>(definition.roles);
  const transitions: Transition<S, R>[] = [];
  for (const from of definition.statuses) {
    for (const to of definition.next[from]) {
      if (!known.has(to)) throw new Error(`${definition.entityType}: unknown status ${to}`);
      if (to === from) throw new Error(`${definition.entityType}: ${from} cannot follow itself`);
      const roles = definition.rolesFor?.[to] ?? definition.allowed;
      for (const role of roles)
        if (!knownRoles.has(role)) throw new Error(`${definition.entityType}: unknown role ${role}`);
      transitions.push({ from, to, roles, reasonRequired: definition.reasonFor?.includes(to) ?? false });
    }
  }
  return {
    entityType: definition.entityType,
    statuses: definition.statuses,
    roles: definition.roles,
    transitions,
  };
}

export function findTransition<S extends string, R extends string>(
  workflow: Workflow<S, R>,
  from: S,
  to: S,
): Transition<S, R> | undefined {
  return workflow.transitions.find((tr) => tr.from === from && tr.to === to);
}

/**
 * Whether this role may move something from one status to the other, with this public reason (null
 * or blank: none). A refusal says why. Role null is the system itself (publishing a result, a
 * scheduled job): the table's transitions and reasons apply to it, its roles do not.
 * @example
 * ```ts
 * canTransition(measureWorkflow, { from: 'started', to: 'paused', role: 'editor', reason: null });
 * // { ok: false, refusal: 'reason-required' }
 * ```
 */
export function canTransition<S extends string, R extends string>(
  workflow: Workflow<S, R>,
  change: { from: S; to: S; role: R | null; reason?: string | null | undefined },
): TransitionCheck {
  if (change.from === change.to) return { ok: false, refusal: 'same-status' };
  const transition = findTransition(workflow, change.from, change.to);
  if (!transition) return { ok: false, refusal: 'not-allowed' };
  if (change.role !== null && !transition.roles.includes(change.role)) return { ok: false, refusal: 'role' };
  if (transition.reasonRequired && !change.reason?.trim()) return { ok: false, refusal: 'reason-required' };
  return { ok: true };
}

/** The statuses this role may choose next (for a form's list). */
export function nextStatuses<S extends string, R extends string>(
  workflow: Workflow<S, R>,
  from: S,
  role: R,
): S[] {
  return workflow.transitions.filter((tr) => tr.from === from && tr.roles.includes(role)).map((tr) => tr.to);
}

/** True when going from one status to the other needs a public reason. */
export function reasonRequired<S extends string, R extends string>(
  workflow: Workflow<S, R>,
  from: S,
  to: S,
): boolean {
  return findTransition(workflow, from, to)?.reasonRequired ?? false;
}
