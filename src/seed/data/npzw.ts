// SPDX-License-Identifier: EUPL-1.2
/**
 * The NPZW dataset as the five programme documents in src/seed/sources state it. Every record cites its source;
 * where the documents give no status, budget or funder, the record says so (unknown / null).
 */
import type { Dataset } from '../dataset.ts';
import { activities } from './activities.ts';
import { budgetTables } from './budget.ts';
import { goals, lines } from './lines.ts';
import { gezondheidMeasures } from './measures-gezondheid.ts';
import { onderwijsMeasures } from './measures-onderwijs.ts';
import { sociaalMeasures } from './measures-sociaal.ts';
import { veiligheidMeasures } from './measures-veiligheid.ts';
import { werkMeasures } from './measures-werk.ts';
import { wonenMeasures } from './measures-wonen.ts';
import { alliances, partners } from './organisations.ts';
import { priorities } from './priorities.ts';
import { funds, programme, wijken } from './programme.ts';
import { documents } from './sources.ts';

export const npzw: Dataset = {
  documents,
  programme,
  wijken,
  lines,
  goals,
  partners,
  alliances,
  measures: [
    ...priorities,
    ...onderwijsMeasures,
    ...werkMeasures,
    ...wonenMeasures,
    ...veiligheidMeasures,
    ...gezondheidMeasures,
    ...sociaalMeasures,
    ...activities,
  ],
  funds,
  budgetTables,
};
