import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targets } from '../../../test/databases.ts';
import { createHarness, type Harness, read } from '../../../test/harness.ts';
import type { Database } from '../../db/client.ts';
import { cases } from '../../db/schema/index.ts';

describe.each(targets)('the case routes on $name', (target) => {
  let database: Database;
  let h: Harness;
  let clerk: string;
  beforeAll(async () => {
    database = await target.open();
    h = await createHarness(database);
    clerk = await h.login('tbilisi.clerk');
    await database.db.insert(cases).values(
      Array.from({ length: 5 }, (_, i) => ({
        tenantId: 'tbilisi',
        serviceId: i < 3 ? 'municipal-request' : 'pin-puk-recovery',
        serviceVersion: 1,
        status: i === 0 ? ('completed' as const) : ('open' as const),
        applicantPersonalNumber: `0100101234${i}`,
        openedAt: new Date(Date.UTC(2026, 10, 20 + i)),
        data: { i },
      })),
    );
  });
  afterAll(() => database.close());

  it('lists cases newest first and pages with a cursor', async () => {
    const first = await read(await h.request('/api/cases?limit=2', { cookie: clerk }));
    expect(first.items.map((c: { openedAt: string }) => c.openedAt.slice(0, 10))).toEqual([
      '2026-11-24',
      '2026-11-23',
    ]);
    const second = await read(
      await h.request(`/api/cases?limit=2&cursor=${first.next}`, { cookie: clerk }),
    );
    expect(second.items.map((c: { openedAt: string }) => c.openedAt.slice(0, 10))).toEqual([
      '2026-11-22',
      '2026-11-21',
    ]);
  });

  it('pages through cases opened at the same instant without skipping or repeating one', async () => {
    const at = new Date(Date.UTC(2026, 9, 1));
    const twins = await database.db
      .insert(cases)
      .values(
        Array.from({ length: 3 }, () => ({
          tenantId: 'tbilisi',
          serviceId: 'twins',
          serviceVersion: 1,
          status: 'waiting' as const,
          openedAt: at,
        })),
      )
      .returning({ id: cases.id });
    const seen: string[] = [];
    let cursor = '';
    do {
      const page = await read(
        await h.request(`/api/cases?serviceId=twins&limit=1${cursor}`, { cookie: clerk }),
      );
      seen.push(...page.items.map((c: { id: string }) => c.id));
      cursor = page.next ? `&cursor=${page.next}` : '';
    } while (cursor);
    expect(seen).toEqual(
      twins
        .map((t) => t.id)
        .sort()
        .reverse(),
    );
  });

  it('filters by service, status, dates and personal number', async () => {
    const q = '/api/cases?serviceId=municipal-request&status=open&openedFrom=2026-11-21T00:00:00Z';
    const { items } = await read(await h.request(q, { cookie: clerk }));
    expect(
      items.map((c: { applicantPersonalNumber: string }) => c.applicantPersonalNumber),
    ).toEqual(['01001012342', '01001012341']);
    const byPn = await read(
      await h.request('/api/cases?personalNumber=01001012344', { cookie: clerk }),
    );
    expect(byPn.items).toHaveLength(1);
    expect(byPn.items[0]).toMatchObject({ serviceId: 'pin-puk-recovery', currentSteps: [] });
  });

  it('rejects a malformed personal number or cursor with field issues', async () => {
    const res = await h.request('/api/cases?personalNumber=123&cursor=%%%', { cookie: clerk });
    expect(res.status).toBe(422);
    expect((await read(res)).issues.map((i: { path: string }) => i.path)).toEqual([
      '/personalNumber',
    ]);
    const cursor = await h.request('/api/cases?cursor=bm90LWpzb24', { cookie: clerk });
    expect((await read(cursor)).issues).toEqual([expect.objectContaining({ path: '/cursor' })]);
  });

  it('shows one case with its data, and hides cases from analysts', async () => {
    const { items } = await read(await h.request('/api/cases?limit=1', { cookie: clerk }));
    const one = await read(await h.request(`/api/cases/${items[0].id}`, { cookie: clerk }));
    expect(one).toMatchObject({ id: items[0].id, data: { i: 4 } });
    const analyst = await h.login('tbilisi.analyst');
    expect((await h.request('/api/cases', { cookie: analyst })).status).toBe(403);
  });
});
