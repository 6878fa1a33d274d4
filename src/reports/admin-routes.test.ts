// SPDX-License-Identifier: EUPL-1.2
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../../tests/support/app.ts';
import { TestClient } from '../../tests/support/client.ts';
import { startTestSmtpServer } from '../../tests/support/smtp.ts';
import { auditLog } from '../platform/audit/schema.ts';
import { createOutbox } from '../platform/mail/outbox.ts';
import { statusHistory } from '../platform/workflow/schema.ts';
import type { ReportInput } from './forms.ts';
import { referenceOf } from './rules.ts';
import { reportNotes, reports } from './schema.ts';
import { getReport, listRoutingOptions, submitReport } from './service.ts';

let app: TestApp;
let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
const moerwijk = 'BU05183620';

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  app = await buildTestApp({ SMTP_URL: smtp.url });
});
afterAll(async () => {
  await app.close();
  await smtp.close();
});

const db = () => app.database.db;
const deps = () => ({ outbox: createOutbox(app.jobs), publicUrl: 'https://zuidwest.example.nl' });

async function report(over: Partial<ReportInput> = {}) {
  const input: ReportInput = {
    category: 'lighting',
    buurtCode: moerwijk,
    location: 'Erasmusweg 500',
    description: 'De lantaarnpaal brandt niet meer.',
    email: null,
    phone: null,
    submission: randomUUID(),
    ...over,
  };
  const result = await submitReport(db(), deps(), input, null);
  if (!result.ok) throw new Error('report not stored');
  return result;
}

async function signedIn(email: string) {
  const client = new TestClient(app.app);
  expect((await client.signIn(email)).status).toBe(303);
  return client;
}

