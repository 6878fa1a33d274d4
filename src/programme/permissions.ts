// SPDX-License-Identifier: EUPL-1.2
// The programme's staff actions and who may do them (see StaffActions in platform/auth/roles.ts).
import { can, type PermissionTable, type StaffUser } from '../platform/auth/roles.ts';

declare module '../platform/auth/roles.ts' {
  interface StaffActions {
    'edit-programme': true; // lines, goals, alliances, funds, budget: the programme's own texts
    'create-measure': true;
    'edit-any-measure': true;
    'edit-own-alliance-measure': true;
  }
}

export const programmePermissions = {
  'edit-programme': ['admin', 'editor'],
  'create-measure': ['admin', 'editor'],
  'edit-any-measure': ['admin', 'editor'],
  'edit-own-alliance-measure': ['admin', 'editor', 'alliance-editor'],
} as const satisfies PermissionTable;

/** An alliance editor edits only the measures whose lead alliance is their own. */
export function canEditMeasure(user: StaffUser, measure: { allianceId: number | null }): boolean {
  if (can(user, 'edit-any-measure')) return true;
  return (
    can(user, 'edit-own-alliance-measure') &&
    user.allianceId !== null &&
    measure.allianceId === user.allianceId
  );
}
