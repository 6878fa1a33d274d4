// SPDX-License-Identifier: EUPL-1.2
// The initiatives' staff actions and who may do them (see StaffActions in platform/auth/roles.ts).
import type { PermissionTable } from '../platform/auth/roles.ts';

declare module '../platform/auth/roles.ts' {
  interface StaffActions {
    'help-initiatives': true; // see applications in one's wijken, fill in on behalf, check completeness; never decide
    'decide-initiatives': true; // decide, confirm a colleague's decision (four eyes), record payment
    'manage-initiatives': true; // the regulation's settings and which wijken a broker helps in
  }
}

export const initiativesPermissions = {
  'help-initiatives': ['admin', 'initiative-broker', 'initiative-assessor'],
  'decide-initiatives': ['initiative-assessor'],
  'manage-initiatives': ['admin'],
} as const satisfies PermissionTable;