describe('staff triage reports', () => {
  test('only staff who handle reports see the queue: others get 403, visitors go to the sign-in', async () => {
    expect((await app.app.request('/beheer/meldingen')).status).toBe(303);
    const alliance = await signedIn(app.staff.allianceEditor);
    expect((await alliance.get('/beheer/meldingen')).status).toBe(403);
  });

  test('the queue shows new reports first, the oldest on top, marks overdue ones, and filters per wijk and category', async () => {
    const old = await report({ location: 'Oud adres 1' });
    await db()
      .update(reports)
      .set({ createdAt: new Date(Date.now() - 5 * 86_400_000) })
      .where(eq(reports.id, old.id));
    const picked = await report({ location: 'Opgepakt adres 2' });
    await db()
      .update(reports)
      .set({ status: 'in-progress', firstResponseAt: new Date() })
      .where(eq(reports.id, picked.id));
    const fresh = await report({ location: 'Nieuw adres 3', category: 'litter' });
    const editor = await signedIn(app.staff.editor);
    const html = await (await editor.get('/beheer/meldingen')).text();
    const order = [old, fresh, picked].map((r) => html.indexOf(referenceOf(r.id)));
    expect(order.every((at) => at > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // Only the old one is overdue.
    const oldRow = html.slice(order[0], order[1]);
    expect(oldRow).toContain('Te laat');
    expect(html.slice(order[1], order[2])).not.toContain('Te laat');

    const litter = await (await editor.get('/beheer/meldingen?onderwerp=litter')).text();
    expect(litter).toContain(referenceOf(fresh.id));
    expect(litter).not.toContain(referenceOf(old.id));
    const elsewhere = await (await editor.get('/beheer/meldingen?wijk=bouwlust')).text();
    expect(elsewhere).not.toContain(referenceOf(fresh.id));
    const inMoerwijk = await (await editor.get('/beheer/meldingen?wijk=moerwijk')).text();
    expect(inMoerwijk).toContain(referenceOf(fresh.id));
  });

  test('forwarding needs a partner from the register; the reporter gets a mail naming it', async () => {
    const r = await report({ email: 'melder@example.nl' });
    const partners = await listRoutingOptions(db());
    expect(partners.length).toBeGreaterThan(0);
    const editor = await signedIn(app.staff.editor);
    await editor.get(`/beheer/meldingen/${r.id}`);
    const missing = await editor.post(`/beheer/meldingen/${r.id}/status`, {
      from: 'received',
      to: 'forwarded',
      answer: '',
      forwardedTo: '',
    });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('Kies naar wie u de melding doorstuurt.');
    const made = await editor.post(`/beheer/meldingen/${r.id}/status`, {
      from: 'received',
      to: 'forwarded',
      answer: '',
      forwardedTo: 'Een partner die niet bestaat',
    });
    expect(made.status).toBe(400);
    expect((await getReport(db(), r.id))!.status).toBe('received');

    const ok = await editor.post(`/beheer/meldingen/${r.id}/status`, {
      from: 'received',
      to: 'forwarded',
      answer: '',
      forwardedTo: partners[0]!,
    });
    expect(ok.status).toBe(303);
    const stored = (await getReport(db(), r.id))!;
    expect(stored).toMatchObject({ status: 'forwarded', forwardedTo: partners[0] });
    expect(stored.firstResponseAt).not.toBeNull();
    await app.jobs.runDue();
    const mails = smtp.to('melder@example.nl');
    expect(mails.at(-1)!.text).toContain('Doorgestuurd');
    expect(mails.at(-1)!.text).toContain(partners[0]!);
  });

  test('closing needs the public answer; an internal note stays apart from it and is never on the follow page', async () => {
    const r = await report();
    const editor = await signedIn(app.staff.editor);
    await editor.get(`/beheer/meldingen/${r.id}`);
    const noAnswer = await editor.post(`/beheer/meldingen/${r.id}/status`, {
      from: 'received',
      to: 'closed',
      answer: '',
    });
    expect(noAnswer.status).toBe(400);
    expect(await noAnswer.text()).toContain('Schrijf wat er is gedaan.');
    expect((await getReport(db(), r.id))!.status).toBe('received');

    const note = await editor.post(`/beheer/meldingen/${r.id}/notitie`, {
      body: 'Bewoner belde ook, klinkt boos. Intern!',
    });
    expect(note.status).toBe(303);
    const closed = await editor.post(`/beheer/meldingen/${r.id}/status`, {
      from: 'received',
      to: 'closed',
      answer: 'De lamp is vervangen op 3 december.',
    });
    expect(closed.status).toBe(303);
    const staffPage = await (await editor.get(`/beheer/meldingen/${r.id}`)).text();
    expect(staffPage).toContain('Bewoner belde ook, klinkt boos. Intern!');
    expect(staffPage).toContain('Eddy Redactie');

    const follow = await (await app.app.request(`/meldingen/volgen/${r.token}`)).text();
    expect(follow).toContain('De lamp is vervangen op 3 december.');
    expect(follow).toContain('Afgehandeld');
    expect(follow).not.toContain('Intern!');
    expect(follow).not.toContain('Eddy Redactie');
    const [history] = await db()
      .select()
      .from(statusHistory)
      .where(and(eq(statusHistory.entityType, 'report'), eq(statusHistory.entityId, String(r.id))));
    expect(history).toMatchObject({ fromStatus: 'received', toStatus: 'closed' });
    expect(await db().select().from(reportNotes).where(eq(reportNotes.reportId, r.id))).toHaveLength(1);
  });

  test('a change saved from a status that is no longer there is refused with 409 and nothing changes', async () => {
    const r = await report();
    await db().update(reports).set({ status: 'in-progress' }).where(eq(reports.id, r.id));
    const editor = await signedIn(app.staff.editor);
    await editor.get(`/beheer/meldingen/${r.id}`);
    const stale = await editor.post(`/beheer/meldingen/${r.id}/status`, {
      from: 'received',
      to: 'closed',
      answer: 'Opgelost.',
    });
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain('De status is intussen veranderd');
    expect((await getReport(db(), r.id))!.status).toBe('in-progress');
  });

  test('merging a duplicate: it stops, names the other report, and the audit log has it', async () => {
    const first = await report({ location: 'Dubbel A' });
    const duplicate = await report({ location: 'Dubbel B', email: 'dubbel@example.nl' });
    const editor = await signedIn(app.staff.editor);
    await editor.get(`/beheer/meldingen/${duplicate.id}`);
    const self = await editor.post(`/beheer/meldingen/${duplicate.id}/samenvoegen`, {
      into: referenceOf(duplicate.id),
    });
    expect(self.status).toBe(400);
    expect(await self.text()).toContain('niet met zichzelf');
    const unknown = await editor.post(`/beheer/meldingen/${duplicate.id}/samenvoegen`, { into: 'M-99999' });
    expect(await unknown.text()).toContain('Er is geen melding met dit nummer.');
    const ok = await editor.post(`/beheer/meldingen/${duplicate.id}/samenvoegen`, {
      into: referenceOf(first.id),
    });
    expect(ok.status).toBe(303);
    expect(await getReport(db(), duplicate.id)).toMatchObject({ status: 'merged', mergedIntoId: first.id });
    const follow = await (await app.app.request(`/meldingen/volgen/${duplicate.token}`)).text();
    expect(follow).toContain(referenceOf(first.id));
    const audits = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'report.merged'), eq(auditLog.entityId, String(duplicate.id))));
    expect(audits).toHaveLength(1);
  });
});

