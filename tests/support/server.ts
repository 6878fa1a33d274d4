// SPDX-License-Identifier: EUPL-1.2
/**
 * The real app from buildTestApp(), served over HTTP on a random local port so a browser can use it.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { buildTestApp, type TestApp } from './app.ts';

export { testPassword } from './app.ts';

export interface TestServer {
  /** The base URL, e.g. http://127.0.0.1:43117 (no trailing slash). */
  url: string;
  staff: TestApp['staff'];
  /** The server's own database, for tests that set up state the pages then show (rounds, codes, ballots). */
  database: TestApp['database'];
  /** The job queue: `runDue()` delivers queued mail now. */
  jobs: TestApp['jobs'];
  close(): Promise<void>;
}

export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const testApp = await buildTestApp(env);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: testApp.app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
      resolve(started),
    );
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    staff: testApp.staff,
    database: testApp.database,
    jobs: testApp.jobs,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections from the browser would otherwise hold close() open.
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await testApp.close();
    },
  };
}
