// SPDX-License-Identifier: EUPL-1.2
import { index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import type { Role } from './roles.ts';

export const users = pgTable('users', {
  id: serial('id').primaryKey(),
  /** Stored lower-cased; unique. */
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  /** Null until the person sets a password through their invitation link (see userInvitations). */
  passwordHash: text('password_hash'),
  role: text('role').$type<Role>().notNull(),
  /**
   * Only for alliance editors: the alliance whose measures they may edit. The programme owns alliances, so
   * this is a plain id, not a foreign key (the platform knows no part); the form checks it exists.
   */
  allianceId: integer('alliance_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
});

/** The cookie holds a random token; only its SHA-256 is stored, so a leaked table opens no session. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);

/**
 * An invitation to set a password: an administrator adds a staff member, who gets a link by mail. The
 * link holds a random token; only its SHA-256 is stored. One use, and only until `expiresAt`; a new
 * invitation for the same person ends the earlier ones (`revokedAt`).
 */
export const userInvitations = pgTable(
  'user_invitations',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [index('user_invitations_user_idx').on(table.userId)],
);
