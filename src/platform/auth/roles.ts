// SPDX-License-Identifier: EUPL-1.2
/** Staff roles. Residents need no account. */
export const roles = [
  'admin',
  'editor',
  'alliance-editor',
  'initiative-broker',
  'initiative-assessor',
] as const;
export type Role = (typeof roles)[number];

export type StaffAction =
  | 'manage-users'
  | 'view-audit-log'
  | 'manage-mail' // see mails that could not be delivered and send them again
  | 'edit-programme' // lines, goals, alliances, funds, budget: the programme's own texts
  | 'create-measure'
  | 'edit-any-measure'
  | 'edit-own-alliance-measure'
  | 'manage-wijkbudget' // set up rounds, review plans, make voting codes, count and publish
  | 'enter-paper-ballots'
  // Resident initiatives (issue 14): kept together so the move to roles declared by the parts is one block.
  | 'help-initiatives' // see applications in one's wijken, fill in on behalf, check completeness; never decide
  | 'decide-initiatives' // decide, confirm a colleague's decision (four eyes), record payment
  | 'manage-initiatives'; // the regulation's settings and which wijken a broker helps in

/** Which role may do which action. Tested as a full matrix in roles.test.ts. */
export const permissions = {
  admin: [
    'manage-users',
    'view-audit-log',
    'manage-mail',
    'edit-programme',
    'create-measure',
    'edit-any-measure',
    'edit-own-alliance-measure',
    'manage-wijkbudget',
    'enter-paper-ballots',
    'help-initiatives',
    'manage-initiatives',
  ],
  editor: [
    'edit-programme',
    'create-measure',
    'edit-any-measure',
    'edit-own-alliance-measure',
    'manage-wijkbudget',
    'enter-paper-ballots',
  ],
  'alliance-editor': ['edit-own-alliance-measure'],
  'initiative-broker': ['help-initiatives'],
  'initiative-assessor': ['help-initiatives', 'decide-initiatives'],
} as const satisfies Record<Role, readonly StaffAction[]>;

export interface StaffUser {
  id: number;
  role: Role;
  allianceId: number | null;
}

export function can(user: Pick<StaffUser, 'role'>, action: StaffAction): boolean {
  return (permissions[user.role] as readonly StaffAction[]).includes(action);
}

/** An alliance editor edits only the measures whose lead alliance is their own. */
export function canEditMeasure(user: StaffUser, measure: { allianceId: number | null }): boolean {
  if (can(user, 'edit-any-measure')) return true;
  return (
    can(user, 'edit-own-alliance-measure') &&
    user.allianceId !== null &&
    measure.allianceId === user.allianceId
  );
}
