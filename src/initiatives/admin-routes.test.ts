// SPDX-License-Identifier: EUPL-1.2
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp, testPassword } from '../../tests/support/app.ts';
import { TestClient } from '../../tests/support/client.ts';
import { startTestSmtpServer } from '../../tests/support/smtp.ts';
import { wijken } from '../places/schema.ts';
import { auditLog } from '../platform/audit/schema.ts';
import type { Role } from '../platform/auth/roles.ts';
import { users } from '../platform/auth/schema.ts';
import { createUser } from '../platform/auth/service.ts';
import { statusHistory } from '../platform/workflow/schema.ts';
import type { InitiativeStatus } from './rules.ts';
import {
  initiativeApplicants,
  initiativeBrokerWijken,
  initiativeBudgetLines,
  initiativeSettings,
  initiatives,
} from './schema.ts';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
const moerwijk = 'BU05183620';
const bouwlust = 'BU05183387';
const staff = {
  broker: 'makelaar@example.nl',
  assessor: 'beoordelaar@example.nl',
  second: 'tweede@example.nl',
};

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  t = await buildTestApp({ SMTP_URL: smtp.url });
  const add = (email: string, name: string, role: Role) =>
    createUser(t.database.db, null, { email, name, password: testPassword, role, allianceId: null });
  await add(staff.broker, 'Mo Makelaar', 'initiative-broker');
  await add(staff.assessor, 'Bea Beoordelaar', 'initiative-assessor');
  await add(staff.second, 'Tom Tweede', 'initiative-assessor');
  const [broker] = await t.database.db.select().from(users).where(eq(users.email, staff.broker));
  const [wijk] = await t.database.db.select().from(wijken).where(eq(wijken.slug, 'moerwijk'));
  await t.database.db.insert(initiativeBrokerWijken).values({ userId: broker!.id, wijkId: wijk!.id });
  await t.database.db
    .insert(initiativeSettings)
    .values({ id: 1, maximumEuros: 5000, fourEyesAboveEuros: 2500, decisionDays: 56 });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

let applicantCount = 0;
/** A sent application, as the resident's form leaves it. */
async function sentApplication(
  options: { buurt?: string; status?: InitiativeStatus; dueOn?: string; title?: string } = {},
) {
  const email = `aanvrager${++applicantCount}@example.nl`;
  const [applicant] = await t.database.db.insert(initiativeApplicants).values({ email }).returning();
  const [row] = await t.database.db
    .insert(initiatives)
    .values({
      applicantId: applicant!.id,
      status: options.status ?? 'received',
      groupName: 'Bewoners van de straat',
      contactName: 'Sanne de Vries',
      title: options.title ?? `Initiatief ${applicantCount}`,
      description: 'Een buurtmiddag.',
      buurtCode: options.buurt ?? moerwijk,
      startsOn: '2027-05-01',
      audience: 'De straat',
      participants: 40,
      declared: true,
      receivedAt: new Date(),
      decisionDueOn: options.dueOn ?? '2099-01-01',
    })
    .returning();
  await t.database.db
    .insert(initiativeBudgetLines)
    .values({ initiativeId: row!.id, position: 0, item: 'Tent', amountEuros: 4000 });
  return { id: row!.id, email };
}

async function signedIn(email: string) {
  const client = new TestClient(t.app);
  await client.signIn(email);
  return client;
}

const statusOf = async (id: number) =>
  (await t.database.db.select({ s: initiatives.status }).from(initiatives).where(eq(initiatives.id, id)))[0]!
    .s;

