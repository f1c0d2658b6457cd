// drizzle-kit: `pnpm --filter @saqme/runtime db:generate` writes SQL migrations
// from the schema; hand-written SQL (RLS, roles, triggers) is a custom migration.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './src/db/migrations',
});
