// SPDX-License-Identifier: EUPL-1.2
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/**/schema.ts',
  out: './src/db/migrations',
});
