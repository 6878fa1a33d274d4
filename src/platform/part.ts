// SPDX-License-Identifier: EUPL-1.2
import type { Hono } from 'hono';
import type { Child } from 'hono/jsx';
import type { Db } from '../db/client.ts';
import {
  type PermissionTable,
  platformPermissions,
  type RoleMatrix,
  roleMatrixOf,
  type StaffAction,
} from './auth/roles.ts';
import type { SignedInUser } from './auth/sessions.ts';
import type { StatusTone } from './components/status-tag.tsx';
import type { AppDeps } from './context.ts';
import type { MessageKey } from './i18n.ts';
import type { Logger } from './logger.ts';

/**
 * What a product part (programme, wijkbudget, and the next ones) tells the rest of the site about itself.
 * Each part exports one of these from its `index.ts`; `src/parts.ts` lists them, and app.ts, the API, the
 * navigation, search, news, the home page and the wijk page are built from that list. The platform only
 * knows this shape, never a part. See docs/adding-a-part.md.
 */
export interface Part {
  /** The folder name: 'programme', 'wijkbudget'. */
  name: string;
  /** Public HTML pages, mounted at `path`. */
  routes?: MountedRoutes;
  /** Staff pages, mounted at `path` (under /beheer) behind the sign-in. */
  adminRoutes?: MountedRoutes;
  /** JSON routes under /api/v1 and their OpenAPI paths and schemas. */
  api?: PartApi;
  /** Entries in the main menu; `order` places them among the other parts' entries. */
  navigation?: NavigationEntry[];
  /** Full-text search over this part's records, for the site's one search page. */
  search?: SearchProvider;
  /** News items (progress updates and the like), for the site's news page, home page and Atom feed. */
  news?: NewsProvider;
  /** The part's introduction at the top of the home page, or null when it has nothing yet. */
  homeIntro?: (db: Db) => Promise<HomeIntro | null>;
  /** The part's sections on the home page, after the wijk picker. */
  homeSections?: (db: Db) => Promise<Child>;
  /** The part's section on a wijk's overview page (/wijken/:slug), or null for none. */
  wijkSection?: (db: Db, wijkSlug: string) => Promise<Child | null>;
  /** The groups a staff account can belong to (the programme's alliances: users.alliance_id). */
  staffGroups?: StaffGroupSource;
  /**
   * The staff actions this part adds and which roles may do them; the part names the actions in its
   * permissions.ts (StaffActions in platform/auth/roles.ts). The role matrix is built from every part's.
   */
  permissions?: PermissionTable;
  /** Links at the top of the staff dashboard (/beheer), each shown to staff who may do one of `anyOf`. */
  staffLinks?: StaffLink[];
  /** The part's block on the staff dashboard, for this staff member, or null for none. */
  dashboardSection?: (db: Db, user: SignedInUser) => Promise<Child | null>;
}

export interface StaffLink {
  href: string;
  label: MessageKey;
  /** Shown to staff who may do at least one of these; left out: to all staff. */
  anyOf?: StaffAction[];
}

export interface StaffGroup {
  id: number;
  name: string;
}

export type StaffGroupSource = (db: Db) => Promise<StaffGroup[]>;

/** What a part's routers are built with. */
export interface PartDeps extends AppDeps {
  logger: Logger;
}

export interface MountedRoutes {
  path: string;
  create: (deps: PartDeps) => Hono;
}

export interface PartApi {
  /** Under /api/v1: '/' or '/wijkbudget'. */
  path: string;
  create: (deps: AppDeps) => Hono;
  openApi: { paths: Record<string, unknown>; schemas: Record<string, unknown> };
}

export interface NavigationEntry {
  href: string;
  label: MessageKey;
  /** Lower comes first: home 10, programme 20, wijken 30, ... */
  order: number;
}

export interface SearchHit {
  /** What kind of record this is, as a message ("Maatregel"). */
  kind: MessageKey;
  title: string;
  text: string;
  href: string;
  /** PostgreSQL's ts_rank: hits from all parts are merged by it. */
  rank: number;
}

export type SearchProvider = (db: Db, query: string, limit: number) => Promise<SearchHit[]>;

export interface NewsItem {
  /** Unique within the part's news; with href it makes the Atom entry's id. */
  anchor: string;
  href: string;
  title: string;
  body: string;
  /** YYYY-MM-DD */
  publishedOn: string;
  createdAt: Date;
  status?: { label: string; tone: StatusTone };
}

export type NewsProvider = (db: Db, limit: number) => Promise<NewsItem[]>;

export interface HomeIntro {
  content: Child;
  /** The page's meta description. */
  description: string;
}

/** Who may do what: the platform's own actions and every part's. */
export function roleMatrixOfParts(parts: readonly Part[]): RoleMatrix {
  return roleMatrixOf([
    platformPermissions,
    ...parts.flatMap((part) => (part.permissions ? [part.permissions] : [])),
  ]);
}

/** The staff groups of every part that has them. */
export function staffGroupsOf(parts: readonly Part[]): StaffGroupSource {
  return async (db) => (await Promise.all(parts.map((part) => part.staffGroups?.(db) ?? []))).flat();
}

/** The site's and every part's menu entries, by `order`. */
export function navigationOf(parts: readonly Part[], extra: NavigationEntry[] = []): NavigationEntry[] {
  return [...extra, ...parts.flatMap((part) => part.navigation ?? [])].sort((a, b) => a.order - b.order);
}
