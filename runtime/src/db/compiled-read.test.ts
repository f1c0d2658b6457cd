import { eq, getTableColumns, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targets } from '../../test/databases.ts';
import type { Database } from './client.ts';
import { compileRead, runRead } from './compiled-read.ts';
import { cases, tasks, tenants } from './schema/index.ts';
import { readAsTenant } from './tenant.ts';

const p = sql.placeholder;
const allTasks = compileRead(
  new QueryBuilder().select(getTableColumns(tasks)).from(tasks).orderBy(tasks.nodeId),
);
const casesOfService = compileRead(
  new QueryBuilder()
    .select({ id: cases.id, tenantId: cases.tenantId, data: cases.data })
    .from(cases)
    .where(eq(cases.serviceId, p('serviceId')))
    .orderBy(cases.tenantId),
);
const whoAmI = compileRead(
  new QueryBuilder()
    .select({ tenantId: tenants.id })
    .from(tenants)
    .where(
      sql`${tenants.id} = current_setting('app.tenant_id', true) AND current_user = 'saqme_app'`,
    ),
);

describe.each(targets)('compiled reads on $name', (target) => {
  let database: Database;
  beforeAll(async () => {
    database = await target.open();
    await database.db.insert(tenants).values([
      { id: 'a', kind: 'municipality', nameKa: 'ა', nameEn: 'A' },
      { id: 'b', kind: 'municipality', nameKa: 'ბ', nameEn: 'B' },
    ]);
    const [kase] = await database.db
      .insert(cases)
      .values([
        { tenantId: 'a', serviceId: 's', serviceVersion: 1, status: 'open', data: { n: 1 } },
        { tenantId: 'b', serviceId: 's', serviceVersion: 1, status: 'open', data: { n: 2 } },
      ])
      .returning();
    await database.db.insert(tasks).values([
      {
        caseId: kase!.id,
        tenantId: 'a',
        nodeId: 'dated',
        formKey: 'f',
        candidateRoles: ['clerk', 'supervisor'],
        status: 'open',
        dueAt: new Date('2026-12-01T10:20:30.456Z'),
        titleKa: 'განხილვა',
        titleEn: 'Review',
      },
      {
        caseId: kase!.id,
        tenantId: 'a',
        nodeId: 'undated',
        formKey: 'f',
        candidateRoles: [],
        status: 'claimed',
      },
    ]);
  });
  afterAll(() => database.close());

  it('decodes every column the way drizzle does, dates, arrays and nulls included', async () => {
    const ours = await runRead(database, allTasks);
    const drizzles = await database.db.select().from(tasks).orderBy(tasks.nodeId);
    expect(ours).toEqual(drizzles);
    expect(ours[0]!.dueAt).toEqual(new Date('2026-12-01T10:20:30.456Z'));
    expect(ours[1]!.inboxDue).toEqual(new Date('9999-12-31T00:00:00Z'));
  });

  it('fills placeholders per call and leaves the text alone', () => {
    const one = casesOfService.statement({ serviceId: 's' });
    const two = casesOfService.statement({ serviceId: 't' });
    expect(one.text).toBe(two.text);
    expect([one.params, two.params]).toEqual([['s'], ['t']]);
    expect(() => casesOfService.statement({})).toThrow(/serviceId/);
  });

  it('reads as the tenant under row-level security, and the same statement serves each tenant in turn', async () => {
    // More calls than pooled connections and than the five custom plans
    // before PostgreSQL may switch a prepared statement to a generic plan.
    for (let i = 0; i < 16; i++) {
      const tenant = i % 2 ? 'b' : 'a';
      const rows = await readAsTenant(database, tenant, casesOfService, { serviceId: 's' });
      expect(rows.map((r) => [r.tenantId, r.data])).toEqual([
        [tenant, { n: tenant === 'a' ? 1 : 2 }],
      ]);
      expect(await readAsTenant(database, tenant, whoAmI)).toEqual([{ tenantId: tenant }]);
    }
    expect(await runRead(database, whoAmI)).toEqual([]);
  });

  it('throws a failing read, rolls back, and leaves the connection as the owner with no tenant', async () => {
    const broken = compileRead(
      new QueryBuilder()
        .select({ id: cases.id })
        .from(cases)
        .where(sql`${cases.id} = ${p('id')}::uuid`),
    );
    await expect(readAsTenant(database, 'a', broken, { id: 'not-a-uuid' })).rejects.toMatchObject({
      code: '22P02',
    });
    // Every pooled connection in turn, the one that failed among them.
    for (let i = 0; i < 8; i++) {
      const after = await database.rows<{ role: string; tenant: string | null }>(
        sql`SELECT current_user AS role, nullif(current_setting('app.tenant_id', true), '') AS tenant`,
      );
      expect(after).toEqual([{ role: expect.not.stringMatching(/^saqme_app$/), tenant: null }]);
    }
  });
});
