// SPDX-License-Identifier: EUPL-1.2
/** Rounds in a given phase for tests: the dates are set around "now", so the real clock applies. */
import { eq } from 'drizzle-orm';
import type { Db } from '../../src/db/client.ts';
import { datesFor } from '../../src/wijkbudget/demo.ts';
import type { Phase } from '../../src/wijkbudget/rules.ts';
import { plans, rounds } from '../../src/wijkbudget/schema.ts';
import type { RoundInput } from '../../src/wijkbudget/service.ts';
import { createRound } from '../../src/wijkbudget/service.ts';

export { datesFor };

export function roundInput(phase: Phase, overrides: Partial<RoundInput> = {}): RoundInput {
  return {
    title: `Wijkbudget test ${phase}`,
    intro: 'Bewoners kiezen samen plannen voor de wijk.',
    wijkSlug: 'moerwijk',
    budgetEuros: 30_000,
    ballotKind: 'budget',
    ballotLimit: null,
    rule: 'greedy_cost',
    minimumAge: 16,
    eligibility: 'codes',
    moderatePlans: true,
    dates: datesFor(phase),
    ...overrides,
  };
}

export async function createRoundIn(db: Db, phase: Phase, overrides: Partial<RoundInput> = {}) {
  const created = await createRound(db, null, roundInput(phase, overrides));
  if (!created.ok) throw new Error(`round not created: ${JSON.stringify(created)}`);
  return created;
}

/** Moves a round's dates so it is in `phase` now (the stored result is left alone). */
export async function moveRoundTo(db: Db, roundId: number, phase: Phase) {
  await db.update(rounds).set(datesFor(phase)).where(eq(rounds.id, roundId));
}

/** A plan straight into the database, for tests that are not about submitting. */
export async function insertPlan(
  db: Db,
  roundId: number,
  plan: { title: string; costEuros: number; status?: 'feasible' | 'submitted'; buurtCode: string },
) {
  const [row] = await db
    .insert(plans)
    .values({
      roundId,
      title: plan.title,
      description: `Beschrijving van ${plan.title}`,
      buurtCode: plan.buurtCode,
      submitterCostCents: BigInt(plan.costEuros) * 100n,
      costCents: plan.status === 'submitted' ? null : BigInt(plan.costEuros) * 100n,
      contactEmail: 'indiener@example.nl',
      status: plan.status ?? 'feasible',
    })
    .returning({ id: plans.id });
  return row!.id;
}
