// SPDX-License-Identifier: EUPL-1.2
/** The feedback loop: residents react without an account, staff answer in public, the resident gets a mail. */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../../tests/support/app.ts';
import { TestClient } from '../../tests/support/client.ts';
import { startTestSmtpServer } from '../../tests/support/smtp.ts';
import { wijken } from '../places/schema.ts';
import { statusHistory } from '../platform/workflow/schema.ts';
import { dutchToday } from './routes.tsx';
import { consultationContributions, consultations } from './schema.ts';
import { createConsultation } from './service.ts';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
let open: { id: number; slug: string };
let closed: { id: number; slug: string };
const residentMail = 'bewoner.geheim@example.nl';

const shift = (days: number) => {
  const d = new Date(`${dutchToday()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

async function consultation(
  title: string,
  organiser: string,
  startsOn: string,
  endsOn: string,
  answerOn: string,
) {
  const [wijk] = await t.database.db.select().from(wijken).orderBy(wijken.position).limit(1);
  const result = await createConsultation(t.database.db, null, {
    title,
    organiser,
    summary: 'Wij vragen uw mening.',
    wijk: wijk!.slug,
    buurten: [],
    startsOn,
    endsOn,
    level: 'raadplegen',
    openForDiscussion: 'De inrichting.',
    notOpenForDiscussion: 'Het budget.',
    answerPromisedOn: answerOn,
    method: 'Online reageren',
  });
  if (!result.ok) throw new Error('not created');
  const [row] = await t.database.db.select().from(consultations).where(eq(consultations.id, result.id));
  return { id: row!.id, slug: row!.slug };
}

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  t = await buildTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://zuidwest.example.nl' });
  open = await consultation(
    'Groen op het Hengelolaan-plein',
    'Team Openbare Ruimte',
    shift(-3),
    shift(5),
    shift(30),
  );
  closed = await consultation(
    'Oude vraag over parkeren',
    'Team Parkeren',
    shift(-60),
    shift(-40),
    shift(-10),
  );
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const contributionsOf = (consultationId: number) =>
  t.database.db
    .select()
    .from(consultationContributions)
    .where(eq(consultationContributions.consultationId, consultationId))
    .orderBy(consultationContributions.id);

async function react(body: string, email = '', address = '192.0.2.1') {
  const resident = new TestClient(t.app, { address });
  await resident.get(`/inspraak/${open.slug}`);
  return resident.post(`/inspraak/${open.slug}/reageren`, { body, email });
}

async function staff() {
  const client = new TestClient(t.app);
  expect((await client.signIn(t.staff.editor)).status).toBe(303);
  return client;
}

describe('a resident reacts without an account', () => {
  test('the reaction is on the page at once, without the e-mail address', async () => {
    const response = await react('Graag meer bomen en een bankje in de schaduw.', residentMail);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(
      new RegExp(`^/inspraak/${open.slug}\\?verstuurd=1#reactie-\\d+$`),
    );
    const page = await (await t.app.request(response.headers.get('location')!)).text();
    expect(page).toContain('Dank u wel. Uw reactie staat nu op deze pagina.');
    expect(page).toContain('Graag meer bomen en een bankje in de schaduw.');
    expect(page).toContain('Ontvangen');
    expect(page).not.toContain(residentMail);
    const [row] = await contributionsOf(open.id);
    expect(row).toMatchObject({ channel: 'online', status: 'received', email: residentMail, peopleCount: 1 });
  });

  test('every bad input gets a Dutch message next to the field, keeps what was typed, stores nothing', async () => {
    const before = (await contributionsOf(open.id)).length;
    const empty = await react('   ', 'a@example.nl');
    expect(empty.status).toBe(400);
    const emptyHtml = await empty.text();
    expect(emptyHtml).toContain('id="field-body-error">Schrijf uw reactie.');
    expect(emptyHtml).toContain('value="a@example.nl"');
    const badMail = await react('Mijn mening', 'geen-adres');
    expect(badMail.status).toBe(400);
    const badHtml = await badMail.text();
    expect(badHtml).toContain('id="field-email-error">Vul een geldig e-mailadres in');
    expect(badHtml).toContain('Mijn mening</textarea>');
    const long = await react('x'.repeat(5001));
    expect(long.status).toBe(400);
    expect(await long.text()).toContain('Uw reactie is te lang.');
    const withoutToken = await new TestClient(t.app).post(
      `/inspraak/${open.slug}/reageren`,
      { body: 'Hoi' },
      { csrf: false },
    );
    expect(withoutToken.status).toBe(403);
    expect((await contributionsOf(open.id)).length).toBe(before);
  });

  test('a closed consultation takes no reactions and shows no form', async () => {
    const page = await (await t.app.request(`/inspraak/${closed.slug}`)).text();
    expect(page).toContain('U kunt nu niet reageren.');
    expect(page).not.toContain('/reageren"');
    const resident = new TestClient(t.app);
    await resident.get(`/inspraak/${open.slug}`);
    const response = await resident.post(`/inspraak/${closed.slug}/reageren`, { body: 'Te laat' });
    expect(response.status).toBe(303);
    expect(await contributionsOf(closed.id)).toEqual([]);
  });

  test('from one address at most 10 reactions an hour are taken, also when they arrive at once', async () => {
    const before = (await contributionsOf(open.id)).length;
    const resident = new TestClient(t.app, { address: '198.51.100.7' });
    await resident.get(`/inspraak/${open.slug}`);
    const responses = await Promise.all(
      Array.from({ length: 14 }, (_, i) =>
        resident.post(`/inspraak/${open.slug}/reageren`, { body: `Reactie ${i}` }),
      ),
    );
    expect(responses.filter((r) => r.status === 303)).toHaveLength(10);
    const refused = responses.filter((r) => r.status === 429);
    expect(refused).toHaveLength(4);
    expect(await refused[0]!.text()).toContain('Probeer het over een uur opnieuw.');
    expect((await contributionsOf(open.id)).length).toBe(before + 10);
  });
});

