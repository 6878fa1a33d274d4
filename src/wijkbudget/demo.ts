// SPDX-License-Identifier: EUPL-1.2
/**
 * DEMO=1: example rounds in every phase, marked "Voorbeeld" (rounds.demo), so a newcomer can see every
 * screen. Their plans and ballots are invented and never touch real data: they are listed apart, get
 * no measures in the register, and the shipped NPZW dataset never contains them. On every start the
 * dates of the unfinished examples move along with the clock, so each stays in its phase.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { createLogger } from '../platform/logger.ts';
import type { Outbox } from '../platform/mail/outbox.ts';
import { seededRandom } from '../platform/seeded-random.ts';
import { countRound, publishResult } from './result-service.ts';
import type { Phase, PlanStatus, WijkbudgetRule } from './rules.ts';
import { ballots, plans, rounds } from './schema.ts';
import { createRound, listRoundBuurten, type RoundInput, type WijkbudgetDeps } from './service.ts';

const day = 24 * 60 * 60 * 1000;

/** Dates that put a round in `phase` at `now`: the phase began a day ago. */
export function datesFor(phase: Phase, now = new Date()): RoundInput['dates'] {
  const start = { draft: 1, submitting: -1, review: -3, voting: -5, counting: -7, result: -7, execution: -9 }[
    phase
  ];
  const at = (offset: number) => new Date(now.getTime() + (start + offset) * day).toISOString();
  return {
    submitFrom: at(0),
    submitUntil: at(2),
    reviewUntil: at(3),
    voteFrom: at(4),
    voteUntil: at(6),
    resultBy: at(7),
    executionFrom: phase === 'execution' ? at(8) : at(30),
  };
}

interface ExamplePlan {
  title: string;
  description: string;
  costEuros: number;
  status: PlanStatus;
  reason?: string;
  /** How likely a simulated voter is to choose it (result example only). */
  popularity?: number;
}

const examplePlans: ExamplePlan[] = [
  {
    title: 'Bankjes en schaduw op het speelplein',
    description: 'Vier bankjes en twee bomen bij het speelplein, zodat ouders en ouderen er kunnen zitten.',
    costEuros: 6000,
    status: 'feasible',
    popularity: 0.55,
  },
  {
    title: 'Moestuin voor de buurt',
    description: 'Een gezamenlijke moestuin met bakken op hoogte, ook voor mensen in een rolstoel.',
    costEuros: 9000,
    status: 'feasible',
    popularity: 0.35,
  },
  {
    title: 'Huiswerkhulp in het buurthuis',
    description: 'Twee middagen per week hulp bij huiswerk voor kinderen van groep 6 tot de brugklas.',
    costEuros: 12000,
    status: 'feasible',
    popularity: 0.45,
  },
  {
    title: 'Buurtfeest op het plein',
    description: 'Eén groot feest voor alle buren, met muziek en eten uit de buurt.',
    costEuros: 5000,
    status: 'feasible',
    popularity: 0.3,
  },
  {
    title: 'Extra licht in het donkere steegje',
    description: 'Lampen in het steegje achter de winkels, zodat het er ’s avonds veiliger voelt.',
    costEuros: 8000,
    status: 'feasible',
    popularity: 0.25,
  },
  {
    title: 'Nieuwe parkeerplaatsen',
    description: 'Meer parkeerplaatsen in de straat.',
    costEuros: 40000,
    status: 'not-feasible',
    reason:
      'Dit past niet in het wijkbudget: parkeren valt onder de gemeente zelf. Het plan kost ook meer dan het budget.',
  },
];

interface Example {
  slug: string;
  phase: Phase;
  title: string;
  rule: WijkbudgetRule;
  plans: ExamplePlan[];
}

const examples: Example[] = [
  {
    slug: 'voorbeeld-in-voorbereiding',
    phase: 'draft',
    title: 'Voorbeeld: ronde in voorbereiding',
    rule: 'greedy_cost',
    plans: [],
  },
  {
    slug: 'voorbeeld-plannen-insturen',
    phase: 'submitting',
    title: 'Voorbeeld: plannen insturen',
    rule: 'greedy_cost',
    plans: examplePlans.slice(0, 2).map((p) => ({ ...p, status: 'submitted' as const })),
  },
  {
    slug: 'voorbeeld-beoordeling',
    phase: 'review',
    title: 'Voorbeeld: plannen worden beoordeeld',
    rule: 'greedy_cost',
    plans: examplePlans.map((p, i) =>
      i < 2 ? p : { ...p, status: p.status === 'feasible' ? ('in-review' as const) : p.status },
    ),
  },
  {
    slug: 'voorbeeld-stemmen',
    phase: 'voting',
    title: 'Voorbeeld: stemmen',
    rule: 'greedy_cost',
    plans: examplePlans,
  },
  {
    slug: 'voorbeeld-uitslag',
    phase: 'result',
    title: 'Voorbeeld: uitslag',
    rule: 'mes_cost_add1_greedy',
    plans: examplePlans,
  },
];