describe('staff lists', () => {
  test('a broker sees only the applications in their wijken; an assessor sees all', async () => {
    const inMoerwijk = await sentApplication({ title: 'Moestuin Moerwijk' });
    const inBouwlust = await sentApplication({ buurt: bouwlust, title: 'Speeldag Bouwlust' });
    const broker = await signedIn(staff.broker);
    const list = await (await broker.get('/beheer/initiatieven')).text();
    expect(list).toContain('Moestuin Moerwijk');
    expect(list).not.toContain('Speeldag Bouwlust');
    expect((await broker.get(`/beheer/initiatieven/${inBouwlust.id}`)).status).toBe(404);
    expect((await broker.get(`/beheer/initiatieven/${inMoerwijk.id}`)).status).toBe(200);
    const assessor = await signedIn(staff.assessor);
    expect(await (await assessor.get('/beheer/initiatieven')).text()).toContain('Speeldag Bouwlust');
  });

  test('filters by status, wijk and an overdue deadline, flagged in the list', async () => {
    await sentApplication({ title: 'Te laat besloten', dueOn: '2020-01-01', status: 'in-review' });
    await sentApplication({ title: 'Al betaald', dueOn: '2020-01-01', status: 'paid' });
    const assessor = await signedIn(staff.assessor);
    const overdue = await (await assessor.get('/beheer/initiatieven?termijn=verlopen')).text();
    expect(overdue).toContain('Te laat besloten');
    expect(overdue).toContain('Termijn verlopen');
    expect(overdue).not.toContain('Al betaald');
    const paid = await (await assessor.get('/beheer/initiatieven?status=paid')).text();
    expect(paid).toContain('Al betaald');
    expect(paid).not.toContain('Te laat besloten');
    const bouwlustOnly = await (await assessor.get('/beheer/initiatieven?wijk=bouwlust')).text();
    expect(bouwlustOnly).toContain('Speeldag Bouwlust');
    expect(bouwlustOnly).not.toContain('Moestuin Moerwijk');
  });

  test('the list is paginated, 25 to a page', async () => {
    for (let i = 0; i < 26; i++)
      await sentApplication({ buurt: bouwlust, status: 'complete', title: `Reeks ${i}` });
    const assessor = await signedIn(staff.assessor);
    const first = await (await assessor.get('/beheer/initiatieven?status=complete')).text();
    expect(first).toContain('26 aanvragen');
    expect(first).toContain('Pagina 1 van 2');
    const second = await (await assessor.get('/beheer/initiatieven?status=complete&pagina=2')).text();
    expect((second.match(/Reeks \d+/g) ?? []).length).toBe(1);
  });

  test('a resident or an editor cannot open the staff list', async () => {
    expect((await new TestClient(t.app).get('/beheer/initiatieven')).status).toBe(303);
    const editor = await signedIn(t.staff.editor);
    expect((await editor.get('/beheer/initiatieven')).status).toBe(403);
  });
});

