// SPDX-License-Identifier: EUPL-1.2
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/client.ts';
import { runMigrations } from './db/migrate.ts';
import { createLogger } from './platform/logger.ts';
import { createMailer } from './platform/mail.ts';
import { npzw } from './seed/data/npzw.ts';
import { isEmpty, loadDataset } from './seed/load.ts';

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL);
const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, poolSize: config.DATABASE_POOL_SIZE });
await runMigrations(database);
if (config.SEED === '1' && (await isEmpty(database.db))) {
  const report = await loadDataset(database.db, npzw);
  logger.info({ inserted: report.inserted }, 'loaded the NPZW dataset');
}

const mailer = createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, logger });
const stylesheetFile = new URL('./public/site.css', import.meta.url).pathname;
const app = createApp({ config, database, mailer, logger, stylesheetFile });

const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  logger.info({ port: info.port, database: database.kind }, `Open Zuidwest draait op http://localhost:${info.port}`);
});

async function shutdown(signal: string) {
  logger.info({ signal }, 'stopping');
  server.close();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
