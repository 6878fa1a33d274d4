// SPDX-License-Identifier: EUPL-1.2
import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
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
import { userInvitations, users } from './schema.ts';
import { createSession, deleteExpiredSessions, destroySessionsOfUser } from './sessions.ts';

/** Five wrong passwords for one address lock it for 15 minutes; one address (IP) may try 30 times. */
export const loginLimits = {
  perEmail: { max: 5, windowSeconds: 15 * 60 },
  perClient: { max: 30, windowSeconds: 15 * 60 },
} satisfies Record<string, Limit>;

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

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
  // An invited person who has not chosen a password yet cannot sign in (verified against the dummy).
  const valid = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), input.password);
  if (!user?.passwordHash || !valid || user.disabledAt) return { ok: false, reason: 'invalid' };
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

// --- invitations ------------------------------------------------------------------------------------

/** How long an invitation link works. */
export const invitationDays = 7;

/** A staff member as an administrator adds them: no password, they choose it themselves. */
export type InvitedUser = Omit<NewUser, 'password'>;

export interface Invitation {
  /** The secret of the link; only its SHA-256 is stored. */
  token: string;
  expiresAt: Date;
}

function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

async function insertInvitation(
  tx: Tx,
  userId: number,
  createdBy: number | null,
  now: Date,
): Promise<Invitation> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + invitationDays * 24 * 3600_000);
  await tx.insert(userInvitations).values({
    tokenHash: hashInvitationToken(token),
    userId,
    createdBy,
    createdAt: now,
    expiresAt,
  });
  return { token, expiresAt };
}

/**
 * Queues the mail with an invitation link, in the transaction that made the invitation (through the
 * outbox): the mail goes out exactly when the invitation is saved, and a mail server that is down
 * never undoes it (the outbox retries, and lists a mail that failed every try at /beheer/mail).
 */
export type QueueInvitationMail = (
  tx: Tx,
  to: { email: string; name: string; role: Role },
  invitation: Invitation,
) => Promise<void>;

/**
 * An administrator adds a staff member without choosing their password: the account has none, and an
 * invitation (single use, `invitationDays` long) lets the person choose it; its mail is queued with it.
 */
export async function inviteUser(
  db: Db,
  actor: { id: number; email: string },
  input: InvitedUser,
  queueMail: QueueInvitationMail,
  now = new Date(),
): Promise<({ ok: true; id: number } & Invitation) | { ok: false; reason: 'email-taken' }> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({
        email: input.email,
        name: input.name,
        passwordHash: null,
        role: input.role,
        allianceId: input.role === 'alliance-editor' ? input.allianceId : null,
      })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (!row) return { ok: false as const, reason: 'email-taken' as const };
    const invitation = await insertInvitation(tx, row.id, actor.id, now);
    await queueMail(tx, input, invitation);
    await recordAudit(tx, {
      user: actor,
      action: 'user.invite',
      entityType: 'user',
      entityId: row.id,
      after: {
        email: input.email,
        name: input.name,
        role: input.role,
        allianceId: input.allianceId,
        expiresAt: invitation.expiresAt.toISOString(),
      },
    });
    return { ok: true as const, id: row.id, ...invitation };
  });
}

export type RenewResult =
  | ({ ok: true; user: { email: string; name: string; role: Role } } & Invitation)
  | { ok: false; reason: 'not-found' | 'has-password' | 'disabled' };

/**
 * A new invitation for someone who has not chosen a password yet (the mail got lost, the link expired).
 * Every earlier link of theirs stops working.
 */