describe('staff answer every contribution in public', () => {
  test('the queue lists waiting contributions oldest first, with the promised date; overdue ones are marked', async () => {
    const [late] = await t.database.db
      .insert(consultationContributions)
      .values({
        consultationId: closed.id,
        body: 'Waarom zo weinig plekken?',
        channel: 'online',
        createdAt: new Date(Date.now() - 50 * 86_400_000),
      })
      .returning();
    const client = await staff();
    const html = await (await client.get('/beheer/inspraak/wachtrij')).text();
    const rows = html.split('<tr').slice(2);
    expect(rows[0]).toContain(`Reactie ${late!.id}`);
    expect(rows[0]).toContain('Oude vraag over parkeren');
    expect(rows[0]).toContain('Te laat');
    expect(rows[1]).toContain('Groen op het Hengelolaan-plein');
    expect(rows[1]).toContain('Op tijd');
    expect(html).not.toContain(residentMail);
    const publicPage = await (await t.app.request(`/inspraak/${closed.slug}`)).text();
    expect(publicPage).toContain('Het antwoord is later dan beloofd.');
  });

  test('answering needs an answer; then it is public, mailed to the resident, and the address is wiped', async () => {
    const [first] = await contributionsOf(open.id);
    const client = await staff();
    const page = await (await client.get(`/beheer/inspraak/reacties/${first!.id}`)).text();
    expect(page).toContain('Wil een e-mail als er antwoord is.');
    expect(page).not.toContain(residentMail);
    const missing = await client.post(`/beheer/inspraak/reacties/${first!.id}`, {
      from: 'received',
      status: 'answered',
      answer: '',
    });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('id="field-answer-error">Schrijf het antwoord');
    const answer =
      'Wij planten zes bomen en zetten twee bankjes neer.\n\nEen fontein past niet in het budget.';
    const response = await client.post(`/beheer/inspraak/reacties/${first!.id}`, {
      from: 'received',
      status: 'answered',
      answer,
    });
    expect(response.status).toBe(303);
    const [row] = await t.database.db
      .select()
      .from(consultationContributions)
      .where(eq(consultationContributions.id, first!.id));
    expect(row).toMatchObject({ status: 'answered', email: null, answer });
    expect(await t.jobs.runDue()).toBe(1);
    const [mail] = smtp.to(residentMail);
    expect(mail!.subject).toBe('Antwoord op uw reactie: Groen op het Hengelolaan-plein');
    expect(mail!.text).toContain('Wij planten zes bomen');
    expect(mail!.text).toContain(`https://zuidwest.example.nl/inspraak/${open.slug}#reactie-${first!.id}`);
    const publicPage = await (await t.app.request(`/inspraak/${open.slug}`)).text();
    expect(publicPage).toContain(`Antwoord op reactie ${first!.id}`);
    expect(publicPage).toContain('<p class="utrecht-paragraph">Een fontein past niet in het budget.</p>');
    expect(publicPage).toContain('Team Openbare Ruimte');
    const history = await t.database.db
      .select()
      .from(statusHistory)
      .where(
        and(
          eq(statusHistory.entityType, 'consultation-contribution'),
          eq(statusHistory.entityId, String(first!.id)),
        ),
      );
    expect(history).toHaveLength(1);
    // Answered is final; an old form is refused as a conflict, and nothing is mailed twice.
    const again = await client.post(`/beheer/inspraak/reacties/${first!.id}`, {
      from: 'received',
      status: 'answered',
      answer: 'Anders',
    });
    expect(again.status).toBe(409);
    expect(await t.jobs.runDue()).toBe(0);
  });

  test('moderation hides the text and shows a public reason; a reason is required', async () => {
    const [, second] = await contributionsOf(open.id);
    const client = await staff();
    const noReason = await client.post(`/beheer/inspraak/reacties/${second!.id}`, {
      from: 'received',
      status: 'hidden',
      reason: ' ',
    });
    expect(noReason.status).toBe(400);
    expect(await noReason.text()).toContain('id="field-reason-error">');
    const hidden = await client.post(`/beheer/inspraak/reacties/${second!.id}`, {
      from: 'received',
      status: 'hidden',
      reason: 'Deze reactie noemt de naam van een buurman.',
    });
    expect(hidden.status).toBe(303);
    const page = await (await t.app.request(`/inspraak/${open.slug}`)).text();
    expect(page).toContain('Deze reactie is verborgen. Reden: Deze reactie noemt de naam van een buurman.');
    // The hidden text is gone (a body such as "Reactie 2" also reads like a heading, so look at its paragraph).
    expect(page).not.toContain(`<p class="utrecht-paragraph">${second!.body}</p>`);
  });

  test('a contribution merged with another points to it; a target elsewhere is refused', async () => {
    const all = await contributionsOf(open.id);
    const [target, merged] = [all[2]!, all[3]!];
    const client = await staff();
    const elsewhere = (await contributionsOf(closed.id))[0]!;
    const refused = await client.post(`/beheer/inspraak/reacties/${merged.id}`, {
      from: 'received',
      status: 'merged',
      mergeInto: String(elsewhere.id),
    });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('id="field-mergeInto-error">Kies een andere reactie');
    const ok = await client.post(`/beheer/inspraak/reacties/${merged.id}`, {
      from: 'received',
      status: 'merged',
      mergeInto: String(target.id),
    });
    expect(ok.status).toBe(303);
    const page = await (await t.app.request(`/inspraak/${open.slug}`)).text();
    expect(page).toContain(`Samengevoegd met reactie ${target.id}.`);
  });

  test('staff enter a group reaction from a meeting; it is marked as such, with the number of people', async () => {
    const client = await staff();
    const bad = await client.post(`/beheer/inspraak/${open.id}/reacties/nieuw`, {
      channel: 'fax',
      body: 'x',
      peopleCount: '0',
    });
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain('Kies waar de reactie vandaan kwam.');
    expect(badHtml).toContain('Vul een heel getal in vanaf 1.');
    const response = await client.post(`/beheer/inspraak/${open.id}/reacties/nieuw`, {
      channel: 'meeting',
      body: 'De tafel wil een plek voor jongeren.',
      peopleCount: '12',
    });
    expect(response.status).toBe(303);
    const page = await (await t.app.request(`/inspraak/${open.slug}`)).text();
    expect(page).toContain('Opgehaald bij een bijeenkomst, namens 12 mensen');
  });

  test('the public figures per organiser and per wijk count answered, overdue and the median days', async () => {
    const html = await (await t.app.request('/inspraak/antwoorden')).text();
    const row = (name: string) => html.split('<tr').find((r) => r.includes(name)) ?? '';
    // Team Openbare Ruimte: 12 in (11 online, 1 from a meeting), 1 hidden and 1 merged do not count: 10;
    // 1 answered on the day it came in (0 days); nothing overdue. Team Parkeren: 1, waiting past its date.
    const cells = (name: string) =>
      [...row(name).matchAll(/data-table__value[^>]*>([^<]*)</g)].map((m) => m[1]!.replace(/\u00a0/g, ' '));
    expect(cells('Team Openbare Ruimte')).toEqual(['Team Openbare Ruimte', '10', '10% (1 van 10)', '0', '0']);
    expect(cells('Team Parkeren')).toEqual(['Team Parkeren', '1', '0% (0 van 1)', 'onbekend', '1']);
    const [wijk] = await t.database.db.select().from(wijken).orderBy(wijken.position).limit(1);
    expect(cells(`>${wijk!.name}<`.slice(1, -1))).toEqual([wijk!.name, '11', '9% (1 van 11)', '0', '1']);
    expect(html).not.toContain(residentMail);
  });
});

