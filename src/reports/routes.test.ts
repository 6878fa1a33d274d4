// SPDX-License-Identifier: EUPL-1.2
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../../tests/support/app.ts';
import { TestClient } from '../../tests/support/client.ts';
import { startTestSmtpServer } from '../../tests/support/smtp.ts';
import { rateLimits } from '../platform/rate-limit/schema.ts';
import { reportLimits } from './routes.tsx';
import { reportPhotos, reports } from './schema.ts';

let app: TestApp;
let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
const buurt = 'BU05183620'; // a buurt of Moerwijk

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  app = await buildTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://zuidwest.example.nl' });
});
afterAll(async () => {
  await app.close();
  await smtp.close();
});
// Every test reports from a fresh address, unless it tests the limit itself.
beforeEach(async () => {
  await app.database.db.delete(rateLimits);
});

const db = () => app.database.db;
const reportCount = async () => (await db().select().from(reports)).length;

const complete = {
  category: 'litter',
  buurtCode: buurt,
  location: 'Escamplaan 100',
  description: 'Er liggen al een week vuilniszakken naast de container.',
  email: '',
  phone: '',
};

/** The last step as the browser sends it: every answer, the form's key, and maybe a photo. */
function lastStep(fields: Record<string, string>, photo?: { bytes: Uint8Array; name: string; type: string }) {
  const data = new FormData();
  data.append('step', '3');
  data.append('submission', fields.submission ?? randomUUID());
  for (const [name, value] of Object.entries(fields)) if (name !== 'submission') data.append(name, value);
  if (photo) data.append('photo', new File([new Uint8Array(photo.bytes)], photo.name, { type: photo.type }));
  return data;
}

async function newClient(address = `10.0.0.${Math.floor(Math.random() * 250) + 1}`) {
  const client = new TestClient(app.app, { address });
  await client.get('/meldingen/melden');
  return client;
}

