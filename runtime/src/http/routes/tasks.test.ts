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
      .values({ tenantId: 'kutaisi', serviceId: 's', serviceVersion: 1, status: 'open' })
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
    ];
    for (const r of rows) {
      const [t] = await database.db
        .insert(tasks)
        .values({
          caseId: kase!.id,
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
    expect(nodes.slice(0, 2)).toEqual(['sooner', 'later']);
    expect(nodes.slice(2).sort()).toEqual(['assigned-to-me', 'undated']);
    expect(next).toBeNull();
  });

  it('pages through the inbox with a cursor, undated tasks last', async () => {
    const first = await read(await h.request('/api/tasks?limit=3', { cookie: clerk }));
    const second = await read(
      await h.request(`/api/tasks?limit=3&cursor=${first.next}`, { cookie: clerk }),
    );
    expect([...first.items, ...second.items].map((t: { nodeId: string }) => t.nodeId)).toHaveLength(
      4,
    );
    expect(second.items).toHaveLength(1);
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
});