const exampleOutbox: Outbox = {
  queue: async () => {
    throw new Error('example plans have no submitter to mail');
  },
  failed: async () => [],
  retry: async () => false,
};

/** Adds the example rounds that are missing and moves the dates of the unfinished ones. */
export async function loadDemo(db: Db, now = new Date()): Promise<void> {
  const logger = createLogger('silent');
  // Example plans have no submitter (no e-mail address), so nothing is ever queued for them.
  const deps: WijkbudgetDeps = { outbox: exampleOutbox, logger, publicUrl: '' };
  for (const example of examples) {
    const [existing] = await db.select().from(rounds).where(eq(rounds.slug, example.slug));
    if (existing) {
      if (!existing.resultPublishedAt)
        await db.update(rounds).set(datesFor(example.phase, now)).where(eq(rounds.id, existing.id));
      continue;
    }
    await createExample(db, deps, example, now);
  }
}

async function createExample(db: Db, deps: WijkbudgetDeps, example: Example, now: Date) {
  const created = await createRound(
    db,
    null,
    {
      title: example.title,
      intro:
        'Dit is een voorbeeld. De plannen en de stemmen zijn verzonnen. Zo kunt u zien hoe het wijkbudget werkt, van plan tot uitslag.',
      wijkSlug: 'moerwijk',
      budgetEuros: 25_000,
      ballotKind: 'budget',
      ballotLimit: null,
      rule: example.rule,
      minimumAge: 16,
      eligibility: 'codes',
      // The example result shows trackers next to some ballots: the example rounds offer them.
      trackers: true,
      dates: datesFor(example.phase === 'result' ? 'voting' : example.phase, now),
    },
    { demo: true },
  );
  if (!created.ok) throw new Error(`example round ${example.slug} not made`);
  await db.update(rounds).set({ slug: example.slug }).where(eq(rounds.id, created.id));
  const buurten = await listRoundBuurten(db, {
    wijkId: (await db.select().from(rounds).where(eq(rounds.id, created.id)))[0]!.wijkId,
  });
  const ids: { id: number; plan: ExamplePlan }[] = [];
  for (const [i, plan] of example.plans.entries()) {
    const [row] = await db
      .insert(plans)
      .values({
        roundId: created.id,
        title: plan.title,
        description: plan.description,
        buurtCode: buurten[i % buurten.length]!.code,
        submitterCostCents: BigInt(plan.costEuros) * 100n,
        costCents: plan.status === 'feasible' ? BigInt(plan.costEuros) * 100n : null,
        contactEmail: null,
        status: plan.status,
        statusReason: plan.reason ?? null,
      })
      .returning({ id: plans.id });
    ids.push({ id: row!.id, plan });
  }
  if (example.phase !== 'result') return;
  await db.insert(ballots).values(simulatedBallots(created.id, ids, 25_000));
  await db.update(rounds).set(datesFor('counting', now)).where(eq(rounds.id, created.id));
  const counted = await countRound(db, null, created.id, now);
  if (!counted.ok) throw new Error(`example round not counted: ${counted.reason}`);
  const published = await publishResult(db, deps, null, created.id, now);
  if (!published.ok) throw new Error(`example result not published: ${published.reason}`);
}

/** 300 invented voters; each chooses plans by their popularity while the choice fits the budget. */
function simulatedBallots(
  roundId: number,
  onBallot: { id: number; plan: ExamplePlan }[],
  budgetEuros: number,
) {
  const random = seededRandom(2040);
  const feasible = onBallot.filter((p) => p.plan.status === 'feasible');
  const rows: { roundId: number; choice: { planIds: number[] }; tracker: string | null }[] = [];
  for (let voter = 0; voter < 300; voter++) {
    let spent = 0;
    const chosen: number[] = [];
    for (const p of feasible) {
      const wants = random() < (p.plan.popularity ?? 0.3);
      if (wants && spent + p.plan.costEuros <= budgetEuros) {
        spent += p.plan.costEuros;
        chosen.push(p.id);
      }
    }
    if (chosen.length === 0) continue;
    rows.push({
      roundId,
      choice: { planIds: chosen },
      tracker: voter < 3 ? `VOOR-BLD${voter + 2}` : null,
    });
  }
  return rows;
}
