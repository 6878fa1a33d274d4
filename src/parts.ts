// SPDX-License-Identifier: EUPL-1.2
// The product parts, in the order their pages, menu entries, search hits and sections appear.
// Adding a part: docs/adding-a-part.md.
import { consultations } from './consultations/index.ts';
import { initiatives } from './initiatives/index.ts';
import { monitor } from './monitor/index.ts';
import { places } from './places/index.ts';
import { installRoleMatrix } from './platform/auth/roles.ts';
import { type Part, roleMatrixOfParts } from './platform/part.ts';
import { programme } from './programme/index.ts';
import { reports } from './reports/index.ts';
import { wijkbudget } from './wijkbudget/index.ts';

export const parts: readonly Part[] = [
  places,
  programme,
  monitor,
  wijkbudget,
  consultations,
  initiatives,
  reports,
];

// Who may do what is the platform's and the parts' permissions together; `can` answers from this matrix.
installRoleMatrix(roleMatrixOfParts(parts));
