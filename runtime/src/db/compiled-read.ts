// Reads on the request hot path, compiled once: drizzle builds the SQL of a
// query shape (with placeholders for its values) when the module loads, and a
// request only fills the values in. Under load, building queries cost the API
// more CPU than PostgreSQL spent running them, and a fixed text can stay a
// prepared statement on each connection (Database.query and batch).
import { Column, fillPlaceholders, is } from 'drizzle-orm';
import type { Database, Statement } from './client.ts';

/** A select built by drizzle's QueryBuilder or a db, not yet run. */
interface BuiltSelect {
  readonly _: { readonly result: unknown; readonly selectedFields: unknown };
  toSQL(): { sql: string; params: unknown[] };
}

type RowOf<Q extends BuiltSelect> = Q['_']['result'] extends (infer R)[] ? R : never;

export interface CompiledRead<Row> {
  /** The statement with the placeholders filled in (as driver values, e.g. ISO timestamps). */
  statement(values?: Record<string, unknown>): Statement;
  /** A row as the driver returns it (values in select order) as drizzle would map it. */
  decode(row: unknown[]): Row;
}

/**
 * Compiles a select of a flat record of columns, e.g. `select({ id: t.id })`
 * or `select(getTableColumns(t))`: drizzle selects them in the record's key
 * order, and rows are decoded by the same columns in that order.
 */
export function compileRead<Q extends BuiltSelect>(query: Q): CompiledRead<RowOf<Q>> {
  const fields = Object.entries(query._.selectedFields as Record<string, unknown>);
  const columns = fields.map(([key, field]) => {
    if (!is(field, Column)) throw new Error(`compileRead: field ${key} is not a column`);
    return [key, field] as const;
  });
  const { sql: text, params } = query.toSQL();
  return {
    statement: (values = {}) => ({ text, params: fillPlaceholders(params, values) }),
    decode(row) {
      const out: Record<string, unknown> = {};
      for (let i = 0; i < columns.length; i++) {
        const [key, column] = columns[i]!;
        const value = row[i];
        out[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
      }
      return out as RowOf<Q>;
    },
  };
}

/** Runs a compiled read as the database owner (no tenant): one round trip. */
export async function runRead<Row>(
  database: Database,
  read: CompiledRead<Row>,
  values?: Record<string, unknown>,
): Promise<Row[]> {
  return (await database.query(read.statement(values))).map(read.decode);
}
