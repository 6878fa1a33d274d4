// SPDX-License-Identifier: EUPL-1.2
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, test } from 'vitest';
import { openDatabase } from '../src/db/client.ts';
import { lockFileName } from '../src/db/data-dir-lock.ts';
import { verifyPassword } from '../src/platform/auth/passwords.ts';
import { users } from '../src/platform/auth/schema.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'ozw-admin-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** The real server (src/server.ts) on the same DATA_DIR, resolved once it says it is listening. */
async function startServer(): Promise<ChildProcess> {
  const port = await freePort();
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', PORT: String(port), SEED: '0', DEMO: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const seen = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('draait op')) resolve();
    };
    server.stdout!.on('data', seen);
    server.stderr!.on('data', seen);
    server.once('exit', (code) => reject(new Error(`server stopped (${code}): ${output}`)));
  });
  return server;
}

async function stopServer(server: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
}

function createAdmin(args: string[], input: string) {
  return spawnSync(process.execPath, ['bin/create-admin.ts', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
  });
}

describe('npm run create-admin', { timeout: 300_000 }, () => {
  test('creates the first administrator with an argon2id hash of the password it was given', async () => {
    const result = createAdmin(
      ['--email', 'Beheer@DenHaag.nl', '--name', 'Anna de Vries'],
      'een lange zin als wachtwoord\n',
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Account gemaakt: beheer@denhaag.nl (admin)');
    const database = await openDatabase({ dataDir });
    try {
      const [user] = await database.db.select().from(users).where(eq(users.email, 'beheer@denhaag.nl'));
      expect(user).toMatchObject({ role: 'admin', name: 'Anna de Vries' });
      expect(await verifyPassword(user!.passwordHash!, 'een lange zin als wachtwoord')).toBe(true);
    } finally {
      await database.close();
    }
  });

  test('refuses a short password, a bad address and a second account with the same address, in Dutch', () => {
    const short = createAdmin(['--email', 'b@denhaag.nl', '--name', 'B'], 'kort\n');
    expect(short.status).toBe(1);
    expect(short.stderr).toContain('minstens 12 tekens');
    const badEmail = createAdmin(['--email', 'geen-adres', '--name', 'B'], 'een lange zin als wachtwoord\n');
    expect(badEmail.status).toBe(1);
    expect(badEmail.stderr).toContain('Vul een geldig e-mailadres in');
    const again = createAdmin(
      ['--email', 'beheer@denhaag.nl', '--name', 'Anna'],
      'een lange zin als wachtwoord\n',
    );
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('Er is al een account met dit e-mailadres.');
  });

  test('refuses while the server has the embedded database open, and works again once it stopped', async () => {
    const server = await startServer();
    try {
      const refused = createAdmin(
        ['--email', 'tweede@denhaag.nl', '--name', 'Bram'],
        'een lange zin als wachtwoord\n',
      );
      expect(refused.status).toBe(1);
      expect(refused.stdout).not.toContain('Account gemaakt');
      expect(refused.stderr).toContain('is in gebruik door een ander proces');
      expect(refused.stderr).toContain('Stop de server eerst');
      expect(refused.stderr).toContain(`pid ${server.pid}`);
    } finally {
      await stopServer(server);
    }
    const afterStop = createAdmin(
      ['--email', 'tweede@denhaag.nl', '--name', 'Bram'],
      'een lange zin als wachtwoord\n',
    );
    expect(afterStop.stderr).toBe('');
    expect(afterStop.stdout).toContain('Account gemaakt: tweede@denhaag.nl');
  });

  test('a lock left behind by a server that crashed does not block', () => {
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    writeFileSync(path.join(dataDir, lockFileName), gone.stdout);
    const result = createAdmin(
      ['--email', 'derde@denhaag.nl', '--name', 'Cor'],
      'een lange zin als wachtwoord\n',
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Account gemaakt: derde@denhaag.nl');
  });
});
