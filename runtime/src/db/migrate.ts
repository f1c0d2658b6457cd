// Applies the SQL migrations under ./migrations with the migrator of the
// driver in use; the same files run on PostgreSQL and on PGlite. drizzle
// applies the pending files in one transaction and records them in
// drizzle.__drizzle_migrations, so a second start applies nothing.
import { join } from 'node:path';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { Database } from './client.ts';

export const migrationsFolder = join(import.meta.dirname, 'migrations');

export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as PgliteDatabase, { migrationsFolder });
    return;
  }
  await migratePostgres(database.db as PostgresJsDatabase, { migrationsFolder });
}
