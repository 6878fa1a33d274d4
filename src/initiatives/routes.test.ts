// SPDX-License-Identifier: EUPL-1.2
import { eq } from 'drizzle-orm';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../../tests/support/app.ts';
import { TestClient } from '../../tests/support/client.ts';
import { startTestSmtpServer } from '../../tests/support/smtp.ts';
import { auditLog } from '../platform/audit/schema.ts';
import { statusHistory } from '../platform/workflow/schema.ts';
import { linkLimits } from './routes.tsx';
import {
  initiativeApplicants,
  initiativeAttachments,
  initiativeBudgetLines,
  initiativeMagicLinks,
  initiativeSettings,
  initiatives,
} from './schema.ts';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
  t = await buildTestApp({ SMTP_URL: smtp.url });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const buurt = 'BU05183620'; // Moerwijk-Oost, from the seeded places
let addressCount = 0;
/** A browser on its own address, so the per-computer limit of one test does not touch another. */
const browser = () => new TestClient(t.app, { address: `10.1.0.${++addressCount}` });

/** The sign-in link in the newest mail to an address (delivered through the outbox to the SMTP server). */
async function linkFromMail(to: string): Promise<string> {
  await t.jobs.runDue();
  const mail = smtp.to(to).at(-1);
  expect(mail, `a mail to ${to}`).toBeDefined();
  const link = /https?:\/\/\S+\/initiatieven\/link\/[A-Za-z0-9_-]+/.exec(mail!.text)?.[0];
  expect(link, mail!.text).toBeDefined();
  return new URL(link!).pathname;
}

/** Asks a link, uses it, and returns the signed-in browser. */
async function signedIn(email: string) {
  const client = browser();
  await client.get('/initiatieven');
  await client.post('/initiatieven/aanvragen', { email });
  const path = await linkFromMail(email);
  await client.get(path);
  const used = await client.post('/initiatieven/link', { token: path.split('/').at(-1)! });
  expect(used.headers.get('location')).toBe('/initiatieven/mijn');
  return client;
}

async function newApplication(client: TestClient): Promise<number> {
  await client.get('/initiatieven/mijn');
  const started = await client.post('/initiatieven/mijn/nieuw', {});
  return Number(/\/mijn\/(\d+)\/wie/.exec(started.headers.get('location') ?? '')?.[1]);
}

async function fillAll(
  client: TestClient,
  id: number,
  budget = { 'item-1': 'Huur partytent', 'amount-1': '350' },
) {
  const steps: [string, Record<string, string>][] = [
    ['wie', { groupName: 'Bewoners Erasmusplein', contactName: 'Fatima El Amrani', phone: '' }],
    [
      'wat',
      {
        title: 'Buurtfeest Erasmusplein',
        description: 'Een middag met spelletjes en eten voor de hele straat.',
      },
    ],
    ['waar', { buurtCode: buurt, location: 'Erasmusplein' }],
    ['wanneer', { startsOn: '2027-06-12', endsOn: '' }],
    ['deelnemers', { audience: 'Alle bewoners van het plein', participants: '80' }],
    ['begroting', budget],
    ['verklaring', { declared: '1', publishConsent: '1' }],
  ];
  for (const [step, fields] of steps) {
    await client.get(`/initiatieven/mijn/${id}/${step}`);
    const response = await client.post(`/initiatieven/mijn/${id}/${step}`, fields);
    expect(response.status, `${step}: ${response.status === 400 ? await response.text() : ''}`).toBe(303);
  }
}

