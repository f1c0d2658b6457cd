// Tenant-scoped access: one transaction that sets app.tenant_id locally and
// drops to the non-owner role saqme_app, so row-level security applies to
// every statement inside, whatever WHERE clause the code writes.
import { sql } from 'drizzle-orm';
import type { Db, Tx } from './client.ts';

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