describe('a resident reports in three short steps, without an account', () => {
  test('the start page says reporting can be anonymous and points to 112 for danger', async () => {
    const html = await (await app.app.request('/meldingen')).text();
    expect(html).toContain('U mag anoniem melden');
    expect(html).toContain('Bel 112');
    expect(html).toContain('href="/meldingen/melden"');
  });

  test('step 1 asks what, in plain words, with "weet ik niet", and points to Meld Misdaad Anoniem', async () => {
    const client = new TestClient(app.app);
    const html = await (await client.get('/meldingen/melden')).text();
    expect(html).toContain('Stap 1 van 3');
    expect(html).toContain('Afval of zwerfvuil');
    expect(html).toContain('Weet ik niet of iets anders');
    expect(html).toContain('Meld Misdaad Anoniem');
    expect(html).toContain('0800-7000');
  });

  test('step 1 without a choice: the error next to the question, status 400, still step 1', async () => {
    const client = await newClient();
    const response = await client.post('/meldingen/melden', { step: '1', submission: randomUUID() });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('Kies waar uw melding over gaat.');
    expect(html).toContain('id="field-category-error"');
    expect(html).toContain('Stap 1 van 3');
  });

  test('step 1 leads to step 2, which carries the answer and asks for the buurt and the place', async () => {
    const client = await newClient();
    const response = await client.post('/meldingen/melden', {
      step: '1',
      category: 'green',
      submission: randomUUID(),
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Stap 2 van 3');
    expect(html).toContain('<input type="hidden" name="category" value="green"/>');
    expect(html).toContain('Bomen, gras of planten');
    expect(html).toContain('Moerwijk');
  });

  test('step 2 without a place: the error next to the field, the chosen buurt kept, nothing stored', async () => {
    const before = await reportCount();
    const client = await newClient();
    const response = await client.post('/meldingen/melden', {
      step: '2',
      category: 'green',
      buurtCode: buurt,
      location: '',
      submission: randomUUID(),
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('Schrijf het adres of beschrijf de plek.');
    expect(html).toMatch(new RegExp(`<option value="${buurt}" selected`));
    expect(await reportCount()).toBe(before);
  });

  test('going back from step 3 shows step 2 with everything typed', async () => {
    const client = await newClient();
    const response = await client.post('/meldingen/melden', {
      step: '3',
      back: '1',
      ...complete,
      submission: randomUUID(),
    });
    const html = await response.text();
    expect(html).toContain('Stap 2 van 3');
    expect(html).toContain('value="Escamplaan 100"');
  });

  test('a sensitive category shows the safe channel on the next step and is stored as sensitive', async () => {
    const client = await newClient();
    const step2 = await (
      await client.post('/meldingen/melden', {
        step: '1',
        category: 'exploitation',
        submission: randomUUID(),
      })
    ).text();
    expect(step2).toContain('Dit is een gevoelige melding');
    expect(step2).toContain('meldmisdaadanoniem.nl');
    const response = await client.postMultipart(
      '/meldingen/melden',
      lastStep({
        ...complete,
        category: 'exploitation',
        description: 'In de flat wonen veel mannen op één kamer.',
      }),
    );
    expect(response.status).toBe(303);
    const [row] = await db().select().from(reports).where(eq(reports.category, 'exploitation'));
    expect(row!.sensitive).toBe(true);
  });

  test('the last step with a wrong e-mail address: the error next to it, all typed kept, nothing stored', async () => {
    const before = await reportCount();
    const client = await newClient();
    const response = await client.postMultipart(
      '/meldingen/melden',
      lastStep({ ...complete, email: 'niet-een-adres', phone: '06 1234' }),
    );
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('Vul een e-mailadres in zoals naam@voorbeeld.nl.');
    expect(html).toContain('Vul een telefoonnummer in zoals 06 12345678 of 070 1234567.');
    expect(html).toContain('Er liggen al een week vuilniszakken naast de container.');
    expect(html).toContain('value="niet-een-adres"');
    expect(await reportCount()).toBe(before);
  });

  test('a file that is not a photo is refused by its content, whatever its name says', async () => {
    const before = await reportCount();
    const client = await newClient();
    const response = await client.postMultipart(
      '/meldingen/melden',
      lastStep(complete, {
        bytes: new TextEncoder().encode('<html>hallo</html>'),
        name: 'foto.jpg',
        type: 'image/jpeg',
      }),
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Dit bestand is geen foto.');
    expect(await reportCount()).toBe(before);
  });

  test('sent: redirect to the follow link; the photo is stored without metadata; the receipt mail has the link', async () => {
    const client = await newClient();
    const photo = await sharp({ create: { width: 2000, height: 1000, channels: 3, background: '#3a7' } })
      .withMetadata({ exif: { IFD0: { Copyright: 'Escamplaan 100, 52.05N 4.27E' } } })
      .jpeg()
      .toBuffer();
    const response = await client.postMultipart(
      '/meldingen/melden',
      lastStep(
        { ...complete, email: 'Bewoner@Example.nl', phone: '06-12345678' },
        { bytes: photo, name: 'zakken.txt', type: 'text/plain' },
      ),
    );
    expect(response.status).toBe(303);
    const location = response.headers.get('location')!;
    expect(location).toMatch(/^\/meldingen\/volgen\/[A-Za-z0-9_-]{43}\?verstuurd=1$/);
    const [row] = await db().select().from(reports).where(eq(reports.contactEmail, 'bewoner@example.nl'));
    expect(row).toMatchObject({
      category: 'litter',
      buurtCode: buurt,
      status: 'received',
      contactPhone: '06-12345678',
    });
    // Only the token's hash is stored: the database alone does not give the link.
    const token = location.split('/')[3]!.split('?')[0]!;
    expect(row!.followTokenHash).not.toContain(token);
    const [kept] = await db().select().from(reportPhotos).where(eq(reportPhotos.reportId, row!.id));
    const meta = await sharp(kept!.bytes).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 1200 });
    expect(meta.exif).toBeUndefined();
    expect(kept!.bytes.includes(Buffer.from('52.05N'))).toBe(false);

    const page = await client.get(location);
    expect(page.headers.get('cache-control')).toBe('private, no-store');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await page.text();
    expect(html).toContain('Uw melding is verstuurd');
    expect(html).toContain(`M-${String(row!.id).padStart(5, '0')}`);
    expect(html).toContain('Ontvangen');
    expect(html).toContain('Escamplaan 100');

    await app.jobs.runDue();
    const [mail] = smtp.to('bewoner@example.nl');
    expect(mail!.subject).toContain(`M-${String(row!.id).padStart(5, '0')}`);
    expect(mail!.text).toContain(`https://zuidwest.example.nl/meldingen/volgen/${token}`);
  });

  test('anonymous: without contact details the report is stored and followed by its link alone', async () => {
    const client = await newClient();
    const response = await client.postMultipart(
      '/meldingen/melden',
      lastStep({ ...complete, location: 'Hengelolaan bij de bushalte' }),
    );
    expect(response.status).toBe(303);
    const [row] = await db()
      .select()
      .from(reports)
      .where(eq(reports.location, 'Hengelolaan bij de bushalte'));
    expect(row).toMatchObject({ contactEmail: null, contactPhone: null });
    expect((await client.get(response.headers.get('location')!)).status).toBe(200);
  });

  test('the same form sent twice makes one report and leads to the same link', async () => {
    const client = await newClient();
    const submission = randomUUID();
    const first = await client.postMultipart(
      '/meldingen/melden',
      lastStep({ ...complete, submission, location: 'Dubbel 1' }),
    );
    const second = await client.postMultipart(
      '/meldingen/melden',
      lastStep({ ...complete, submission, location: 'Dubbel 1' }),
    );
    expect(second.headers.get('location')).toBe(first.headers.get('location'));
    expect(await db().select().from(reports).where(eq(reports.location, 'Dubbel 1'))).toHaveLength(1);
  });

  test('a made-up or wrong follow link gives 404', async () => {
    expect((await app.app.request('/meldingen/volgen/abc')).status).toBe(404);
    expect((await app.app.request(`/meldingen/volgen/${'A'.repeat(43)}`)).status).toBe(404);
  });
});

describe('reporting is limited per address, also under parallel requests', () => {
  test(`of ${reportLimits.perAddress + 5} reports sent at once from one address, exactly ${reportLimits.perAddress} are stored`, async () => {
    const before = await reportCount();
    const client = await newClient('10.9.9.9');
    const tries = reportLimits.perAddress + 5;
    const responses = await Promise.all(
      Array.from({ length: tries }, (_, i) =>
        client.postMultipart('/meldingen/melden', lastStep({ ...complete, location: `Parallel ${i}` })),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 303)).toHaveLength(reportLimits.perAddress);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
    expect(await reportCount()).toBe(before + reportLimits.perAddress);
    const refused = responses.find((r) => r.status === 429)!;
    const html = await refused.text();
    expect(html).toContain('Er zijn vanaf dit adres veel meldingen verstuurd');
    // What was typed comes back.
    expect(html).toMatch(/Parallel \d+/);
  });
});
