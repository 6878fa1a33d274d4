// SPDX-License-Identifier: EUPL-1.2
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp, testJobs } from '../../../tests/support/app.ts';
import { TestClient } from '../../../tests/support/client.ts';
import { createTestDatabase } from '../../../tests/support/db.ts';
import { startTestSmtpServer } from '../../../tests/support/smtp.ts';
import { createRoundIn } from '../../../tests/support/wijkbudget.ts';
import { auditLog } from '../audit/schema.ts';
import { createOutbox } from './outbox.ts';

const buurt = 'BU05183620'; // a buurt of Moerwijk

/** A port where nothing listens: the mail server is down. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function planForm(email: string) {
  const data = new FormData();
  const fields = {
    submission: randomUUID(),
    title: 'Bankjes bij de speeltuin',
    description: 'Drie bankjes voor ouders.',
    buurtCode: buurt,
    location: 'Speelplein',
    costEuros: '3.000',
    email,
  };
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

describe('mail is queued in the transaction of the change it tells about', () => {
  test('a change that rolls back sends nothing; a change that commits sends its mail once', async () => {
    const database = await createTestDatabase();
    const smtp = await startTestSmtpServer();
    const jobs = await testJobs(database, smtp.url);
    const outbox = createOutbox(jobs);
    try {
      const mail = (subject: string) => ({ to: 'bewoner@example.nl', subject, text: 'Hallo.' });
      await expect(
        database.db.transaction(async (tx) => {
          await tx.insert(auditLog).values({ action: 'test', entityType: 'test', entityId: '1' });
          await outbox.queue(tx, mail('teruggedraaid'));
          throw new Error('the change fails after the mail was queued');
        }),
      ).rejects.toThrow('the change fails');
      await database.db.transaction(async (tx) => {
        await tx.insert(auditLog).values({ action: 'test', entityType: 'test', entityId: '2' });
        await outbox.queue(tx, mail('bewaard'));
      });
      expect(await jobs.runDue()).toBe(1);
      expect(await jobs.runDue()).toBe(0);
      expect(smtp.to('bewoner@example.nl').map((m) => m.subject)).toEqual(['bewaard']);
    } finally {
      await jobs.stop();
      await database.close();
      await smtp.close();
    }
  });
});

describe('a mail the server refused is not lost: staff see it and send it again', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    port = await closedPort();
    t = await buildTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_RETRIES: '0' });
  });
  afterAll(() => t.close());

  test('after the last try the mail is listed at /beheer/mail; "Opnieuw versturen" delivers it once', async () => {
    const round = await createRoundIn(t.database.db, 'submitting');
    const resident = new TestClient(t.app);
    await resident.get(`/wijkbudget/${round.slug}/plan-insturen`);
    const sent = await resident.postMultipart(
      `/wijkbudget/${round.slug}/plan-insturen`,
      planForm('vergeten@example.nl'),
    );
    expect(sent.status).toBe(303);
    expect(await t.jobs.runDue()).toBe(0); // the mail server is down

    const editor = new TestClient(t.app);
    await editor.signIn(t.staff.editor);
    expect((await editor.get('/beheer/mail')).status).toBe(403);

    const admin = new TestClient(t.app);
    await admin.signIn(t.staff.admin);
    expect(await (await admin.get('/beheer')).text()).toContain('href="/beheer/mail"');
    const page = await (await admin.get('/beheer/mail')).text();
    expect(page).toContain('vergeten@example.nl');
    expect(page).toContain('Wij hebben uw plan ontvangen: Bankjes bij de speeltuin');
    expect(page).toMatch(/Na 1 pogingen:.*ECONNREFUSED/s);

    const smtp = await startTestSmtpServer(port); // the mail server is back
    try {
      const id = page.match(/action="\/beheer\/mail\/([^/]+)\/opnieuw"/)![1]!;
      const retried = await admin.post(`/beheer/mail/${id}/opnieuw`, {});
      expect(retried.headers.get('location')).toBe('/beheer/mail?opnieuw=1');
      expect(await t.jobs.runDue()).toBe(1);
      expect(smtp.to('vergeten@example.nl')).toHaveLength(1);
      const after = await (await admin.get('/beheer/mail')).text();
      expect(after).toContain('Er zijn geen mails die niet aankwamen.');
    } finally {
      await smtp.close();
    }
  });
});

const serverEntry = fileURLToPath(new URL('../../server.ts', import.meta.url));

/** The real server in its own process, as an operator starts it. */
async function startServer(env: Record<string, string>): Promise<{ url: string; process: ChildProcess }> {
  const port = await closedPort();
  const child = spawn(process.execPath, ['--import', 'tsx', serverEntry], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', SEED: '0', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`the server stopped with code ${child.exitCode}`);
    const up = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { url, process: child };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill('SIGKILL');
  throw new Error('the server did not start in 2 minutes');
}

/** A TestClient that talks to a real server over HTTP instead of app.request(). */
function httpClient(url: string) {
  const app = {
    request: (path: string, init: RequestInit) => fetch(url + path, { ...init, redirect: 'manual' }),
  };
  return new TestClient(app as unknown as Hono);
}

async function waitFor(condition: () => boolean, seconds: number) {
  for (let i = 0; i < seconds * 10 && !condition(); i++) await new Promise((r) => setTimeout(r, 100));
  return condition();
}

describe('a crash between commit and delivery', () => {
  let stalling: Server;
  let stalledConnections = 0;
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    // A mail server that accepts the connection and never answers: the delivery hangs halfway.
    stalling = createServer(() => {
      stalledConnections += 1;
    });
    await new Promise<void>((resolve) => stalling.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await new Promise<void>((resolve) => stalling.close(() => resolve()));
  });

  test('the server is killed (-9) while it delivers a mail; after the restart the mail goes out once', async () => {
    const database = await createTestDatabase();
    const round = await createRoundIn(database.db, 'submitting');
    const where: Record<string, string> = database.url
      ? { DATABASE_URL: database.url, WEB_CONCURRENCY: '1' }
      : { DATA_DIR: database.dir! };
    await database.disconnect(); // PGlite allows one process at a time
    const timing = { MAIL_TIMEOUT_SECONDS: '2', JOB_CHECK_SECONDS: '1' };
    const stallingPort = (stalling.address() as { port: number }).port;

    const first = await startServer({ ...where, ...timing, SMTP_URL: `smtp://127.0.0.1:${stallingPort}` });
    children.push(first.process);
    const resident = httpClient(first.url);
    await resident.get(`/wijkbudget/${round.slug}/plan-insturen`);
    const sent = await resident.postMultipart(
      `/wijkbudget/${round.slug}/plan-insturen`,
      planForm('crash@example.nl'),
    );
    expect(sent.status).toBe(303);
    expect(await waitFor(() => stalledConnections > 0, 30)).toBe(true);
    first.process.kill('SIGKILL');
    await new Promise((resolve) => first.process.once('exit', resolve));

    const smtp = await startTestSmtpServer();
    try {
      const second = await startServer({ ...where, ...timing, SMTP_URL: smtp.url });
      children.push(second.process);
      expect(await waitFor(() => smtp.to('crash@example.nl').length > 0, 90)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 3000));
      expect(smtp.to('crash@example.nl').map((m) => m.subject)).toEqual([
        'Wij hebben uw plan ontvangen: Bankjes bij de speeltuin',
      ]);
      second.process.kill('SIGTERM');
      await new Promise((resolve) => second.process.once('exit', resolve));
    } finally {
      await smtp.close();
      await database.close();
    }
  }, 300_000);
});