describe('a consultation closes with a public summary', () => {
  const summary = {
    heard: 'Veel mensen willen meer groen en schaduw.',
    willDo: 'Wij planten zes bomen.',
    wontDo: 'Geen fontein: die past niet in het budget.',
  };

  test('not while residents can still react', async () => {
    const client = await staff();
    const response = await client.post(`/beheer/inspraak/${open.id}/samenvatting`, summary);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('De samenvatting kan pas na de laatste dag');
    const [row] = await t.database.db.select().from(consultations).where(eq(consultations.id, open.id));
    expect(row!.summarisedAt).toBeNull();
  });

  test('after the last day: every part is required, then it is public on the consultation page', async () => {
    const client = await staff();
    const missing = await client.post(`/beheer/inspraak/${closed.id}/samenvatting`, {
      ...summary,
      wontDo: '',
    });
    expect(missing.status).toBe(400);
    const missingHtml = await missing.text();
    expect(missingHtml).toContain('id="field-wontDo-error">Schrijf op wat u niet doet, en waarom.');
    expect(missingHtml).toContain('Wij planten zes bomen.</textarea>');
    const response = await client.post(`/beheer/inspraak/${closed.id}/samenvatting`, summary);
    expect(response.status).toBe(303);
    const page = await (await t.app.request(`/inspraak/${closed.slug}`)).text();
    expect(page).toContain('Wat we hoorden');
    expect(page).toContain('Veel mensen willen meer groen en schaduw.');
    expect(page).toContain('Wat we niet doen, en waarom');
    expect(page).toContain('Geen fontein: die past niet in het budget.');
  });
});