export async function renewInvitation(
  db: Db,
  actor: { id: number; email: string },
  userId: number,
  queueMail: QueueInvitationMail,
  now = new Date(),
): Promise<RenewResult> {
  return db.transaction(async (tx): Promise<RenewResult> => {
    const [user] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
    if (!user) return { ok: false, reason: 'not-found' };
    if (user.passwordHash !== null) return { ok: false, reason: 'has-password' };
    if (user.disabledAt) return { ok: false, reason: 'disabled' };
    await tx
      .update(userInvitations)
      .set({ revokedAt: now })
      .where(
        and(
          eq(userInvitations.userId, userId),
          isNull(userInvitations.usedAt),
          isNull(userInvitations.revokedAt),
        ),
      );
    const invitation = await insertInvitation(tx, userId, actor.id, now);
    await queueMail(tx, { email: user.email, name: user.name, role: user.role }, invitation);
    await recordAudit(tx, {
      user: actor,
      action: 'user.invite.renew',
      entityType: 'user',
      entityId: userId,
      after: { email: user.email, expiresAt: invitation.expiresAt.toISOString() },
    });
    return { ok: true, user: { email: user.email, name: user.name, role: user.role }, ...invitation };
  });
}

/** Why an invitation link does not work. */
export type InvitationProblem = 'unknown' | 'used' | 'expired' | 'revoked' | 'disabled';

export type InvitationState =
  | { ok: true; user: { id: number; email: string; name: string } }
  | { ok: false; reason: InvitationProblem };

/** What an invitation link leads to: the person who may choose a password, or why it does not work. */
export async function findInvitation(db: Db | Tx, token: string, now = new Date()): Promise<InvitationState> {
  const [row] = await db
    .select({ invitation: userInvitations, user: users })
    .from(userInvitations)
    .innerJoin(users, eq(users.id, userInvitations.userId))
    .where(eq(userInvitations.tokenHash, hashInvitationToken(token)));
  if (!row) return { ok: false, reason: 'unknown' };
  if (row.invitation.usedAt) return { ok: false, reason: 'used' };
  if (row.invitation.revokedAt) return { ok: false, reason: 'revoked' };
  if (row.invitation.expiresAt <= now) return { ok: false, reason: 'expired' };
  if (row.user.disabledAt) return { ok: false, reason: 'disabled' };
  return { ok: true, user: { id: row.user.id, email: row.user.email, name: row.user.name } };
}

/**
 * The invited person chooses their password (argon2id, like every password). The link is used up in
 * the statement that checks it, so of two sends at once only one sets a password.
 */
export async function acceptInvitation(
  db: Db,
  token: string,
  password: string,
  now = new Date(),
): Promise<{ ok: true; userId: number } | { ok: false; reason: InvitationProblem }> {
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const state = await findInvitation(tx, token, now);
    if (!state.ok) return state;
    const [used] = await tx
      .update(userInvitations)
      .set({ usedAt: now })
      .where(
        and(
          eq(userInvitations.tokenHash, hashInvitationToken(token)),
          isNull(userInvitations.usedAt),
          isNull(userInvitations.revokedAt),
          gt(userInvitations.expiresAt, now),
        ),
      )
      .returning({ userId: userInvitations.userId });
    if (!used) return { ok: false as const, reason: 'used' as const };
    await tx.update(users).set({ passwordHash }).where(eq(users.id, used.userId));
    await recordAudit(tx, {
      user: { id: state.user.id, email: state.user.email },
      action: 'user.invite.accept',
      entityType: 'user',
      entityId: used.userId,
    });
    return { ok: true as const, userId: used.userId };
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
      hasPassword: sql<boolean>`${users.passwordHash} is not null`,
      // The newest open invitation's end, for someone who has not chosen a password yet.
      invitedUntil: sql<string | null>`(select max(${userInvitations.expiresAt}) from ${userInvitations}
        where ${userInvitations.userId} = ${users.id} and ${userInvitations.usedAt} is null
          and ${userInvitations.revokedAt} is null)`,
    })
    .from(users)
    .orderBy(asc(users.email));
}

/** A staff member's name (for "entered by" lines), or null when there is no such account. */
export async function userName(db: Db, id: number): Promise<string | null> {
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, id));
  return row?.name ?? null;
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
