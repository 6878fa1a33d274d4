// SPDX-License-Identifier: EUPL-1.2
/**
 * Limits under real concurrency, on a PostgreSQL server only (PGlite runs one statement at a time):
 * 200 attempts at once through two connection pools (two cluster workers) get exactly the allowed
 * number of real tries, for staff passwords and for voting codes.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createTestDatabase } from '../../../tests/support/db.ts';
import { createRoundIn, insertPlan, moveRoundTo } from '../../../tests/support/wijkbudget.ts';
import { type Database, openDatabase } from '../../db/client.ts';
import {
  codeGuessLimit,
  codeSecret,
  codeState,
  createCodes,
  roundCodeGuessLimit,
} from '../../wijkbudget/ballot-service.ts';
import { CODE_ALPHABET, checkSymbol, normaliseCode } from '../../wijkbudget/voting-codes.ts';
import { createUser, loginLimits, signIn } from '../auth/service.ts';

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

function wrongCode(n: number): string {
  let body = '';
  for (let i = 0, rest = n + 1; i < 11; i++, rest = Math.floor(rest / CODE_ALPHABET.length))
    body += CODE_ALPHABET[rest % CODE_ALPHABET.length];
  return body + checkSymbol(body);
}

describe.skipIf(!onServer)('200 attempts at once, on the PostgreSQL server', () => {
  test('wrong passwords for one account: exactly 5 are checked', async () => {
    await createUser(database.db, null, {
      email: 'doelwit@example.nl',
      name: 'Doelwit',
      password: 'correct horse battery staple',
      role: 'editor',
      allianceId: null,
    });
    const pools = [database.db, secondPool.db];
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        signIn(pools[i % 2]!, {
          email: 'doelwit@example.nl',
          password: `fout ${i}`,
          client: `10.0.0.${i % 7}`,
        }),
      ),
    );
    const reasons = results.map((r) => (r.ok ? 'ok' : r.reason));
    expect(reasons.filter((r) => r === 'invalid')).toHaveLength(loginLimits.perEmail.max);
    expect(reasons.filter((r) => r === 'locked')).toHaveLength(200 - loginLimits.perEmail.max);
    // Locked now, even with the right password.
    const right = await signIn(database.db, {
      email: 'doelwit@example.nl',
      password: 'correct horse battery staple',
      client: '10.0.0.99',
    });
    expect(right).toEqual({ ok: false, reason: 'locked' });
  });

  test('wrong voting codes from one address: exactly 10 are looked up', async () => {
    const { db } = database;
    const round = await createRoundIn(db, 'review', { title: 'Tegelijk' });
    await insertPlan(db, round.id, { title: 'Bankjes', costEuros: 4_000, buurtCode: 'BU05183620' });
    await moveRoundTo(db, round.id, 'voting');
    const secret = await codeSecret(db, undefined);
    const { codes } = await createCodes(db, secret, null, round.id, { kind: 'letters', label: 'x', size: 2 });
    const pools = [database.db, secondPool.db];
    const states = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        codeState(pools[i % 2]!, secret, round.id, wrongCode(i), '203.0.113.1').then((a) => a.state),
      ),
    );
    expect(states.filter((s) => s === 'unknown')).toHaveLength(codeGuessLimit.max);
    expect(states.filter((s) => s === 'throttled')).toHaveLength(200 - codeGuessLimit.max);
    // A right code from that address is refused too; from another address it is fine.
    expect((await codeState(db, secret, round.id, normaliseCode(codes[0]!), '203.0.113.1')).state).toBe(
      'throttled',
    );
    expect((await codeState(db, secret, round.id, normaliseCode(codes[0]!), '203.0.113.2')).state).toBe(
      'available',
    );
  });

  test('wrong voting codes from 200 addresses at once: exactly 60 are looked up, and staff are told once', async () => {
    const { db } = database;
    const round = await createRoundIn(db, 'review', { title: 'Overal vandaan' });
    await insertPlan(db, round.id, { title: 'Bankjes', costEuros: 4_000, buurtCode: 'BU05183620' });
    await moveRoundTo(db, round.id, 'voting');
    const secret = await codeSecret(db, undefined);
    const pools = [database.db, secondPool.db];
    const attempts = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        codeState(pools[i % 2]!, secret, round.id, wrongCode(10_000 + i), `198.51.100.${i}`),
      ),
    );
    expect(attempts.filter((a) => a.state === 'unknown')).toHaveLength(roundCodeGuessLimit.max);
    expect(attempts.filter((a) => a.state === 'busy')).toHaveLength(200 - roundCodeGuessLimit.max);
    expect(attempts.filter((a) => a.roundLimitReached)).toHaveLength(1);
  });
});