describe('open data: the API and the calendar', () => {
  test('/api/v1/consultations gives level, dates, status and the answer figures; filters per wijk', async () => {
    const response = await t.app.request('/api/v1/consultations');
    expect(response.status).toBe(200);
    const all = (await response.json()) as Record<string, unknown>[];
    const groen = all.find((c) => c.slug === open.slug)!;
    expect(groen).toMatchObject({
      title: 'Groen op het Hengelolaan-plein',
      level: 'raadplegen',
      status: 'open',
      starts_on: shift(-3),
      answer_promised_on: shift(30),
      answers: { contributions: 10, answered: 1, share_answered: 0.1, median_days_to_answer: 0, overdue: 0 },
      example: false,
    });
    const parkeren = all.find((c) => c.slug === closed.slug)!;
    expect(parkeren).toMatchObject({ status: 'closed', answers: { overdue: 1 } });
    expect(parkeren.summary_after_closing).toMatchObject({ will_do: 'Wij planten zes bomen.' });
    const none = (await (await t.app.request('/api/v1/consultations?wijk=atlantis')).json()) as unknown[];
    expect(none).toEqual([]);
    const bad = await t.app.request('/api/v1/consultations?wijk=' + 'x'.repeat(200));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: 'bad_request' });
  });

  test('/api/v1/contributions gives the public contributions with answers and never an e-mail address', async () => {
    const response = await t.app.request(`/api/v1/contributions?consultation=${open.slug}`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toContain('@example.nl');
    expect(text).not.toContain('email');
    const body = JSON.parse(text) as { total: number; contributions: Record<string, unknown>[] };
    expect(body.total).toBe(12);
    const answered = body.contributions.find((c) => c.status === 'answered')!;
    expect(answered.answer).toMatchObject({ by: 'Team Openbare Ruimte' });
    const hidden = body.contributions.find((c) => c.status === 'hidden')!;
    expect(hidden).toMatchObject({
      text: null,
      moderation_reason: 'Deze reactie noemt de naam van een buurman.',
    });
    expect((await t.app.request('/api/v1/contributions')).status).toBe(400);
    expect((await t.app.request('/api/v1/contributions?consultation=bestaat-niet')).status).toBe(404);
  });

  test('/api/v1/consultations.ics is an iCalendar feed with all-day events, for all and per wijk', async () => {
    const response = await t.app.request('/api/v1/consultations.ics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    const ics = (await response.text()).replace(/\r\n /g, '');
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(ics).toContain('SUMMARY:Groen op het Hengelolaan-plein');
    expect(ics).toContain(`DTSTART;VALUE=DATE:${shift(-3).replaceAll('-', '')}`);
    expect(ics).toContain(`DTEND;VALUE=DATE:${shift(6).replaceAll('-', '')}`);
    expect(ics).toContain(`URL;VALUE=URI:https://zuidwest.example.nl/inspraak/${open.slug}`);
    const otherWijk = await t.database.db.select().from(wijken).orderBy(wijken.position).offset(3).limit(1);
    const ofOther = await (
      await t.app.request(`/api/v1/consultations.ics?wijk=${otherWijk[0]!.slug}`)
    ).text();
    expect(ofOther).toContain('BEGIN:VCALENDAR');
    expect(ofOther).not.toContain('Groen op het Hengelolaan-plein');
  });

  test('the OpenAPI document lists the three paths', async () => {
    const doc = (await (await t.app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/consultations', '/consultations.ics', '/contributions']),
    );
  });
});