describe('a resident starts without an account, with a link by e-mail', () => {
  test('the link arrives through the outbox; its token is stored only as a hash; it signs the resident in once', async () => {
    const client = browser();
    await client.get('/initiatieven');
    const asked = await client.post('/initiatieven/aanvragen', { email: ' Bewoner.Een@Example.nl ' });
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain('Kijk in uw mail');
    const path = await linkFromMail('bewoner.een@example.nl');
    const token = path.split('/').at(-1)!;
    const stored = await t.database.db
      .select()
      .from(initiativeMagicLinks)
      .where(eq(initiativeMagicLinks.email, 'bewoner.een@example.nl'));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toContain(token);
    expect(stored[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);

    // Opening the link (a mail scanner does too) uses nothing: a button does.
    const confirm = await client.get(path);
    expect(await confirm.text()).toContain('Verder naar mijn aanvraag');
    const used = await client.post('/initiatieven/link', { token });
    expect(used.status).toBe(303);
    expect(await (await client.get('/initiatieven/mijn')).text()).toContain(
      'U bent ingelogd met bewoner.een@example.nl',
    );

    const again = await browser().post('/initiatieven/link', { token });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('De link is al gebruikt of is te oud');
  });

  test('the answer is the same for an address that applied before and one never seen', async () => {
    await signedIn('bekend@example.nl');
    const known = await browser().post('/initiatieven/aanvragen', { email: 'bekend@example.nl' });
    const unknown = await browser().post('/initiatieven/aanvragen', { email: 'nooit-gezien@example.nl' });
    expect(known.status).toBe(unknown.status);
    const strip = (html: string) =>
      html.replace(/name="_csrf" value="[^"]+"/g, '').replace(/nonce="[^"]+"/g, '');
    expect(strip(await known.text())).toBe(strip(await unknown.text()));
    // Typing an address stores no applicant: only using a link does.
    const applicants = await t.database.db
      .select()
      .from(initiativeApplicants)
      .where(eq(initiativeApplicants.email, 'nooit-gezien@example.nl'));
    expect(applicants).toHaveLength(0);
  });

  test('an expired link signs nobody in', async () => {
    const client = browser();
    await client.post('/initiatieven/aanvragen', { email: 'laat@example.nl' });
    const token = (await linkFromMail('laat@example.nl')).split('/').at(-1)!;
    await t.database.db
      .update(initiativeMagicLinks)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(initiativeMagicLinks.email, 'laat@example.nl'));
    const used = await client.post('/initiatieven/link', { token });
    expect(used.status).toBe(400);
    expect((await client.get('/initiatieven/mijn')).headers.get('location')).toBe('/initiatieven');
  });

  test('one link used in ten browsers at once signs in exactly one', async () => {
    const client = browser();
    await client.post('/initiatieven/aanvragen', { email: 'tegelijk@example.nl' });
    const token = (await linkFromMail('tegelijk@example.nl')).split('/').at(-1)!;
    const clients = Array.from({ length: 10 }, browser);
    for (const c of clients) await c.get('/initiatieven');
    const results = await Promise.all(clients.map((c) => c.post('/initiatieven/link', { token })));
    expect(results.filter((r) => r.status === 303)).toHaveLength(1);
  });

  test('a wrong address is answered next to the field and keeps what was typed; nothing is sent', async () => {
    const client = browser();
    await client.get('/initiatieven');
    const before = smtp.mails.length;
    const response = await client.post('/initiatieven/aanvragen', { email: 'fatima@' });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('id="field-email-error"');
    expect(html).toContain('Vul een e-mailadres in zoals naam@voorbeeld.nl.');
    expect(html).toContain('value="fatima@"');
    await t.jobs.runDue();
    expect(smtp.mails.length).toBe(before);
  });

  test(`at most ${linkLimits.perEmail} links an hour go to one address, so nobody floods a mailbox`, async () => {
    const email = 'veel@example.nl';
    const statuses: number[] = [];
    for (let i = 0; i < linkLimits.perEmail + 1; i++) {
      const client = browser();
      await client.get('/initiatieven');
      statuses.push((await client.post('/initiatieven/aanvragen', { email })).status);
    }
    expect(statuses).toEqual([...Array(linkLimits.perEmail).fill(200), 429]);
    await t.jobs.runDue();
    expect(smtp.to(email)).toHaveLength(linkLimits.perEmail);
  });
});

