import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targets } from '../../test/databases.ts';
import type { Database } from '../db/client.ts';
import { auditEvents, tenants } from '../db/schema/index.ts';
import { withTenant } from '../db/tenant.ts';
import { appendAudit, GENESIS_HASH } from './chain.ts';
import { verifyAudit } from './verify.ts';

const at = new Date('2026-11-27T08:00:00.123Z');

async function chain(database: Database, tenantId: string, n: number) {
  await database.db
    .insert(tenants)
    .values({ id: tenantId, kind: 'municipality', nameKa: tenantId, nameEn: tenantId });
  for (let i = 1; i <= n; i++) {
    await withTenant(database.db, tenantId, (tx) =>
      appendAudit(tx, {
        tenantId,
        actor: 'u1',
        type: 'case.opened',
        payload: { i, note: 'საქმე' },
        at,
      }),
    );
  }
}

/** Tampering as the table owner, who can switch the append-only triggers off. */
async function tamper(database: Database, statement: ReturnType<typeof sql>) {
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER USER`);
    await tx.execute(statement);
    await tx.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER USER`);
  });
}

describe.each(targets)('the audit chain on $name', (target) => {
  let database: Database;
  beforeAll(async () => {
    database = await target.open();
  });
  afterAll(() => database.close());

  it('links each event to the previous one and verifies intact', async () => {
    await chain(database, 'intact', 3);
    const rows = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.tenantId, 'intact'));
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(rows[0]?.prevHash).toBe(GENESIS_HASH);
    expect(rows[1]?.prevHash).toBe(rows[0]?.hash);
    expect(await verifyAudit(database.db, 'intact')).toEqual({
      ok: true,
      tenants: [{ tenantId: 'intact', events: 3, ok: true }],
      breaks: [],
    });
  });

  it('detects an altered payload', async () => {
    await chain(database, 'altered', 3);
    await tamper(
      database,
      sql`UPDATE audit_events SET payload = '{"i": 99}' WHERE tenant_id = 'altered' AND seq = 2`,
    );
    const result = await verifyAudit(database.db, 'altered');
    expect(result.ok).toBe(false);
    expect(result.breaks).toContainEqual({ tenantId: 'altered', seq: 2, code: 'hash-mismatch' });
  });

  it('detects an event removed from the middle of the chain', async () => {
    await chain(database, 'gap', 3);
    await tamper(database, sql`DELETE FROM audit_events WHERE tenant_id = 'gap' AND seq = 2`);
    const result = await verifyAudit(database.db, 'gap');
    expect(result.breaks).toEqual([
      { tenantId: 'gap', seq: 2, code: 'seq-gap' },
      { tenantId: 'gap', seq: 3, code: 'link-broken' },
    ]);
  });

  it('detects the newest event removed from the end of the chain', async () => {
    await chain(database, 'tail', 3);
    await tamper(database, sql`DELETE FROM audit_events WHERE tenant_id = 'tail' AND seq = 3`);
    const result = await verifyAudit(database.db, 'tail');
    expect(result.breaks).toEqual([{ tenantId: 'tail', seq: 3, code: 'head-mismatch' }]);
  });

  it('verifies every tenant when none is named, reporting each chain', async () => {
    const result = await verifyAudit(database.db);
    expect(result.tenants.map((t) => [t.tenantId, t.ok])).toEqual([
      ['altered', false],
      ['gap', false],
      ['intact', true],
      ['tail', false],
    ]);
  });

  it('refuses an event that does not extend the head, so writers cannot fork a chain', async () => {
    await expect(
      database.db.insert(auditEvents).values({
        tenantId: 'intact',
        seq: 5,
        prevHash: GENESIS_HASH,
        hash: 'x',
        actor: 'u1',
        type: 'forged',
        payload: {},
        at,
      }),
    ).rejects.toMatchObject({
      cause: expect.objectContaining({ message: expect.stringMatching(/expects seq 4, got 5/) }),
    });
    const forged = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, 'intact'), eq(auditEvents.type, 'forged')));
    expect(forged).toEqual([]);
  });
});
