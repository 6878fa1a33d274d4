// SPDX-License-Identifier: EUPL-1.2
import type { Context, MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { platformPaths } from '../paths.ts';
import { can, type StaffAction } from './roles.ts';
import type { SignedInUser } from './sessions.ts';

/** Sends anyone without a staff session to the sign-in page, and back here afterwards. */
export const requireUser: MiddlewareHandler = async (c, next) => {
  if (!c.get('user')) {
    return c.redirect(platformPaths.staff.signInThenBack(c.req.path), 303);
  }
  await next();
};

export function requirePermission(action: StaffAction): MiddlewareHandler {
  return async (c, next) => {
    const user = c.get('user');
    if (!user || !can(user, action)) throw new HTTPException(403);
    await next();
  };
}

/** The signed-in user, for handlers behind requireUser. */
export function currentUser(c: Context): SignedInUser {
  const user = c.get('user');
  if (!user) throw new HTTPException(401);
  return user;
}
