// The two database targets every contract suite runs against: a fresh
// database on the real PostgreSQL server named by DATABASE_URL, and an
// in-memory PGlite. Both come migrated; tests fail when DATABASE_URL is unset.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { type Database, openDatabase } from '../src/db/client.ts';
import { migrateDatabase } from '../src/db/migrate.ts';

/** A migrated test database; `url` is set on PostgreSQL, for tests that spawn commands. */
export type TestDatabase = Database & { url?: string };

export interface TestTarget {
  name: string;
  open(): Promise<TestDatabase>;
}

export function requiredDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: start PostgreSQL with scripts/postgres.sh');
  return url;
}

async function freshPostgres(): Promise<TestDatabase> {
  const base = requiredDatabaseUrl();
  const name = `saqme_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), max: 4 });
  await migrateDatabase(database);
  return {
    ...database,
    url: url.toString(),
    close: async () => {
      await database.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

async function freshPglite(): Promise<Database> {
  const database = await openDatabase({ memory: true });
  await migrateDatabase(database);
  return database;
}

export const targets: TestTarget[] = [
  { name: 'PostgreSQL 15 (postgres-js)', open: freshPostgres },
  { name: 'PGlite (embedded)', open: freshPglite },
];
