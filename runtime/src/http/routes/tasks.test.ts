import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targets } from '../../../test/databases.ts';
import { createHarness, type Harness, read } from '../../../test/harness.ts';
import type { Database } from '../../db/client.ts';
import { cases, tasks, users } from '../../db/schema/index.ts';

describe.each(targets)('the inbox on $name', (target) => {
  let database: Database;
  let h: Harness;
  let clerk: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    database = await target.open();
    h = await createHarness(database);
    clerk = await h.login('kutaisi.clerk');
    const [me] = await database.db.select().from(users).where(eq(users.username, 'kutaisi.clerk'));
    const [kase] = await database.db
      .insert(cases)
      .values({
        tenantId: 'kutaisi',
        serviceId: 'first',
        serviceVersion: 1,
        status: 'open',
        number: 'S-2026-000001',
      })
      .returning();
    const [other] = await database.db
      .insert(cases)
      .values({ tenantId: 'kutaisi', serviceId: 'other', serviceVersion: 1, status: 'open' })
      .returning();
    const rows = [
      { nodeId: 'later', roles: ['clerk'], due: new Date('2026-12-05T00:00:00Z') },
      { nodeId: 'sooner', roles: ['clerk', 'supervisor'], due: new Date('2026-12-01T00:00:00Z') },
      { nodeId: 'undated', roles: ['clerk'], due: null },
      { nodeId: 'supervisors-only', roles: ['supervisor'], due: new Date('2026-11-28T00:00:00Z') },
      {
        nodeId: 'assigned-to-me',
        roles: ['supervisor'],
        due: null,
        assignee: me!.id,
        status: 'claimed' as const,
      },
      { nodeId: 'done', roles: ['clerk'], due: null, status: 'completed' as const },
      // Past due at the harness clock (2026-11-27T08:00Z), in a case of another service.
      {
        nodeId: 'late',
        roles: ['clerk'],
        due: new Date('2026-11-20T00:00:00Z'),
        caseId: other!.id,
      },
    ];
    for (const r of rows) {
      const [t] = await database.db
        .insert(tasks)
        .values({
          caseId: r.caseId ?? kase!.id,
          tenantId: 'kutaisi',
          nodeId: r.nodeId,
          formKey: r.nodeId,
          candidateRoles: r.roles,
          status: r.status ?? 'open',
          dueAt: r.due,
          assigneeId: r.assignee ?? null,
        })
        .returning();
      ids[r.nodeId] = t!.id;
    }
  });
  afterAll(() => database.close());

  it("lists the open tasks offered to the caller's roles or assigned to them, soonest due first", async () => {
    const { items, next } = await read(await h.request('/api/tasks', { cookie: clerk }));
    const nodes = items.map((t: { nodeId: string }) => t.nodeId);
    expect(nodes.slice(0, 3)).toEqual(['late', 'sooner', 'later']);
    expect(nodes.slice(3).sort()).toEqual(['assigned-to-me', 'undated']);
    expect(next).toBeNull();
  });

  it('pages through the inbox with a cursor, undated tasks last', async () => {
    const first = await read(await h.request('/api/tasks?limit=3', { cookie: clerk }));
    const second = await read(
      await h.request(`/api/tasks?limit=3&cursor=${first.next}`, { cookie: clerk }),
    );
    expect([...first.items, ...second.items].map((t: { nodeId: string }) => t.nodeId)).toHaveLength(
      5,
    );
    expect(second.items).toHaveLength(2);
  });

  it("shows only the caller's own assignments when asked", async () => {
    const { items } = await read(await h.request('/api/tasks?mine=true', { cookie: clerk }));
    expect(items.map((t: { nodeId: string }) => t.nodeId)).toEqual(['assigned-to-me']);
  });

  it('opens a task offered to the caller, and hides one offered only to others', async () => {
    expect(
      (await read(await h.request(`/api/tasks/${ids.sooner}`, { cookie: clerk }))).formKey,
    ).toBe('sooner');
    expect(
      (await h.request(`/api/tasks/${ids['supervisors-only']}`, { cookie: clerk })).status,
    ).toBe(404);
  });

  it('names the case, its service and the holder of each task', async () => {
    const { items } = await read(await h.request('/api/tasks?mine=true', { cookie: clerk }));
    expect(items[0]).toMatchObject({
      caseNumber: 'S-2026-000001',
      serviceId: 'first',
      assigneeName: expect.stringContaining('ოპერატორი'),
    });
  });

  it('filters by service, by queue (role) and to the overdue tasks', async () => {
    const nodesOf = async (query: string) =>
      (await read(await h.request(`/api/tasks?${query}`, { cookie: clerk }))).items.map(
        (t: { nodeId: string }) => t.nodeId,
      );
    expect(await nodesOf('serviceId=other')).toEqual(['late']);
    expect(await nodesOf('overdue=true')).toEqual(['late']);
    expect(await nodesOf('role=supervisor')).toEqual(['sooner', 'assigned-to-me']);
    expect(await nodesOf('serviceId=first&overdue=true')).toEqual([]);
  });

  it('lists every open task of the tenant to a supervisor, and refuses that view to a clerk', async () => {
    const supervisor = await h.login('kutaisi.supervisor');
    const all = await read(await h.request('/api/tasks?scope=tenant', { cookie: supervisor }));
    expect(all.items.map((t: { nodeId: string }) => t.nodeId).sort()).toEqual(
      ['assigned-to-me', 'late', 'later', 'sooner', 'supervisors-only', 'undated'].sort(),
    );
    const overdue = await read(
      await h.request('/api/tasks?scope=tenant&overdue=true', { cookie: supervisor }),
    );
    expect(overdue.items.map((t: { nodeId: string }) => t.nodeId)).toEqual(['late']);
    expect((await h.request('/api/tasks?scope=tenant', { cookie: clerk })).status).toBe(403);
    expect((await h.request('/api/tasks?overdue=yes', { cookie: clerk })).status).toBe(422);
  });
});
