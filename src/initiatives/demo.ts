// SPDX-License-Identifier: EUPL-1.2
/**
 * DEMO=1: example applications in every status, marked "Voorbeeld" (demo = true), so staff and
 * residents can see the whole process. They are made up, never counted on real pages or in the API
 * without DEMO=1, and never mailed (no outbox is involved).
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { changeStatusIn } from '../platform/workflow/service.ts';
import {
  decisionDueOn,
  type InitiativeStatus,
  initiativeStatuses,
  initiativeWorkflow,
  publishableStatuses,
} from './rules.ts';
import { initiativeApplicants, initiativeBudgetLines, initiatives } from './schema.ts';

const exampleEmail = 'voorbeeld@voorbeeld.invalid';

/** Examples are never mailed. */
const noMail = {
  queue: async () => {
    throw new Error('example applications are never mailed');
  },
};

/** The path an example took to its status (the history the example shows). */
const pathTo: Record<InitiativeStatus, InitiativeStatus[]> = {
  draft: [],
  received: ['received'],
  'needs-info': ['received', 'needs-info'],
  complete: ['received', 'complete'],
  'in-review': ['received', 'complete', 'in-review'],
  granted: ['received', 'complete', 'in-review', 'granted'],
  'partly-granted': ['received', 'complete', 'in-review', 'partly-granted'],
  rejected: ['received', 'complete', 'in-review', 'rejected'],
  paid: ['received', 'complete', 'in-review', 'granted', 'paid'],
  accounted: ['received', 'complete', 'in-review', 'granted', 'paid', 'accounted'],
  closed: ['received', 'complete', 'in-review', 'granted', 'paid', 'accounted', 'closed'],
};

const buurtenByTurn = ['BU05183620', 'BU05183387', 'BU05183396', 'BU05183480'];

export async function loadInitiativeExamples(db: Db, now = new Date()): Promise<void> {
  const existing = await db
    .select({ id: initiatives.id })
    .from(initiatives)
    .where(eq(initiatives.demo, true))
    .limit(1);
  if (existing.length > 0) return;
  await db.transaction(async (tx) => {
    await tx.insert(initiativeApplicants).values({ email: exampleEmail }).onConflictDoNothing();
    const [applicant] = await tx
      .select()
      .from(initiativeApplicants)
      .where(eq(initiativeApplicants.email, exampleEmail));
    for (const [i, status] of initiativeStatuses.entries()) {
      const received = new Date(now.getTime() - (30 + i * 5) * 86_400_000);
      const decided = publishableStatuses.includes(status) || status === 'rejected';
      const [row] = await tx
        .insert(initiatives)
        .values({
          applicantId: applicant!.id,
          demo: true,
          groupName: 'Voorbeeld',
          contactName: 'Voorbeeld',
          title: `Voorbeeld: buurtactiviteit ${i + 1}`,
          description: 'Dit is een verzonnen voorbeeld, om te laten zien hoe een aanvraag verloopt.',
          buurtCode: buurtenByTurn[i % buurtenByTurn.length]!,
          startsOn: received.toISOString().slice(0, 10),
          audience: 'Voorbeeld',
          participants: 20 + i * 5,
          declared: status !== 'draft',
          publishConsent: true,
          receivedAt: status === 'draft' ? null : received,
          decisionDueOn: status === 'draft' ? null : decisionDueOn(received, 56),
          grantedEuros: decided && status !== 'rejected' ? 500 + i * 100 : null,
        })
        .returning({ id: initiatives.id });
      await tx
        .insert(initiativeBudgetLines)
        .values({ initiativeId: row!.id, position: 0, item: 'Voorbeeld', amountEuros: 500 + i * 100 });
      let from: InitiativeStatus = 'draft';
      for (const to of pathTo[status]) {
        const reason = initiativeWorkflow.transitions.find((tr) => tr.from === from && tr.to === to)
          ?.reasonRequired
          ? 'Voorbeeld van een toelichting.'
          : null;
        const changed = await changeStatusIn(tx, noMail, {
          workflow: initiativeWorkflow,
          table: initiatives,
          id: row!.id,
          from,
          to,
          reason,
          actor: null,
          audit: { action: 'initiative.example' },
        });
        if (!changed.ok) throw new Error(`example ${status}: ${from} -> ${to} refused (${changed.refusal})`);
        from = to;
      }
    }
  });
}
