// SPDX-License-Identifier: EUPL-1.2
// The product parts, in the order their pages, menu entries, search hits and sections appear.
// Adding a part: docs/adding-a-part.md.
import { initiatives } from './initiatives/index.ts';
import { monitor } from './monitor/index.ts';
import { places } from './places/index.ts';
import type { Part } from './platform/part.ts';
import { programme } from './programme/index.ts';
import { wijkbudget } from './wijkbudget/index.ts';

export const parts: readonly Part[] = [places, programme, wijkbudget, initiatives, monitor];
