// SPDX-License-Identifier: EUPL-1.2
// The wijkbudget's staff actions and who may do them (see StaffActions in platform/auth/roles.ts).
import type { PermissionTable } from '../platform/auth/roles.ts';

declare module '../platform/auth/roles.ts' {
  interface StaffActions {
    'manage-wijkbudget': true; // set up rounds, review plans, make voting codes, count and publish
    'enter-paper-ballots': true;
  }
}

export const wijkbudgetPermissions = {
  'manage-wijkbudget': ['admin', 'editor'],
  'enter-paper-ballots': ['admin', 'editor'],
} as const satisfies PermissionTable;
