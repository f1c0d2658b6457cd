import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targets } from '../../../test/databases.ts';
import { createHarness, type Harness, read } from '../../../test/harness.ts';
import type { Database } from '../../db/client.ts';
import { cases, tasks, users } from '../../db/schema/index.ts';

describe.each(targets)('the assignees of a task on $name', (target) => {
  let database: Database;
  let h: Harness;
  let supervisor: string;
  let taskId: string;
  let clerkId: string;
  let auditorId: string;
  beforeAll(async () => {
    database = await target.open();
    h = await createHarness(database);
    supervisor = await h.login('batumi.supervisor');
    // A second clerk, and a disabled one, created by the tenant's admin.
    const admin = await h.login('batumi.admin');
    for (const username of ['batumi.clerk2', 'batumi.gone']) {
      const created = await h.request('/api/admin/users', {
        method: 'POST',
        cookie: admin,
        json: { username, displayName: username, password: 'a-long-password-2', roles: ['clerk'] },
      });
      expect(created.status).toBe(201);
    }
    await database.db
      .update(users)
      .set({ disabledAt: new Date() })
      .where(eq(users.username, 'batumi.gone'));
    const byName = async (username: string) =>
      (await database.db.select().from(users).where(eq(users.username, username)))[0]!.id;
    clerkId = await byName('batumi.clerk');
    auditorId = await byName('batumi.auditor');
    const [kase] = await database.db
      .insert(cases)
      .values({
        tenantId: 'batumi',
        serviceId: 'simple',
        serviceVersion: 1,
        status: 'open',
        number: 'S-2026-000007',
      })
      .returning();
    const [task] = await database.db
      .insert(tasks)
      .values({
        caseId: kase!.id,
        tenantId: 'batumi',
        engineTaskId: 'Task_Review/1',
        nodeId: 'Task_Review',
        formKey: 'review',
        candidateRoles: ['clerk'],
        status: 'open',
      })
      .returning();
    taskId = task!.id;
  });
  afterAll(() => database.close());

  it("lists the tenant's enabled users who hold one of the task's candidate roles", async () => {
    const body = await read(
      await h.request(`/api/tasks/${taskId}/assignees`, { cookie: supervisor }),
    );
    expect(body.task).toMatchObject({
      id: taskId,
      caseNumber: 'S-2026-000007',
      serviceId: 'simple',
      candidateRoles: ['clerk'],
      assigneeId: null,
    });
    expect(body.items.map((u: { username: string }) => u.username).sort()).toEqual([
      'batumi.clerk',
      'batumi.clerk2',
    ]);
    expect(body.items[0].roles).toEqual(['clerk']);
  });

  it("is refused to a clerk, and another tenant's task is not found", async () => {
    const clerk = await h.login('batumi.clerk');
    expect((await h.request(`/api/tasks/${taskId}/assignees`, { cookie: clerk })).status).toBe(403);
    const stranger = await h.login('kutaisi.supervisor');
    expect((await h.request(`/api/tasks/${taskId}/assignees`, { cookie: stranger })).status).toBe(
      404,
    );
  });

  it('refuses to reassign the task to a user of the tenant without a candidate role', async () => {
    const res = await h.request(`/api/tasks/${taskId}/reassign`, {
      method: 'POST',
      cookie: supervisor,
      json: { assigneeId: auditorId },
      headers: { 'Accept-Language': 'ka' },
    });
    expect(res.status).toBe(422);
    const problem = await read(res);
    expect(problem.code).toBe('user.not-candidate');
    expect(problem.title).toContain('როლი');
    expect(problem.issues).toMatchObject([{ code: 'user.not-candidate', path: '/assigneeId' }]);
    expect(clerkId).toBeTruthy();
  });
});
