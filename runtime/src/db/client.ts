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
/** A transaction handle; every tenant-scoped query runs on one. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Rows of `execute` on either driver: postgres-js returns an array, PGlite `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? [...result] : (result as { rows: T[] }).rows) as T[];
}

export interface Database {
  db: Db;
  kind: 'postgres' | 'pglite';
  /** Raw SQL returning rows; the two drivers shape `db.execute` results differently. */
  rows<T>(query: SQL): Promise<T[]>;
  close(): Promise<void>;
}

/** A server URL, a PGlite folder, or (for tests) an in-memory PGlite. */
export type DatabaseTarget =
  | { url: string; max?: number }
  | { pgliteDir: string }
  | { memory: true };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if ('url' in target) {
    const client = postgres(target.url, { max: target.max ?? 10, onnotice: () => {} });
    const db = drizzlePostgres({ client });
    return {
      db,
      kind: 'postgres',
      rows: async <T>(query: SQL) => rowsOf<T>(await db.execute(query)),
      close: () => client.end(),
    };
  }
  if ('pgliteDir' in target) mkdirSync(target.pgliteDir, { recursive: true });
  const client = await PGlite.create('pgliteDir' in target ? target.pgliteDir : undefined);
  const db = drizzlePglite({ client });
  return {
    db,
    kind: 'pglite',
    rows: async <T>(query: SQL) => rowsOf<T>(await db.execute(query)),
    close: () => client.close(),
  };
}
