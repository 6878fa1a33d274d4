// SPDX-License-Identifier: EUPL-1.2
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, test } from 'vitest';
import { openDatabase } from '../src/db/client.ts';
import { verifyPassword } from '../src/platform/auth/passwords.ts';
import { users } from '../src/platform/auth/schema.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'ozw-admin-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function createAdmin(args: string[], input: string) {
  return spawnSync(process.execPath, ['bin/create-admin.ts', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
  });
}

describe('npm run create-admin', { timeout: 120_000 }, () => {
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
});
