// SPDX-License-Identifier: EUPL-1.2
/**
 * Example reports (DEMO=1), one in every status, marked "Voorbeeld" (`demo = true`) and never mixed with
 * real ones: public pages show them in a section of their own, the API flags them, figures leave them
 * out. They have no reporter's contact details, so nothing is ever mailed. Made-up texts, stated as such.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { changeStatus } from '../platform/workflow/service.ts';
import type { Category, ReportStatus } from './rules.ts';
import { reportWorkflow } from './rules.ts';
import { reports } from './schema.ts';
import { submitReport } from './service.ts';

interface Example {
  submission: string;
  category: Category;
  buurtCode: string;
  description: string;
  /** The statuses it goes through after 'received', with the public reason of each. */
  steps: { to: ReportStatus; reason: string | null; forwardedTo?: string }[];
}

const noMail = { queue: async () => {} };

const examples: Example[] = [
  {
    submission: '00000000-0000-4000-8000-00000000d001',
    category: 'litter',
    buurtCode: 'BU05183620',
    description: 'Voorbeeld: vuilniszakken naast de container.',
    steps: [],
  },
  {
    submission: '00000000-0000-4000-8000-00000000d002',
    category: 'lighting',
    buurtCode: 'BU05183620',
    description: 'Voorbeeld: een lantaarnpaal brandt niet.',
    steps: [{ to: 'in-progress', reason: null }],
  },
  {
    submission: '00000000-0000-4000-8000-00000000d003',
    category: 'green',
    buurtCode: 'BU05183620',
    description: 'Voorbeeld: een boom hangt over het fietspad.',
    steps: [{ to: 'forwarded', reason: 'Voorbeeldpartner', forwardedTo: 'Voorbeeldpartner' }],
  },
  {
    submission: '00000000-0000-4000-8000-00000000d004',
    category: 'play',
    buurtCode: 'BU05183620',
    description: 'Voorbeeld: een schommel is kapot.',
    steps: [
      { to: 'in-progress', reason: null },
      { to: 'closed', reason: 'Voorbeeld: de schommel is vervangen.' },
    ],
  },
  {
    submission: '00000000-0000-4000-8000-00000000d005',
    category: 'street',
    buurtCode: 'BU05183620',
    description: 'Voorbeeld: een losse stoeptegel.',
    steps: [
      { to: 'closed', reason: 'Voorbeeld: de tegel is vastgelegd.' },
      { to: 'reopened', reason: 'Voorbeeld: er ligt nog een losse tegel ernaast.' },
    ],
  },
];

/** Adds the example reports that are missing. */
export async function loadReportsDemo(db: Db): Promise<void> {
  for (const example of examples) {
    const [existing] = await db
      .select({ id: reports.id })
      .from(reports)
      .where(eq(reports.submission, example.submission));
    if (existing) continue;
    const made = await submitReport(
      db,
      { outbox: noMail, publicUrl: '' },
      {
        category: example.category,
        buurtCode: example.buurtCode,
        location: 'Voorbeeldstraat',
        description: example.description,
        email: null,
        phone: null,
        submission: example.submission,
      },
      null,
      { demo: true },
    );
    if (!made.ok) continue;
    let from: ReportStatus = 'received';
    for (const step of example.steps) {
      const now = new Date();
      await changeStatus(db, noMail, {
        workflow: reportWorkflow,
        table: reports,
        id: made.id,
        from,
        to: step.to,
        reason: step.reason,
        actor: null,
        set: {
          firstResponseAt: now,
          ...(step.forwardedTo ? { forwardedTo: step.forwardedTo } : {}),
          ...(step.to === 'closed' ? { closedAt: now, publicAnswer: step.reason, answeredAt: now } : {}),
          ...(step.to === 'reopened' ? { reopenedAt: now, solved: false } : {}),
        },
        audit: { action: 'report.demo' },
      });
      from = step.to;
    }
  }
}