describe('the application in short steps', () => {
  test('a wrong step is answered in Dutch next to the field, keeps everything typed and stores nothing', async () => {
    const client = await signedIn('stappen@example.nl');
    const id = await newApplication(client);
    await client.get(`/initiatieven/mijn/${id}/wanneer`);
    const response = await client.post(`/initiatieven/mijn/${id}/wanneer`, {
      startsOn: '2027-06-12',
      endsOn: '2027-06-01',
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('De einddatum ligt voor de begindatum');
    expect(html).toContain('id="field-endsOn-error"');
    expect(html).toContain('value="2027-06-12"');
    const [row] = await t.database.db.select().from(initiatives).where(eq(initiatives.id, id));
    expect(row!.startsOn).toBeNull();
  });

  test('the budget lines are kept as typed; a line without amount is an error next to it', async () => {
    const client = await signedIn('begroting@example.nl');
    const id = await newApplication(client);
    await client.get(`/initiatieven/mijn/${id}/begroting`);
    const response = await client.post(`/initiatieven/mijn/${id}/begroting`, {
      'item-1': 'Huur partytent',
      'amount-1': '350',
      'item-2': 'Limonade',
      'amount-2': 'veel',
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('id="field-amount-2-error"');
    expect(html).toContain('value="veel"');
    expect(
      await t.database.db
        .select()
        .from(initiativeBudgetLines)
        .where(eq(initiativeBudgetLines.initiativeId, id)),
    ).toHaveLength(0);
  });

  test('a budget over the maximum set by the administrator is refused with both amounts', async () => {
    await t.database.db
      .insert(initiativeSettings)
      .values({ id: 1, maximumEuros: 2000, fourEyesAboveEuros: 1000, decisionDays: 56 })
      .onConflictDoUpdate({ target: initiativeSettings.id, set: { maximumEuros: 2000 } });
    const client = await signedIn('teveel@example.nl');
    const id = await newApplication(client);
    await client.get(`/initiatieven/mijn/${id}/begroting`);
    const response = await client.post(`/initiatieven/mijn/${id}/begroting`, {
      'item-1': 'Podium',
      'amount-1': '1.500',
      'item-2': 'Geluid',
      'amount-2': '501',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Samen is dit €\s2\.001\. Dat is meer dan €\s2\.000/);
    const fits = await client.post(`/initiatieven/mijn/${id}/begroting`, {
      'item-1': 'Podium',
      'amount-1': '1.500',
      'item-2': 'Geluid',
      'amount-2': '500',
    });
    expect(fits.status).toBe(303);
    const lines = await t.database.db
      .select()
      .from(initiativeBudgetLines)
      .where(eq(initiativeBudgetLines.initiativeId, id));
    expect(lines.map((l) => l.amountEuros).sort()).toEqual([1500, 500].sort());
  });

  test('attachments: a PDF is taken, a text file named .pdf is refused next to the field', async () => {
    const client = await signedIn('bijlage@example.nl');
    const id = await newApplication(client);
    await client.get(`/initiatieven/mijn/${id}/bijlagen`);
    const fake = new FormData();
    fake.append('file', new File(['geen pdf'], 'offerte.pdf', { type: 'application/pdf' }));
    const refused = await client.postMultipart(`/initiatieven/mijn/${id}/bijlagen`, fake);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Dit bestand is geen PDF of foto');
    const real = new FormData();
    real.append('file', new File([new Uint8Array(await pdf())], 'offerte.pdf', { type: 'application/pdf' }));
    expect((await client.postMultipart(`/initiatieven/mijn/${id}/bijlagen`, real)).status).toBe(303);
    const stored = await t.database.db
      .select()
      .from(initiativeAttachments)
      .where(eq(initiativeAttachments.initiativeId, id));
    expect(stored.map((a) => [a.fileName, a.contentType])).toEqual([['offerte.pdf', 'application/pdf']]);
    // Another applicant cannot open it.
    const other = await signedIn('ander@example.nl');
    expect((await other.get(`/initiatieven/mijn/${id}/bijlagen/${stored[0]!.id}`)).status).toBe(404);
    expect((await client.get(`/initiatieven/mijn/${id}/bijlagen/${stored[0]!.id}`)).status).toBe(200);
  });

  test('saved and finished later: after signing in again every step is still there, then it is sent', async () => {
    const email = 'later@example.nl';
    const first = await signedIn(email);
    const id = await newApplication(first);
    await fillAll(first, id);
    const later = await signedIn(email);
    const overview = await (await later.get(`/initiatieven/mijn/${id}`)).text();
    expect(overview).toContain('Buurtfeest Erasmusplein');
    expect(overview).not.toContain('(nog niet ingevuld)');
    const sent = await later.post(`/initiatieven/mijn/${id}/versturen`, { from: 'draft' });
    expect(sent.status).toBe(303);
    const page = await (await later.get(`/initiatieven/mijn/${id}`)).text();
    expect(page).toContain('Ontvangen');
    expect(page).toMatch(/U hoort uiterlijk op \d+ \w+ \d{4} wat wij besluiten/);
    const [row] = await t.database.db.select().from(initiatives).where(eq(initiatives.id, id));
    expect(row!.status).toBe('received');
    expect(row!.decisionDueOn).not.toBeNull();
    const history = await t.database.db
      .select()
      .from(statusHistory)
      .where(eq(statusHistory.entityId, String(id)));
    expect(
      history.filter((h) => h.entityType === 'initiative').map((h) => [h.fromStatus, h.toStatus]),
    ).toEqual([['draft', 'received']]);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(id)));
    expect(audit.some((a) => a.action === 'initiative.send')).toBe(true);
    await t.jobs.runDue();
    expect(smtp.to(email).some((m) => m.subject === 'Ontvangen: Buurtfeest Erasmusplein')).toBe(true);
    // Sent: the steps can no longer be changed.
    const change = await later.post(`/initiatieven/mijn/${id}/wat`, {
      title: 'Anders',
      description: 'Anders',
    });
    expect(change.status).toBe(303);
    const [after] = await t.database.db.select().from(initiatives).where(eq(initiatives.id, id));
    expect(after!.title).toBe('Buurtfeest Erasmusplein');
  });

  test('an incomplete application cannot be sent', async () => {
    const client = await signedIn('onvolledig@example.nl');
    const id = await newApplication(client);
    await client.get(`/initiatieven/mijn/${id}`);
    const sent = await client.post(`/initiatieven/mijn/${id}/versturen`, { from: 'draft' });
    expect(sent.status).toBe(400);
    expect(await sent.text()).toContain('Vul eerst alle stappen in.');
  });

  test("another applicant's application is not found", async () => {
    const owner = await signedIn('eigenaar@example.nl');
    const id = await newApplication(owner);
    const other = await signedIn('nieuwsgierig@example.nl');
    expect((await other.get(`/initiatieven/mijn/${id}`)).status).toBe(404);
    await other.get('/initiatieven/mijn');
    expect(
      (await other.post(`/initiatieven/mijn/${id}/wat`, { title: 'Van mij', description: 'x' })).status,
    ).toBe(404);
  });
});

async function pdf(): Promise<Buffer> {
  const doc = new PDFDocument();
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.text('Offerte');
  doc.end();
  return done;
}
