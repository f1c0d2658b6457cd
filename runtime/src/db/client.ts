// Opens the database: PostgreSQL through postgres-js when a URL is given,
// otherwise PGlite (Postgres compiled to WASM) persisted in a local folder.
// Both give the same drizzle API, so everything above this file is shared.
import { mkdirSync } from 'node:fs';
import { PGlite, type QueryOptions, types } from '@electric-sql/pglite';
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

/** One SQL statement with its parameters ($1, $2, …), e.g. compiled once by drizzle. */
export interface Statement {
  text: string;
  params: unknown[];
}

export interface Database {
  db: Db;
  kind: 'postgres' | 'pglite';
  /** Raw SQL returning rows; the two drivers shape `db.execute` results differently. */
  rows<T>(query: SQL): Promise<T[]>;
  /**
   * Runs a statement as a prepared statement, kept per connection on
   * PostgreSQL, so it is parsed and described once, not on every call.
   * Rows are arrays of driver values in select order (timestamps as text,
   * as drizzle's column decoders expect).
   */
  query(statement: Statement): Promise<unknown[][]>;
  /**
   * Runs statements in order in one transaction and returns each one's rows
   * (as `query` does). On PostgreSQL they are prepared and pipelined: sent
   * together without waiting for each other's answers. A failing statement
   * rolls the transaction back and is thrown.
   */
  batch(statements: Statement[]): Promise<unknown[][][]>;
  close(): Promise<void>;
}

/** A server URL, a PGlite folder, or (for tests) an in-memory PGlite. */
export type DatabaseTarget =
  | { url: string; max?: number }
  | { pgliteDir: string }
  | { memory: true };

// drizzle reads timestamps as text and parses them in its column decoders;
// raw PGlite queries must hand them over the same way.
const TEXT_TIMES: QueryOptions = {
  rowMode: 'array',
  parsers: Object.fromEntries(
    [types.TIMESTAMP, types.TIMESTAMPTZ, types.DATE, types.INTERVAL, 1115, 1182, 1185, 1187].map(
      (t) => [t, (value: string) => value],
    ),
  ),
};

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if ('url' in target) {
    const client = postgres(target.url, { max: target.max ?? 10, onnotice: () => {} });
    const db = drizzlePostgres({ client });
    return {
      db,
      kind: 'postgres',
      rows: async <T>(query: SQL) => rowsOf<T>(await db.execute(query)),
      query: async (s) => [
        ...(await client
          .unsafe(s.text, s.params as postgres.ParameterOrJSON<never>[], { prepare: true })
          .values()),
      ],
      // The statements are handed over together, so they travel in one write
      // behind BEGIN: three round trips in all. (Writing BEGIN and COMMIT in the
      // same write too would need sql.reserve(), whose pool handling has open
      // bugs: porsager/postgres#925, #1195.)
      batch: (statements) =>
        client.begin((tx) =>
          statements.map((s) =>
            tx
              .unsafe(s.text, s.params as postgres.ParameterOrJSON<never>[], { prepare: true })
              .values(),
          ),
        ) as Promise<unknown[][][]>,
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
    query: async (s) => (await client.query<unknown[]>(s.text, s.params, TEXT_TIMES)).rows,
    batch: (statements) =>
      client.transaction(async (tx) => {
        const out: unknown[][][] = [];
        for (const s of statements)
          out.push((await tx.query<unknown[]>(s.text, s.params, TEXT_TIMES)).rows);
        return out;
      }),
    close: () => client.close(),
  };
}
