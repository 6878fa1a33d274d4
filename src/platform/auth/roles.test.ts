// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, test } from 'vitest';
import { parts } from '../../parts.ts';
import { canEditMeasure } from '../../programme/permissions.ts';
import { wijkbudget } from '../../wijkbudget/index.ts';
import { type Part, roleMatrixOfParts } from '../part.ts';
import { can, type Role, roleMatrix, type StaffAction } from './roles.ts';

// The full matrix, written out by hand so a change to roles.ts must be a deliberate change here too.
const matrix: Record<Role, Record<StaffAction, boolean>> = {
  admin: {
    'manage-users': true,
    'view-audit-log': true,
    'manage-mail': true,
    'edit-programme': true,
    'create-measure': true,
    'edit-any-measure': true,
    'edit-own-alliance-measure': true,
    'manage-wijkbudget': true,
    'enter-paper-ballots': true,
    'manage-reports': true,
    'help-initiatives': true,
    'decide-initiatives': false,
    'manage-initiatives': true,
  },
  editor: {
    'manage-users': false,
    'view-audit-log': false,
    'manage-mail': false,
    'edit-programme': true,
    'create-measure': true,
    'edit-any-measure': true,
    'edit-own-alliance-measure': true,
    'manage-wijkbudget': true,
    'enter-paper-ballots': true,
    'manage-reports': true,
    'help-initiatives': false,
    'decide-initiatives': false,
    'manage-initiatives': false,
  },
  'alliance-editor': {
    'manage-users': false,
    'view-audit-log': false,
    'manage-mail': false,
    'edit-programme': false,
    'create-measure': false,
    'edit-any-measure': false,
    'edit-own-alliance-measure': true,
    'manage-wijkbudget': false,
    'enter-paper-ballots': false,
    'manage-reports': false,
    'help-initiatives': false,
    'decide-initiatives': false,
    'manage-initiatives': false,
  },
  'initiative-broker': {
    'manage-users': false,
    'view-audit-log': false,
    'manage-mail': false,
    'edit-programme': false,
    'create-measure': false,
    'edit-any-measure': false,
    'edit-own-alliance-measure': false,
    'manage-wijkbudget': false,
    'enter-paper-ballots': false,
    'manage-reports': false,
    'help-initiatives': true,
    'decide-initiatives': false,
    'manage-initiatives': false,
  },
  'initiative-assessor': {
    'manage-users': false,
    'view-audit-log': false,
    'manage-mail': false,
    'edit-programme': false,
    'create-measure': false,
    'edit-any-measure': false,
    'edit-own-alliance-measure': false,
    'manage-wijkbudget': false,
    'enter-paper-ballots': false,
    'manage-reports': false,
    'help-initiatives': true,
    'decide-initiatives': true,
    'manage-initiatives': false,
  },
};

describe('what each staff role may do', () => {
  for (const [role, actions] of Object.entries(matrix) as [Role, Record<StaffAction, boolean>][]) {
    for (const [action, expected] of Object.entries(actions) as [StaffAction, boolean][]) {
      test(`${role} ${expected ? 'may' : 'may not'} ${action}`, () => {
        expect(can({ role }, action)).toBe(expected);
      });
    }
  }
});

describe('the role matrix is built from the parts', () => {
  test('the matrix holds exactly the actions above: the platform’s and every part’s', () => {
    const actions = (role: Role) => [...roleMatrix()[role]].sort();
    for (const role of Object.keys(matrix) as Role[]) {
      const allowed = Object.entries(matrix[role])
        .filter(([, may]) => may)
        .map(([action]) => action);
      expect(actions(role), role).toEqual(allowed.sort());
    }
  });

  test('a part’s declared permission appears in the matrix, for the roles it names, and only with the part', () => {
    const withWijkbudget = roleMatrixOfParts(parts);
    const without = roleMatrixOfParts(parts.filter((part) => part !== wijkbudget));
    expect(wijkbudget.permissions?.['enter-paper-ballots']).toEqual(['admin', 'editor']);
    expect(withWijkbudget.editor).toContain('enter-paper-ballots');
    expect(withWijkbudget['alliance-editor']).not.toContain('enter-paper-ballots');
    expect(without.editor).not.toContain('enter-paper-ballots');
    expect(without.admin).toContain('manage-users');
  });

  test('two parts declaring the same action is refused when the matrix is built', () => {
    const copy: Part = { name: 'copy', permissions: { 'manage-wijkbudget': ['editor'] } };
    expect(() => roleMatrixOfParts([...parts, copy])).toThrow('manage-wijkbudget');
  });
});

describe('who may edit a measure', () => {
  const cases: [string, Role, number | null, number | null, boolean][] = [
    ['an admin edits a measure of any alliance', 'admin', null, 2, true],
    ['an admin edits a measure without alliance', 'admin', null, null, true],
    ['an editor edits a measure of any alliance', 'editor', null, 2, true],
    ['an editor edits a measure without alliance', 'editor', null, null, true],
    ['an alliance editor edits a measure of their own alliance', 'alliance-editor', 2, 2, true],
    ['an alliance editor may not edit another alliance’s measure', 'alliance-editor', 2, 3, false],
    ['an alliance editor may not edit a measure without alliance', 'alliance-editor', 2, null, false],
    ['an alliance editor without alliance edits nothing', 'alliance-editor', null, null, false],
  ];
  for (const [name, role, userAlliance, measureAlliance, expected] of cases) {
    test(name, () => {
      expect(canEditMeasure({ id: 1, role, allianceId: userAlliance }, { allianceId: measureAlliance })).toBe(
        expected,
      );
    });
  }
});
