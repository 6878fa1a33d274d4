#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
/**
 * Creates the first administrator (or any staff account) in the configured database.
 *
 *   npm run create-admin -- --email beheer@denhaag.nl --name "Anna de Vries"
 *
 * The password is asked for on the terminal (not echoed), or read from the first line of standard input
 * when it is not a terminal: `echo "$PASSWORD" | npm run create-admin -- --email ... --name ...`.
 * It uses the same DATA_DIR / DATABASE_URL as the server. PGlite allows one process at a time: while a
 * server has the embedded database open, this refuses (exit 1) and asks to stop the server first.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../src/config.ts';
import { DataDirError, openDatabase } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { password as passwordSchema } from '../src/platform/auth/forms.ts';
import { roles } from '../src/platform/auth/roles.ts';
import { createUser } from '../src/platform/auth/service.ts';
import { email } from '../src/platform/fields.ts';
import { t } from '../src/platform/i18n.ts';

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', default: 'admin' },
  },
});

const argsSchema = z.object({
  email: email('auth.form.email.required', 'auth.form.email.invalid'),
  name: z.string().trim().min(1, 'auth.form.name.required'),
  role: z.enum(roles, 'auth.form.role.invalid'),
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin });
    for await (const line of rl) return line;
    return '';
  }
  process.stdout.write('Wachtwoord (minstens 12 tekens): ');
  process.stdin.setRawMode(true);
  let typed = '';
  for await (const chunk of process.stdin) {
    for (const ch of String(chunk)) {
      if (ch === '\r' || ch === '\n') {
        process.stdin.setRawMode(false);
        process.stdout.write('\n');
        return typed;
      }
      if (ch === '\u0003') process.exit(130);
      typed = ch === '\u007f' ? typed.slice(0, -1) : typed + ch;
    }
  }
  return typed;
}

const args = argsSchema.safeParse(values);
if (!args.success) {
  fail(
    `Gebruik: npm run create-admin -- --email <adres> --name "<naam>" [--role ${roles.join('|')}]\n${args.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message.includes('.') ? t(i.message as never) : i.message}`).join('\n')}`,
  );
}
const password = passwordSchema.safeParse(await readPassword());
if (!password.success) fail(t(password.error.issues[0]!.message as never));

const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR }).catch(
  (error: unknown) => {
    // A running server has the embedded database open: an account made now would not be seen by it.
    if (error instanceof DataDirError) fail(error.message);
    throw error;
  },
);
try {
  await runMigrations(database);
  const result = await createUser(database.db, null, {
    ...args.data,
    password: password.data,
    allianceId: null,
  });
  if (!result.ok) fail(t('auth.form.email.taken'));
  console.log(
    `Account gemaakt: ${args.data.email} (${args.data.role}). Log in op ${config.PUBLIC_URL}/beheer/inloggen`,
  );
} finally {
  await database.close();
}
