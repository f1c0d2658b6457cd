import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targets } from '../../../test/databases.ts';
import { createHarness, type Harness, read } from '../../../test/harness.ts';
import type { Database } from '../../db/client.ts';
import { cases, services, tasks } from '../../db/schema/index.ts';

const at = (iso: string) => new Date(iso);

describe.each(targets)('the KPI route on $name', (target) => {
  let database: Database;
  let h: Harness;
  beforeAll(async () => {
    database = await target.open();
    h = await createHarness(database);
    const { db } = database;
    // Authored by the agency and run by the municipalities, which see its title.
    await db
      .insert(services)
      .values({
        id: 'municipal-request',
        tenantId: 'central',
        runnableBy: ['tbilisi', 'kutaisi'],
        titleKa: 'მოქალაქის მომართვა',
        titleEn: 'Citizen request to the municipality',
      })
      .onConflictDoNothing();
    // Two closed requests (2 h and 4 h), one open, one breaching its task's due time; one in Kutaisi.
    const rows = await db
      .insert(cases)
      .values([
        {
          tenantId: 'tbilisi',
          serviceId: 'municipal-request',
          serviceVersion: 1,
          status: 'completed',
          openedAt: at('2026-11-20T08:00:00Z'),
          closedAt: at('2026-11-20T10:00:00Z'),
        },
        {
          tenantId: 'tbilisi',
          serviceId: 'municipal-request',
          serviceVersion: 1,
          status: 'completed',
          openedAt: at('2026-11-21T08:00:00Z'),
          closedAt: at('2026-11-21T12:00:00Z'),
        },
        {
          tenantId: 'tbilisi',
          serviceId: 'municipal-request',
          serviceVersion: 1,
          status: 'open',
          openedAt: at('2026-11-22T08:00:00Z'),
        },
        {
          tenantId: 'kutaisi',
          serviceId: 'municipal-request',
          serviceVersion: 1,
          status: 'open',
          openedAt: at('2026-11-22T08:00:00Z'),
        },
      ])
      .returning();
    await db.insert(tasks).values([
      // Past due and still open at the harness clock (2026-11-27T08:00Z): a breach.
      {
        caseId: rows[2]!.id,
        tenantId: 'tbilisi',
        nodeId: 'Task_Review',
        formKey: 'department-review',
        candidateRoles: ['clerk'],
        status: 'open',
        dueAt: at('2026-11-26T08:00:00Z'),
      },
      // Completed before its due time: no breach.
      {
        caseId: rows[0]!.id,
        tenantId: 'tbilisi',
        nodeId: 'Task_Review',
        formKey: 'department-review',
        candidateRoles: ['clerk'],
        status: 'completed',
        dueAt: at('2026-11-21T08:00:00Z'),
        closedAt: at('2026-11-20T09:00:00Z'),
      },
      {
        caseId: rows[3]!.id,
        tenantId: 'kutaisi',
        nodeId: 'Task_Review',
        formKey: 'department-review',
        candidateRoles: ['clerk'],
        status: 'open',
        dueAt: at('2026-11-01T08:00:00Z'),
      },
    ]);
  });
  afterAll(() => database.close());

  it("counts the tenant's cases opened and closed, the median handling time and SLA breaches", async () => {
    const clerk = await h.login('tbilisi.clerk');
    const body = await read(await h.request('/api/kpis', { cookie: clerk }));
    expect(body).toEqual({
      tenantId: 'tbilisi',
      items: [
        {
          serviceId: 'municipal-request',
          opened: 3,
          closed: 2,
          medianHandlingSeconds: 3 * 3600,
          slaBreaches: 1,
        },
      ],
    });
  });

  it('is refused to analysts, who see no cases', async () => {
    const analyst = await h.login('tbilisi.analyst');
    expect((await h.request('/api/kpis', { cookie: analyst })).status).toBe(403);
  });

  it('compares the municipalities for the central agency, totals first and per service', async () => {
    const central = await h.login('central.supervisor');
    const { items } = await read(await h.request('/api/kpis/tenants', { cookie: central }));
    expect(items.map((t: { tenantId: string }) => t.tenantId)).toEqual([
      'central',
      'batumi',
      'kutaisi',
      'tbilisi',
    ]);
    const tbilisi = items.find((t: { tenantId: string }) => t.tenantId === 'tbilisi');
    expect(tbilisi).toMatchObject({
      kind: 'municipality',
      nameEn: 'Tbilisi Municipality',
      opened: 3,
      closed: 2,
      medianHandlingSeconds: 3 * 3600,
      slaBreaches: 1,
      services: [
        {
          serviceId: 'municipal-request',
          titleEn: 'Citizen request to the municipality',
          opened: 3,
          closed: 2,
          slaBreaches: 1,
        },
      ],
    });
    expect(items.find((t: { tenantId: string }) => t.tenantId === 'kutaisi')).toMatchObject({
      opened: 1,
      slaBreaches: 1,
    });
    expect(items[0]).toMatchObject({ opened: 0, medianHandlingSeconds: null, services: [] });
  });

  it('counts no sandbox case and grants no agency-wide view to a supervisor of the sandbox', async () => {
    const analyst = await h.login('tbilisi.analyst', undefined, 'sandbox');
    const { items } = await read(await h.request('/api/kpis/tenants', { cookie: analyst }));
    expect(items).toEqual([]);
  });

  it("shows a municipality's supervisor only their own tenant, and refuses clerks", async () => {
    const supervisor = await h.login('tbilisi.supervisor');
    const { items } = await read(await h.request('/api/kpis/tenants', { cookie: supervisor }));
    expect(items.map((t: { tenantId: string }) => t.tenantId)).toEqual(['tbilisi']);
    const clerk = await h.login('tbilisi.clerk');
    expect((await h.request('/api/kpis/tenants', { cookie: clerk })).status).toBe(403);
  });
});