describe('the reporter follows up without an account', () => {
  async function closedReport() {
    const r = await report({ location: 'Follow-up straat 1' });
    const editor = await signedIn(app.staff.editor);
    await editor.get(`/beheer/meldingen/${r.id}`);
    await editor.post(`/beheer/meldingen/${r.id}/status`, {
      from: 'received',
      to: 'in-progress',
      answer: '',
    });
    await editor.post(`/beheer/meldingen/${r.id}/status`, {
      from: 'in-progress',
      to: 'closed',
      answer: 'De stoep is gerepareerd.',
    });
    return { r, editor };
  }

  test('"not solved" without a reason: the error next to the field and the report stays closed', async () => {
    const { r } = await closedReport();
    const reporter = new TestClient(app.app);
    await reporter.get(`/meldingen/volgen/${r.token}`);
    const response = await reporter.post(`/meldingen/volgen/${r.token}/antwoord`, {
      solved: 'no',
      reason: '',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Schrijf wat er nog niet goed is.');
    expect((await getReport(db(), r.id))!.status).toBe('closed');
  });

  test('"not solved" reopens the report once, with the reason; a second time is not offered', async () => {
    const { r, editor } = await closedReport();
    const reporter = new TestClient(app.app);
    await reporter.get(`/meldingen/volgen/${r.token}`);
    const response = await reporter.post(`/meldingen/volgen/${r.token}/antwoord`, {
      solved: 'no',
      reason: 'Er zit nog steeds een gat bij de stoeprand.',
    });
    expect(response.status).toBe(303);
    expect(await getReport(db(), r.id)).toMatchObject({ status: 'reopened', solved: false });
    const page = await (await reporter.get(response.headers.get('location')!)).text();
    expect(page).toContain('We hebben uw melding opnieuw geopend.');
    expect(page).toContain('Er zit nog steeds een gat bij de stoeprand.');
    // Staff see it on top again and close it once more.
    const queue = await (await editor.get('/beheer/meldingen')).text();
    expect(queue).toContain(referenceOf(r.id));
    await editor.get(`/beheer/meldingen/${r.id}`);
    await editor.post(`/beheer/meldingen/${r.id}/status`, {
      from: 'reopened',
      to: 'closed',
      answer: 'Gat gedicht.',
    });
    const again = await (await reporter.get(`/meldingen/volgen/${r.token}`)).text();
    expect(again).toContain('al een keer opnieuw geopend');
    expect(again).not.toContain('Is uw probleem hiermee opgelost?');
    const refused = await reporter.post(`/meldingen/volgen/${r.token}/antwoord`, {
      solved: 'no',
      reason: 'Nog steeds.',
    });
    expect(refused.status).toBe(409);
    expect((await getReport(db(), r.id))!.status).toBe('closed');
  });

  test('"solved" is kept and counted in the figures', async () => {
    const { r, editor } = await closedReport();
    const reporter = new TestClient(app.app);
    await reporter.get(`/meldingen/volgen/${r.token}`);
    const response = await reporter.post(`/meldingen/volgen/${r.token}/antwoord`, {
      solved: 'yes',
      reason: '',
    });
    expect(response.status).toBe(303);
    expect((await getReport(db(), r.id))!.solved).toBe(true);
    const figures = await (await editor.get('/beheer/meldingen/cijfers')).text();
    expect(figures).toContain('Straatlantaarn kapot');
    expect(figures).toContain('Moerwijk');
  });
});
