import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targets } from '../../test/databases.ts';
import type { Database } from './client.ts';
import { migrateDatabase } from './migrate.ts';
import journal from './migrations/meta/_journal.json' with { type: 'json' };
import {
  auditEvents,
  cases,
  documents,
  roleGrants,
  services,
  serviceVersions,
  tasks,
  tenants,
  users,
} from './schema/index.ts';
import { withTenant } from './tenant.ts';

// drizzle wraps driver errors; the database's own message is the cause.
const appendOnly = {
  cause: expect.objectContaining({ message: expect.stringMatching(/append-only/) }),
};

describe.each(targets)('the persistence contract on $name', (target) => {
  let database: Database;
  beforeAll(async () => {
    database = await target.open();
  });
  afterAll(() => database.close());

  it('applies the migrations once and a second run changes nothing', async () => {
    await migrateDatabase(database);
    const applied = await database.rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`,
    );
    expect(applied[0]?.n).toBe(journal.entries.length);
  });

  it('stores tenants, users and grants, and reads them back', async () => {
    const { db } = database;
    await db.insert(tenants).values({
      id: 'kutaisi',
      kind: 'municipality',
      nameKa: 'ქუთაისი',
      nameEn: 'Kutaisi',
    });
    const [user] = await db
      .insert(users)
      .values({
        username: 'k.clerk',
        displayName: 'ნინო',
        passwordHash: 'x',
        homeTenantId: 'kutaisi',
      })
      .returning();
    await db.insert(roleGrants).values({ userId: user!.id, tenantId: 'kutaisi', role: 'clerk' });
    const grants = await db.select().from(roleGrants).where(eq(roleGrants.userId, user!.id));
    expect(grants.map((g) => [g.tenantId, g.role])).toEqual([['kutaisi', 'clerk']]);
    await expect(
      db
        .insert(roleGrants)
        .values({ userId: user!.id, tenantId: 'kutaisi', role: 'root' as never }),
    ).rejects.toThrow();
  });

  it('keeps a case, its task and a document under the tenant, through withTenant', async () => {
    const stored = await withTenant(database.db, 'kutaisi', async (tx) => {
      const [c] = await tx
        .insert(cases)
        .values({
          tenantId: 'kutaisi',
          serviceId: 'municipal-request',
          serviceVersion: 1,
          status: 'open',
          applicantPersonalNumber: '01001012345',
          currentSteps: ['review'],
          data: { subject: 'ქუჩის განათება' },
        })
        .returning();
      await tx.insert(tasks).values({
        caseId: c!.id,
        tenantId: 'kutaisi',
        nodeId: 'review',
        formKey: 'review',
        candidateRoles: ['clerk', 'supervisor'],
        status: 'open',
      });
      await tx.insert(documents).values({
        tenantId: 'kutaisi',
        caseId: c!.id,
        fileName: 'განცხადება.pdf',
        mediaType: 'application/pdf',
        size: 3,
        sha256: 'abc',
        content: new Uint8Array([1, 2, 255]),
      });
      return c!;
    });
    expect(stored.applicantPersonalNumber).toBe('01001012345');
    const inbox = await withTenant(database.db, 'kutaisi', (tx) =>
      tx
        .select({ nodeId: tasks.nodeId, roles: tasks.candidateRoles })
        .from(tasks)
        .where(sql`'clerk' = ANY (${tasks.candidateRoles}) AND ${tasks.status} = 'open'`),
    );
    expect(inbox).toEqual([{ nodeId: 'review', roles: ['clerk', 'supervisor'] }]);
    const [doc] = await withTenant(database.db, 'kutaisi', (tx) =>
      tx.select().from(documents).where(eq(documents.caseId, stored.id)),
    );
    expect([...doc!.content]).toEqual([1, 2, 255]);
    expect(doc!.fileName).toBe('განცხადება.pdf');
  });

  it('stores an immutable service version with its bundle and definition', async () => {
    await withTenant(database.db, 'kutaisi', async (tx) => {
      await tx.insert(services).values({
        id: 'street-light',
        tenantId: 'kutaisi',
        titleKa: 'განათება',
        titleEn: 'Lights',
      });
      await tx.insert(serviceVersions).values({
        serviceId: 'street-light',
        version: 1,
        tenantId: 'kutaisi',
        hash: 'sha256-1',
        bundle: { service: { id: 'street-light' } },
        definition: { nodes: [] },
      });
    });
    const [v] = await database.db.select().from(serviceVersions);
    expect(v).toMatchObject({ serviceId: 'street-light', version: 1, hash: 'sha256-1' });
    await expect(
      database.db.insert(serviceVersions).values({ ...v!, hash: 'other' }),
    ).rejects.toThrow();
  });

  it('refuses UPDATE and DELETE of audit events, even for the table owner', async () => {
    await database.db.insert(auditEvents).values({
      tenantId: 'kutaisi',
      seq: 1,
      prevHash: '',
      hash: 'h',
      actor: 'system',
      type: 'test',
      payload: {},
      at: new Date(),
    });
    await expect(
      database.db.update(auditEvents).set({ type: 'changed' }).where(eq(auditEvents.seq, 1)),
    ).rejects.toMatchObject(appendOnly);
    await expect(database.db.delete(auditEvents)).rejects.toMatchObject(appendOnly);
    await expect(database.db.execute(sql`TRUNCATE audit_events`)).rejects.toMatchObject(appendOnly);
  });
});
