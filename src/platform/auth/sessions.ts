// SPDX-License-Identifier: EUPL-1.2
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Db } from '../../db/client.ts';
import type { Role } from './roles.ts';
import { sessions, users } from './schema.ts';

/** The session cookie's name: `__Host-` prefixed over HTTPS (see csrfCookieName for why, and why not on http). */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-ozw_session' : 'ozw_session';
}
const sessionHours = 8;

export interface SignedInUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  allianceId: number | null;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(db: Db, userId: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + sessionHours * 3600_000);
  await db.insert(sessions).values({ tokenHash: hashToken(token), userId, expiresAt });
  return token;
}

export async function findSessionUser(db: Db, token: string): Promise<SignedInUser | null> {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      allianceId: users.allianceId,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, hashToken(token)),
        gt(sessions.expiresAt, new Date()),
        isNull(users.disabledAt),
      ),
    );
  return row ?? null;
}

export async function destroySession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

export async function destroySessionsOfUser(db: Db, userId: number): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function deleteExpiredSessions(db: Db): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
}

export function setSessionCookie(c: Context, token: string, secure: boolean): void {
  setCookie(c, sessionCookieName(secure), token, {
    httpOnly: true,
    secure,
    sameSite: 'Lax',
    path: '/',
    maxAge: sessionHours * 3600,
  });
}

export function clearSessionCookie(c: Context, secure: boolean): void {
  deleteCookie(c, sessionCookieName(secure), { path: '/', secure });
}

/** Puts the signed-in staff member (or null) on the context. Residents never have a session. */
export function loadUser(db: Db, secure: boolean): MiddlewareHandler {
  const name = sessionCookieName(secure);
  return async (c, next) => {
    const token = getCookie(c, name);
    c.set('user', token ? await findSessionUser(db, token) : null);
    await next();
  };
}
