// Opens the database: PostgreSQL through postgres-js when a URL is given,
// otherwise PGlite (Postgres compiled to WASM) persisted in a local folder.
// Both give the same drizzle API, so everything above this file is shared.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';

export type Db = PgDatabase<PgQueryResultHKT>;

export interface Database {
  db: Db;
  kind: 'postgres' | 'pglite';
  /** Raw SQL returning rows; the two drivers shape `db.execute` results differently. */
  rows<T>(query: SQL): Promise<T[]>;
  close(): Promise<void>;
}

export type DatabaseTarget = { url: string } | { pgliteDir: string };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if ('url' in target) {
    const client = postgres(target.url, { max: 10, onnotice: () => {} });
    const db = drizzlePostgres({ client });
    return {
      db,
      kind: 'postgres',
      rows: async <T>(query: SQL) => [...(await db.execute(query))] as T[],
      close: () => client.end(),
    };
  }
  mkdirSync(target.pgliteDir, { recursive: true });
  const client = await PGlite.create(target.pgliteDir);
  const db = drizzlePglite({ client });
  return {
    db,
    kind: 'pglite',
    rows: async <T>(query: SQL) => (await db.execute(query)).rows as T[],
    close: () => client.close(),
  };
}
