// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../audit/service.ts';
import type { StaffGroup } from '../part.ts';
import {
  clearAttempts,
  deleteExpiredCounters,
  type Limit,
  returnAttempt,
  takeAttempt,
} from '../rate-limit/service.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import type { Role } from './roles.ts';
import { users } from './schema.ts';
import { createSession, deleteExpiredSessions, destroySessionsOfUser } from './sessions.ts';

/** Five wrong passwords for one address lock it for 15 minutes; one address (IP) may try 30 times. */
export const loginLimits = {
  perEmail: { max: 5, windowSeconds: 15 * 60 },
  perClient: { max: 30, windowSeconds: 15 * 60 },
} satisfies Record<string, Limit>;

export type SignInResult = { ok: true; token: string } | { ok: false; reason: 'invalid' | 'locked' };

// A real hash of a random password: verifying against it makes an unknown address cost as much time as a known one.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
};

export async function signIn(
  db: Db,
  input: { email: string; password: string; client: string },
): Promise<SignInResult> {
  const emailKey = `login:email:${input.email}`;
  const clientKey = `login:client:${input.client}`;
  // The attempt is counted before the password is checked, in one statement that also decides: of many
  // attempts at once, exactly the allowed number gets its password checked. A right password gives
  // its attempt back below.
  const taken = await takeAttempt(db, [
    { key: emailKey, limit: loginLimits.perEmail },
    { key: clientKey, limit: loginLimits.perClient },
  ]);
  if (!taken.ok) return { ok: false, reason: 'locked' };
  const [user] = await db.select().from(users).where(eq(users.email, input.email));
  const valid = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), input.password);
  if (!user || !valid || user.disabledAt) return { ok: false, reason: 'invalid' };
  await returnAttempt(db, [clientKey]);
  await clearAttempts(db, emailKey);
  // Sign-ins are rare and cheap to piggyback on: expired sessions and limit counters are removed here,
  // no scheduler needed.
  await deleteExpiredSessions(db);
  await deleteExpiredCounters(db);
  return { ok: true, token: await createSession(db, user.id) };
}

export interface NewUser {
  email: string;
  name: string;
  password: string;
  role: Role;
  allianceId: number | null;
}

export type CreateUserResult = { ok: true; id: number } | { ok: false; reason: 'email-taken' };

export async function createUser(
  db: Db,
  actor: { id: number; email: string } | null,
  input: NewUser,
): Promise<CreateUserResult> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({
        email: input.email,
        name: input.name,
        passwordHash,
        role: input.role,
        allianceId: input.role === 'alliance-editor' ? input.allianceId : null,
      })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (!row) return { ok: false as const, reason: 'email-taken' as const };
    await recordAudit(tx, {
      user: actor,
      action: 'user.create',
      entityType: 'user',
      entityId: row.id,
      after: { email: input.email, name: input.name, role: input.role, allianceId: input.allianceId },
    });
    return { ok: true as const, id: row.id };
  });
}

export async function setUserDisabled(
  db: Db,
  actor: { id: number; email: string },
  userId: number,
  disabled: boolean,
) {
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ disabledAt: disabled ? new Date() : null })
      .where(eq(users.id, userId));
    await recordAudit(tx, {
      user: actor,
      action: disabled ? 'user.disable' : 'user.enable',
      entityType: 'user',
      entityId: userId,
    });
  });
  if (disabled) await destroySessionsOfUser(db, userId);
}

export async function listUsers(db: Db) {
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      allianceId: users.allianceId,
      disabledAt: users.disabledAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .orderBy(asc(users.email));
}

/** The users with the name of the alliance an alliance editor belongs to (from the part that owns them). */
export async function listUsersWithAlliance(db: Db, alliances: readonly StaffGroup[]) {
  const names = new Map(alliances.map((a) => [a.id, a.name]));
  const list = await listUsers(db);
  return list.map((u) => ({
    ...u,
    allianceName: u.allianceId === null ? null : (names.get(u.allianceId) ?? null),
  }));
}
