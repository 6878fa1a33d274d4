// SPDX-License-Identifier: EUPL-1.2
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import type { SignedInUser } from './auth/sessions.ts';
import type { RenderedPages } from './http/page-cache.ts';
import type { JobRunner } from './jobs/runner.ts';
import type { Outbox } from './mail/outbox.ts';

/** What every router is built with: the app's outside world, passed in so tests can build their own. */
export interface AppDeps {
  database: Database;
  config: Config;
  /** Work that must outlive the request (pg-boss): queued in the request's transaction. */
  jobs: JobRunner;
  /** Mail, queued in the transaction of the change it tells about (delivered by `jobs`). */
  outbox: Outbox;
}

export interface PageProps {
  title: string;
  /** Prefixes the title with "Fout:" so screen readers hear at once that the form has errors. */
  hasErrors?: boolean;
  /** Optional description for search engines and link previews. */
  description?: string;
}

declare module 'hono' {
  interface ContextVariableMap {
    user: SignedInUser | null;
    /** Returns this browser's CSRF token, setting its cookie on first use. */
    csrfToken: () => string;
    /** Gives this browser a new CSRF token (at sign-in), so a token known from before no longer works. */
    renewCsrfToken: () => void;
    requestId: string;
    /** The client's address (the socket's, or from X-Forwarded-For behind a trusted proxy). */
    clientAddress: string;
    /** The rendered pages kept in memory (src/platform/http/page-cache.ts); GET and HEAD only. */
    renderedPages: RenderedPages | undefined;
    /** Set by `cacheable`: this route's page may be kept. */
    cacheable: boolean | undefined;
    /** Where this render is kept when it may be: its key and the database snapshot read before it. */
    pageCacheSlot: { key: string; version: string } | undefined;
    /** The answer came out of the page cache as it was kept: nothing to add. */
    servedFromCache: boolean | undefined;
  }
  interface ContextRenderer {
    // biome-ignore lint/style/useShorthandFunctionType: Hono's renderer is declared as an interface to merge into
    (content: string | Promise<string>, props: PageProps): Response | Promise<Response>;
  }
}
