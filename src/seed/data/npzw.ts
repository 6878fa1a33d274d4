// SPDX-License-Identifier: EUPL-1.2
/**
 * The NPZW dataset as the five seed documents in ../shared/seeds state it. Every record cites its source;
 * where the documents give no status, budget or funder, the record says so (unknown / null).
 */
import type { Dataset } from '../dataset.ts';
import { budgetTables } from './budget.ts';
import { goals, lines } from './lines.ts';
import { alliances, partners } from './organisations.ts';
import { priorities } from './priorities.ts';
import { funds, programme, wijken } from './programme.ts';

export const npzw: Dataset = {
  programme,
  wijken,
  lines,
  goals,
  partners,
  alliances,
  measures: [...priorities],
  funds,
  budgetTables,
};
