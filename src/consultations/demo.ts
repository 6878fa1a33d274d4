// SPDX-License-Identifier: EUPL-1.2
/**
 * DEMO=1: example consultations with contributions and answers, marked "Voorbeeld" (consultations.demo,
 * contributions.demo), so a newcomer can see every screen of the feedback loop. They are invented, never
 * in the shipped dataset, and left out of the public response figures. On every start the open example's
 * dates move along with the clock, so it stays open.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { dutchToday } from './routes.tsx';
import { consultationContributions, consultations } from './schema.ts';
import { createConsultation } from './service.ts';

const day = 86_400_000;

function shifted(today: string, days: number): string {
  return new Date(Date.parse(`${today}T12:00:00Z`) + days * day).toISOString().slice(0, 10);
}

interface ExampleContribution {
  body: string;
  channel: 'online' | 'paper' | 'meeting';
  peopleCount?: number;
  answer?: string;
  daysAgo: number;
}

const examples = (today: string) => [
  {
    slug: 'voorbeeld-speelplek-moerwijk',
    title: 'Een nieuwe speelplek in Moerwijk',
    dates: { startsOn: shifted(today, -5), endsOn: shifted(today, 9), answerPromisedOn: shifted(today, 40) },
    summary: null,
    contributions: [
      {
        body: 'Graag ook iets voor kinderen van 10 tot 14 jaar, niet alleen voor kleine kinderen.',
        channel: 'online',
        daysAgo: 4,
        answer: 'Goed punt. Wij nemen een klimrek en een plek om te zitten mee in het ontwerp.',
      },
      { body: 'Kan er een hek omheen, zodat honden er niet in kunnen?', channel: 'online', daysAgo: 3 },
      {
        body: 'Bij de inloopavond wilde de tafel meer schaduw: bomen of een doek.',
        channel: 'meeting',
        peopleCount: 8,
        daysAgo: 2,
      },
    ] satisfies ExampleContribution[],
  },
  {
    slug: 'voorbeeld-afval-moerwijk',
    title: 'Minder afval naast de containers',
    dates: {
      startsOn: shifted(today, -70),
      endsOn: shifted(today, -50),
      answerPromisedOn: shifted(today, -20),
    },
    summary: {
      heard: 'Veel bewoners ergeren zich aan zakken naast de containers, vooral in het weekend.',
      willDo: 'Wij legen de containers op zaterdag een extra keer en plaatsen bordjes in drie talen.',
      wontDo: 'Camera’s plaatsen wij niet: dat mag alleen bij grote overlast, en die zien wij hier niet.',
    },
    contributions: [
      {
        body: 'De container is op zaterdag altijd vol.',
        channel: 'paper',
        daysAgo: 60,
        answer: 'Wij legen de container vanaf volgende maand ook op zaterdag.',
      },
      {
        body: 'Zet er bordjes bij in meer talen.',
        channel: 'online',
        daysAgo: 55,
        answer: 'Dat doen wij: in het Nederlands, Turks en Arabisch.',
      },
    ] satisfies ExampleContribution[],
  },
];

/** Adds the examples once; afterwards only moves the open example's dates along. */
export async function loadConsultationsDemo(db: Db, now = new Date()): Promise<void> {
  const today = dutchToday(now);
  for (const example of examples(today)) {
    const [existing] = await db.select().from(consultations).where(eq(consultations.slug, example.slug));
    if (existing) {
      if (!example.summary)
        await db.update(consultations).set(example.dates).where(eq(consultations.id, existing.id));
      continue;
    }
    const created = await createConsultation(
      db,
      null,
      {
        title: example.title,
        organiser: 'Voorbeeldteam van de gemeente',
        summary: 'Dit is een voorbeeld. De vragen en de reacties zijn verzonnen.',
        wijk: 'moerwijk',
        buurten: [],
        ...example.dates,
        level: 'adviseren',
        openForDiscussion: 'De inrichting en wat er komt.',
        notOpenForDiscussion: 'Het budget en de plek.',
        method: 'Online reageren en een inloopavond',
      },
      { demo: true },
    );
    if (!created.ok) continue; // no Moerwijk in this database: nothing to show it in
    await db
      .update(consultations)
      .set({ slug: example.slug, ...(example.summary ? { ...example.summary, summarisedAt: now } : {}) })
      .where(eq(consultations.id, created.id));
    for (const c of example.contributions as ExampleContribution[]) {
      const receivedAt = new Date(now.getTime() - c.daysAgo * day);
      await db.insert(consultationContributions).values({
        consultationId: created.id,
        body: c.body,
        channel: c.channel,
        peopleCount: c.peopleCount ?? 1,
        status: c.answer ? 'answered' : 'received',
        answer: c.answer ?? null,
        answeredAt: c.answer ? new Date(receivedAt.getTime() + 2 * day) : null,
        demo: true,
        createdAt: receivedAt,
      });
    }
  }
}