describe('the workflow through the staff pages', () => {
  test('a broker checks completeness and asks for more with a reason the applicant reads; a broker cannot decide', async () => {
    const { id, email } = await sentApplication();
    const broker = await signedIn(staff.broker);
    await broker.get(`/beheer/initiatieven/${id}`);
    const noReason = await broker.post(`/beheer/initiatieven/${id}/status`, {
      from: 'received',
      to: 'needs-info',
      reason: '',
    });
    expect(noReason.status).toBe(400);
    expect(await noReason.text()).toContain('Schrijf een toelichting');
    expect(await statusOf(id)).toBe('received');
    const asked = await broker.post(`/beheer/initiatieven/${id}/status`, {
      from: 'received',
      to: 'needs-info',
      reason: 'Stuur een offerte van de tent mee.',
    });
    expect(asked.status).toBe(303);
    await t.jobs.runDue();
    const mail = smtp.to(email).at(-1);
    expect(mail?.text).toContain('Aanvulling nodig');
    expect(mail?.text).toContain('Stuur een offerte van de tent mee.');

    // Back to received (by the broker on the applicant's behalf), then complete and in review.
    for (const [from, to] of [
      ['needs-info', 'received'],
      ['received', 'complete'],
      ['complete', 'in-review'],
    ] as const) {
      await broker.get(`/beheer/initiatieven/${id}`);
      expect((await broker.post(`/beheer/initiatieven/${id}/status`, { from, to, reason: '' })).status).toBe(
        303,
      );
    }
    await broker.get(`/beheer/initiatieven/${id}`);
    const page = await (await broker.get(`/beheer/initiatieven/${id}`)).text();
    expect(page).not.toContain('value="granted"');
    const decide = await broker.post(`/beheer/initiatieven/${id}/status`, {
      from: 'in-review',
      to: 'granted',
      reason: 'Goed plan',
      grantedEuros: '500',
    });
    expect(decide.status).toBe(400);
    expect(await statusOf(id)).toBe('in-review');
  });

  test('an assessor grants below the four-eyes amount: saved at once with the reason, history with names for staff', async () => {
    const { id, email } = await sentApplication({ status: 'in-review' });
    const assessor = await signedIn(staff.assessor);
    await assessor.get(`/beheer/initiatieven/${id}`);
    const noAmount = await assessor.post(`/beheer/initiatieven/${id}/status`, {
      from: 'in-review',
      to: 'granted',
      reason: 'Past in de regeling.',
      grantedEuros: '',
    });
    expect(noAmount.status).toBe(400);
    const granted = await assessor.post(`/beheer/initiatieven/${id}/status`, {
      from: 'in-review',
      to: 'partly-granted',
      reason: 'De tent wel, het eten niet.',
      grantedEuros: '2000',
    });
    expect(granted.status).toBe(303);
    const [row] = await t.database.db.select().from(initiatives).where(eq(initiatives.id, id));
    expect([row!.status, row!.grantedEuros]).toEqual(['partly-granted', 2000]);
    expect(await (await assessor.get(`/beheer/initiatieven/${id}`)).text()).toContain('Bea Beoordelaar');
    await t.jobs.runDue();
    expect(smtp.to(email).at(-1)?.text).toContain('De tent wel, het eten niet.');
  });

  test('four eyes: a grant above the amount waits for a second assessor; the first cannot confirm their own', async () => {
    const { id } = await sentApplication({ status: 'in-review' });
    const first = await signedIn(staff.assessor);
    await first.get(`/beheer/initiatieven/${id}`);
    const proposed = await first.post(`/beheer/initiatieven/${id}/status`, {
      from: 'in-review',
      to: 'granted',
      reason: 'Goed voor de buurt.',
      grantedEuros: '4000',
    });
    expect(proposed.headers.get('location')).toBe(`/beheer/initiatieven/${id}?voorstel=1`);
    expect(await statusOf(id)).toBe('in-review');
    const own = await first.post(`/beheer/initiatieven/${id}/bevestigen`, {});
    expect(own.status).toBe(403);
    expect(await statusOf(id)).toBe('in-review');
    const second = await signedIn(staff.second);
    await second.get(`/beheer/initiatieven/${id}`);
    expect((await second.post(`/beheer/initiatieven/${id}/bevestigen`, {})).status).toBe(303);
    const [row] = await t.database.db.select().from(initiatives).where(eq(initiatives.id, id));
    expect([row!.status, row!.grantedEuros]).toEqual(['granted', 4000]);
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'initiative'), eq(auditLog.entityId, String(id))));
    expect(audits.map((a) => a.action)).toEqual(
      expect.arrayContaining(['initiative.decision-proposed', 'initiative.decision-confirmed']),
    );
  });

  test('four eyes holds when the second assessor confirms twice at once: one decision, one history row', async () => {
    const { id } = await sentApplication({ status: 'in-review' });
    const first = await signedIn(staff.assessor);
    await first.get(`/beheer/initiatieven/${id}`);
    await first.post(`/beheer/initiatieven/${id}/status`, {
      from: 'in-review',
      to: 'granted',
      reason: 'Goed.',
      grantedEuros: '3000',
    });
    const second = await signedIn(staff.second);
    await second.get(`/beheer/initiatieven/${id}`);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => second.post(`/beheer/initiatieven/${id}/bevestigen`, {})),
    );
    expect(results.filter((r) => r.status === 303)).toHaveLength(1);
    const history = await t.database.db
      .select()
      .from(statusHistory)
      .where(and(eq(statusHistory.entityType, 'initiative'), eq(statusHistory.entityId, String(id))));
    expect(history.map((h) => h.toStatus)).toEqual(['granted']);
  });

  test('a rejection needs a public reason, kept in the history', async () => {
    const { id } = await sentApplication({ status: 'in-review' });
    const assessor = await signedIn(staff.assessor);
    await assessor.get(`/beheer/initiatieven/${id}`);
    expect(
      (
        await assessor.post(`/beheer/initiatieven/${id}/status`, {
          from: 'in-review',
          to: 'rejected',
          reason: '',
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await assessor.post(`/beheer/initiatieven/${id}/status`, {
          from: 'in-review',
          to: 'rejected',
          reason: 'Dit is een commercieel evenement.',
        })
      ).status,
    ).toBe(303);
    const history = await t.database.db
      .select()
      .from(statusHistory)
      .where(and(eq(statusHistory.entityType, 'initiative'), eq(statusHistory.entityId, String(id))));
    expect(history.map((h) => [h.toStatus, h.reason])).toEqual([
      ['rejected', 'Dit is een commercieel evenement.'],
    ]);
  });

  test('a change from a status that is no longer there is a conflict (409), nothing saved', async () => {
    const { id } = await sentApplication({ status: 'complete' });
    const assessor = await signedIn(staff.assessor);
    await assessor.get(`/beheer/initiatieven/${id}`);
    const stale = await assessor.post(`/beheer/initiatieven/${id}/status`, {
      from: 'received',
      to: 'complete',
      reason: '',
    });
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain('De status is intussen veranderd');
    expect(await statusOf(id)).toBe('complete');
  });
});

describe('settings', () => {
  test('an administrator sets the maximum and the four-eyes amount; a broker may not', async () => {
    const admin = await signedIn(t.staff.admin);
    await admin.get('/beheer/initiatieven/instellingen');
    const wrong = await admin.post('/beheer/initiatieven/instellingen', {
      maximumEuros: 'veel',
      fourEyesAboveEuros: '2500',
      decisionDays: '56',
    });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('value="veel"');
    const saved = await admin.post('/beheer/initiatieven/instellingen', {
      maximumEuros: '7.500',
      fourEyesAboveEuros: '2500',
      decisionDays: '56',
    });
    expect(saved.status).toBe(303);
    const [row] = await t.database.db.select().from(initiativeSettings);
    expect(row!.maximumEuros).toBe(7500);
    const broker = await signedIn(staff.broker);
    expect((await broker.get('/beheer/initiatieven/instellingen')).status).toBe(403);
  });
});
