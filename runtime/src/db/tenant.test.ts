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

  it('sees no tenant rows at all when no tenant is set', async () => {
    const rows = await database.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL ROLE saqme_app`);
      return tx.select().from(cases);
    });
    expect(rows).toEqual([]);
  });
});
