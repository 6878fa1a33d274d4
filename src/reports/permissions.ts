// SPDX-License-Identifier: EUPL-1.2
// The reports' staff actions and who may do them (see StaffActions in platform/auth/roles.ts).
import type { PermissionTable } from '../platform/auth/roles.ts';

declare module '../platform/auth/roles.ts' {
  interface StaffActions {
    'manage-reports': true; // triage, route and answer residents' reports (meldingen)
  }
}

export const reportsPermissions = {
  'manage-reports': ['admin', 'editor'],
} as const satisfies PermissionTable;
