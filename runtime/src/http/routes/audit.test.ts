import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targets } from '../../../test/databases.ts';
import { createHarness, type Harness, read } from '../../../test/harness.ts';
import type { Database } from '../../db/client.ts';

describe.each(targets)('the audit routes on $name', (target) => {
  let database: Database;
  let h: Harness;
  let auditor: string;
  beforeAll(async () => {
    database = await target.open();
    h = await createHarness(database);
    auditor = await h.login('batumi.auditor');
  });
  afterAll(() => database.close());

  it("pages through the tenant's events, oldest first", async () => {
    const first = await read(await h.request('/api/audit/events?limit=2', { cookie: auditor }));
    expect(first.items.map((e: { seq: number }) => e.seq)).toEqual([1, 2]);
    expect(first.items[0]).toMatchObject({
      type: 'user.created',
      actor: 'system',
      at: '2026-11-27T08:00:00.000Z',
    });
    expect(first.next).toBe(2);
    const rest = await read(await h.request('/api/audit/events?after=2', { cookie: auditor }));
    expect(rest.items.map((e: { type: string }) => e.type)).toContain('auth.login');
    expect(rest.next).toBeNull();
  });

  it('verifies the chain, and reports a break after tampering', async () => {
    expect(await read(await h.request('/api/audit/verify', { cookie: auditor }))).toEqual({
      ok: true,
      events: 6,
      breaks: [],
    });
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER USER`);
      await tx.execute(
        sql`UPDATE audit_events SET payload = '{}' WHERE tenant_id = 'batumi' AND seq = 3`,
      );
      await tx.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER USER`);
    });
    expect(await read(await h.request('/api/audit/verify', { cookie: auditor }))).toEqual({
      ok: false,
      events: 6,
      breaks: [{ seq: 3, code: 'hash-mismatch' }],
    });
  });

  it('is closed to clerks and to anonymous callers', async () => {
    const clerk = await h.login('batumi.clerk');
    expect((await h.request('/api/audit/events', { cookie: clerk })).status).toBe(403);
    expect((await h.request('/api/audit/events')).status).toBe(401);
  });
});
