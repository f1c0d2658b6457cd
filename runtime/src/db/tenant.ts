// Tenant-scoped access: one transaction that sets app.tenant_id locally and
// drops to the non-owner role saqme_app, so row-level security applies to
// every statement inside, whatever WHERE clause the code writes.
import { sql } from 'drizzle-orm';
import type { Database, Db, Statement, Tx } from './client.ts';
import type { CompiledRead } from './compiled-read.ts';

export const APP_ROLE = 'saqme_app';

export async function withTenant<T>(
  db: Db,
  tenantId: string,
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    // One round trip: set_config('role', …, true) is SET LOCAL ROLE.
    await tx.execute(
      sql`SELECT set_config('app.tenant_id', ${tenantId}, true), set_config('role', ${APP_ROLE}, true)`,
    );
    return fn(tx);
  });
}

function tenantScope(tenantId: string): Statement {
  return {
    text: `SELECT set_config('app.tenant_id', $1, true), set_config('role', '${APP_ROLE}', true)`,
    params: [tenantId],
  };
}

/**
 * One compiled read in withTenant's transaction (same role, same setting,
 * same row-level security), for the list routes under load. On PostgreSQL
 * the scope and the read are prepared statements sent together
 * (Database.batch): BEGIN, both, COMMIT are three round trips, where
 * withTenant with a drizzle query takes six (postgres-js describes an
 * unprepared statement with parameters before it binds it).
 */
export async function readAsTenant<Row>(
  database: Database,
  tenantId: string,
  read: CompiledRead<Row>,
  values?: Record<string, unknown>,
): Promise<Row[]> {
  const [, rows] = await database.batch([tenantScope(tenantId), read.statement(values)]);
  return rows!.map(read.decode);
}
