// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, test } from 'vitest';
import { checkTransitionTable } from '../../../tests/support/workflow.ts';
import { canTransition, defineWorkflow, nextStatuses, reasonRequired } from './rules.ts';

// A small made-up workflow (a report from a resident), to test the table machinery itself.
const reportWorkflow = defineWorkflow({
  entityType: 'report',
  statuses: ['new', 'accepted', 'rejected', 'done'],
  roles: ['admin', 'editor', 'viewer'],
  next: { new: ['accepted', 'rejected'], accepted: ['done', 'rejected'], rejected: ['new'], done: [] },
  allowed: ['admin', 'editor'],
  rolesFor: { new: ['admin'] },
  reasonFor: ['rejected'],
});

checkTransitionTable(reportWorkflow, [
  ['new', 'accepted', ['admin', 'editor']],
  ['new', 'rejected', ['admin', 'editor'], 'reason'],
  ['accepted', 'done', ['admin', 'editor']],
  ['accepted', 'rejected', ['admin', 'editor'], 'reason'],
  ['rejected', 'new', ['admin']],
]);

describe('a transition table as data', () => {
  test('a refusal says why: same status, no such change, not for this role, no reason', () => {
    const check = (
      from: 'new' | 'accepted' | 'rejected' | 'done',
      to: typeof from,
      role: 'admin' | 'viewer',
    ) => canTransition(reportWorkflow, { from, to, role, reason: null });
    expect(check('new', 'new', 'admin')).toEqual({ ok: false, refusal: 'same-status' });
    expect(check('done', 'new', 'admin')).toEqual({ ok: false, refusal: 'not-allowed' });
    expect(check('new', 'accepted', 'viewer')).toEqual({ ok: false, refusal: 'role' });
    expect(check('new', 'rejected', 'admin')).toEqual({ ok: false, refusal: 'reason-required' });
    expect(check('new', 'accepted', 'admin')).toEqual({ ok: true });
  });

  test('the system (role null) follows the transitions and reasons of the table, not its roles', () => {
    const system = (
      from: 'new' | 'rejected' | 'done',
      to: 'new' | 'accepted' | 'rejected',
      reason: string | null,
    ) => canTransition(reportWorkflow, { from, to, role: null, reason });
    expect(system('rejected', 'new', null)).toEqual({ ok: true });
    expect(system('done', 'new', null)).toEqual({ ok: false, refusal: 'not-allowed' });
    expect(system('new', 'rejected', null)).toEqual({ ok: false, refusal: 'reason-required' });
  });

  test('the choices for a form follow the role; a reason is needed only where the table says', () => {
    expect(nextStatuses(reportWorkflow, 'rejected', 'editor')).toEqual([]);
    expect(nextStatuses(reportWorkflow, 'rejected', 'admin')).toEqual(['new']);
    expect(nextStatuses(reportWorkflow, 'new', 'editor')).toEqual(['accepted', 'rejected']);
    expect(reasonRequired(reportWorkflow, 'accepted', 'rejected')).toBe(true);
    expect(reasonRequired(reportWorkflow, 'accepted', 'done')).toBe(false);
  });

  test('a table that names an unknown status or role, or a status following itself, is refused at start', () => {
    const base = {
      entityType: 'x',
      statuses: ['a', 'b'] as const,
      roles: ['admin'] as const,
      allowed: ['admin'] as const,
    };
    expect(() => defineWorkflow({ ...base, next: { a: ['c' as 'a'], b: [] } })).toThrow(/unknown status c/);
    expect(() => defineWorkflow({ ...base, next: { a: ['a'], b: [] } })).toThrow(/cannot follow itself/);
    expect(() =>
      defineWorkflow({ ...base, next: { a: ['b'], b: [] }, rolesFor: { b: ['root' as 'admin'] } }),
    ).toThrow(/unknown role root/);
  });
});
