// SPDX-License-Identifier: EUPL-1.2
/**
 * The paper entry's limit of wrong codes per staff member under real concurrency, on a PostgreSQL
 * server only (PGlite runs one statement at a time): 200 wrong codes at once through two connection
 * pools (two cluster workers) get exactly paperCodeGuessLimit.max lookups.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createTestDatabase } from '../../tests/support/db.ts';
import { createRoundIn } from '../../tests/support/wijkbudget.ts';
import { type Database, openDatabase } from '../db/client.ts';
import { createUser } from '../platform/auth/service.ts';
import { checkPaperCode, codeSecret, createCodes, paperCodeGuessLimit } from './ballot-service.ts';
import { CODE_ALPHABET, checkSymbol, normaliseCode } from './voting-codes.ts';

const onServer = inject('databaseTemplate').kind === 'server';
let database: Database & { url?: string };
let secondPool: Database;

beforeAll(async () => {
  if (!onServer) return;
  database = await createTestDatabase();
  secondPool = await openDatabase({ databaseUrl: database.url!, poolSize: 20 });
});
afterAll(async () => {
  if (!onServer) return;
  await secondPool.close();
  await database.close();
});

/** A code with a right check character that was never made. */
function wrongCode(n: number): string {
  let body = '';
  for (let i = 0, rest = n + 1; i < 11; i++, rest = Math.floor(rest / CODE_ALPHABET.length))
    body += CODE_ALPHABET[rest % CODE_ALPHABET.length];
  return body + checkSymbol(body);
}

describe.skipIf(!onServer)('200 wrong paper codes at once, on the PostgreSQL server', () => {
  test('exactly 10 are looked up for one staff member; then a right code is refused too, not for a colleague', async () => {
    const { db } = database;
    const round = await createRoundIn(db, 'voting', {
      title: 'Papier tegelijk',
      eligibility: 'codes-and-paper',
    });
    const secret = await codeSecret(db, undefined);
    const { codes } = await createCodes(db, secret, null, round.id, { kind: 'letters', label: 'x', size: 1 });
    const staff = async (email: string) => {
      const made = await createUser(db, null, {
        email,
        name: email,
        password: 'een lang genoeg wachtwoord',
        role: 'editor',
        allianceId: null,
      });
      if (!made.ok) throw new Error(made.reason);
      return { id: made.id, email, name: email, role: 'editor' as const, allianceId: null };
    };
    const insider = await staff('invoer@example.nl');
    const colleague = await staff('collega@example.nl');
    const pools = [database.db, secondPool.db];
    const states = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        checkPaperCode(pools[i % 2]!, secret, insider, round.id, wrongCode(i)),
      ),
    );
    expect(states.filter((s) => s === 'unknown')).toHaveLength(paperCodeGuessLimit.max);
    expect(states.filter((s) => s === 'throttled')).toHaveLength(200 - paperCodeGuessLimit.max);
    const right = normaliseCode(codes[0]!);
    expect(await checkPaperCode(db, secret, insider, round.id, right)).toBe('throttled');
    expect(await checkPaperCode(db, secret, colleague, round.id, right)).toBe('available');
  });
});
