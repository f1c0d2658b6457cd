import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targets } from '../../test/databases.ts';
import { type Database, rowsOf } from './client.ts';
import { auditEvents, cases, tenants } from './schema/index.ts';
import { withTenant } from './tenant.ts';

const rejected = {
  cause: expect.objectContaining({
    message: expect.stringMatching(/row-level security|permission denied/),
  }),
};

describe.each(targets)('withTenant on $name', (target) => {
  let database: Database;
  beforeAll(async () => {
    database = await target.open();
    await database.db.insert(tenants).values([
      { id: 'a', kind: 'municipality', nameKa: 'ა', nameEn: 'A' },
      { id: 'b', kind: 'municipality', nameKa: 'ბ', nameEn: 'B' },
    ]);
    for (const tenantId of ['a', 'b']) {
      await withTenant(database.db, tenantId, (tx) =>
        tx.insert(cases).values({ tenantId, serviceId: 's', serviceVersion: 1, status: 'open' }),
      );
    }
  });
  afterAll(() => database.close());

  it('runs as the non-owner role saqme_app with the tenant set for the transaction only', async () => {
    const [inside] = await withTenant(database.db, 'a', async (tx) =>
      rowsOf<{ role: string; tenant: string }>(
        await tx.execute(
          sql`SELECT current_user AS role, current_setting('app.tenant_id') AS tenant`,
        ),
      ),
    );
    expect(inside).toEqual({ role: 'saqme_app', tenant: 'a' });
    const [after] = await database.rows<{ role: string; tenant: string | null }>(
      sql`SELECT current_user AS role, nullif(current_setting('app.tenant_id', true), '') AS tenant`,
    );
    expect(after?.role).not.toBe('saqme_app');
    expect(after?.tenant ?? null).toBeNull();
  });

  it("shows tenant A none of tenant B's rows, even with a forged WHERE", async () => {
    const seen = await withTenant(database.db, 'a', (tx) =>
      tx
        .select({ tenantId: cases.tenantId })
        .from(cases)
        .where(inArray(cases.tenantId, ['a', 'b'])),
    );
    expect(seen).toEqual([{ tenantId: 'a' }]);
    const forged = await withTenant(database.db, 'a', (tx) =>
      tx.select().from(cases).where(eq(cases.tenantId, 'b')),
    );
    expect(forged).toEqual([]);
  });

  it("refuses to write rows into another tenant and leaves B's rows untouched", async () => {
    await expect(
      withTenant(database.db, 'a', (tx) =>
        tx
          .insert(cases)
          .values({ tenantId: 'b', serviceId: 's', serviceVersion: 1, status: 'open' }),
      ),
    ).rejects.toMatchObject(rejected);
    const updated = await withTenant(database.db, 'a', (tx) =>
      tx.update(cases).set({ status: 'cancelled' }).where(eq(cases.tenantId, 'b')).returning(),
    );
    expect(updated).toEqual([]);
    const bRows = await database.db.select().from(cases).where(eq(cases.tenantId, 'b'));
    expect(bRows.map((r) => r.status)).toEqual(['open']);
  });

  it('denies the application role what it was not granted, such as deleting audit events', async () => {
    await expect(
      withTenant(database.db, 'a', (tx) => tx.execute(sql`DELETE FROM audit_events`)),
    ).rejects.toMatchObject(rejected);
    await expect(
      withTenant(database.db, 'a', (tx) => tx.select().from(auditEvents)),
    ).resolves.toEqual([]);
  });

  it('guards every table with a tenant_id that the app role can touch, with row-level security and a policy', async () => {
    const unguarded = await database.rows<{ table: string }>(sql`
      SELECT c.relname AS table
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
      WHERE c.relkind = 'r'
        AND has_table_privilege('saqme_app', c.oid, 'SELECT,INSERT,UPDATE,DELETE')
        AND (NOT c.relrowsecurity OR NOT EXISTS (
          SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid
            AND p.polroles @> ARRAY[(SELECT oid FROM pg_roles WHERE rolname = 'saqme_app')]))
      ORDER BY 1`);
    expect(unguarded).toEqual([]);
    // Sessions and chain heads are the owner's alone: the app role cannot touch them at all.
    const ownerOnly = await database.rows<{ table: string }>(sql`
      SELECT relname AS table FROM pg_class
      WHERE relname IN ('sessions', 'audit_heads')
        AND NOT has_table_privilege('saqme_app', oid, 'SELECT,INSERT,UPDATE,DELETE')
      ORDER BY 1`);
    expect(ownerOnly.map((r) => r.table)).toEqual(['audit_heads', 'sessions']);
  });

  it('sees no tenant rows at all when no tenant is set', async () => {
    const rows = await database.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL ROLE saqme_app`);
      return tx.select().from(cases);
    });
    expect(rows).toEqual([]);
  });
});
