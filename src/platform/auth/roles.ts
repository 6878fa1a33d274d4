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

/**
 * The actions a staff role can be allowed. The platform's own are here; each part adds its own in its
 * permissions.ts (`declare module '../platform/auth/roles.ts' { interface StaffActions { … } }`) and says
 * which roles get them in its `Part.permissions`. The compiler then knows every action by name.
 */
export interface StaffActions {
  'manage-users': true;
  'view-audit-log': true;
  'manage-mail': true; // see mails that could not be delivered and send them again
}
export type StaffAction = keyof StaffActions;

/** For each action, the roles that may do it. */
export type PermissionTable = { readonly [A in StaffAction]?: readonly Role[] };

/** Which role may do which action. */
export type RoleMatrix = Record<Role, readonly StaffAction[]>;

/** The platform's own actions: accounts, the audit log and failed mail are for administrators. */
export const platformPermissions = {
  'manage-users': ['admin'],
  'view-audit-log': ['admin'],
  'manage-mail': ['admin'],
} as const satisfies PermissionTable;

/** The matrix of the platform's and the parts' permission tables. An action in two tables is a mistake. */
export function roleMatrixOf(tables: readonly PermissionTable[]): RoleMatrix {
  const matrix = Object.fromEntries(roles.map((role) => [role, []])) as unknown as Record<
    Role,
    StaffAction[]
  >;
  const seen = new Set<StaffAction>();
  for (const table of tables)
    for (const [action, allowed] of Object.entries(table) as [StaffAction, readonly Role[]][]) {
      if (seen.has(action)) throw new Error(`staff action ${action} is declared twice`);
      seen.add(action);
      for (const role of allowed) matrix[role].push(action);
    }
  return matrix;
}

let installed: RoleMatrix = roleMatrixOf([platformPermissions]);

/** Called once by src/parts.ts with the matrix built from the list of parts. */
export function installRoleMatrix(matrix: RoleMatrix): void {
  installed = matrix;
}

/** The matrix `can` answers from: tested as a whole in roles.test.ts. */
export function roleMatrix(): RoleMatrix {
  return installed;
}

export interface StaffUser {
  id: number;
  role: Role;
  allianceId: number | null;
}

export function can(user: Pick<StaffUser, 'role'>, action: StaffAction): boolean {
  return installed[user.role].includes(action);
}
