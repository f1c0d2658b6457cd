// Walks every route the app registers with a user of every role in tenant A
// (Tbilisi) against tenant B's (Kutaisi) resources. Routes with parameters
// must refuse (403/404); routes without must refuse or answer with nothing of
// B's; afterwards B's rows are unchanged. A new route is covered as soon as
// it is registered: a parameter without a tenant-B fixture fails the test,
// and so does a 422 where a valid body should have been given.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/client.ts';
import {
  cases,
  documents,
  outbox,
  ROLES,
  seals,
  services,
  serviceVersions,
  tasks,
  users,
} from '../src/db/schema/index.ts';
import { targets } from './databases.ts';
import { createHarness, type Harness } from './harness.ts';

const A = 'tbilisi';
const B = 'kutaisi';

/** Routes that hold no tenant's resources, with the reason they are open. */
const PUBLIC: Record<string, string> = {
  'GET /': 'the start page',
  'GET /api/health': 'liveness, no tenant data',
  'GET /metrics': 'process metrics, no tenant data',
  'GET /api/openapi.json': 'the API description',
  'GET /api/tenants': 'tenant names, shown on the sign-in page',
  'POST /api/auth/login': 'sign-in; refusal to other tenants is tested in auth.test.ts',
  'POST /api/auth/logout': "ends the caller's own session only",
  'GET /api/auth/session': "the caller's own session only",
  'GET /api/public/identity': "the citizen's own identity, from the identity provider",
  'GET /api/public/cases':
    "the citizen's own cases only; cross-citizen and cross-tenant refusal in public-cases.test.ts",
};

/**
 * Bodies that pass validation, so that a refusal comes from isolation and not
 * from a 422; a route with parameters and a body needs one here.
 */
const VALID_BODIES: Record<string, (f: Record<string, string>) => unknown> = {
  'PUT /api/auth/tenant': () => ({ tenantId: B }),
  'POST /api/admin/users': () => ({
    username: 'intruder',
    displayName: 'I',
    password: 'a-long-password-1',
  }),
  'PATCH /api/admin/users/:userId': () => ({ displayName: 'hijacked', disabled: true }),
  'PUT /api/services/:serviceId/draft': () => ({ files: { 'service.json': '{}' } }),
  'POST /api/services/:serviceId/sandbox-runs': () => ({ data: {} }),
  'POST /api/cases/:caseId/cancel': () => ({ reason: 'hijack' }),
  'POST /api/tasks/:taskId/reassign': () => ({ roles: ['clerk'] }),
  'POST /api/tasks/:taskId/complete': () => ({ data: { decision: 'approve' } }),
  'POST /api/cases/:caseId/incidents/:actionId/retry': () => ({}),
  'POST /api/cases/:caseId/incidents/:actionId/skip': () => ({ output: {} }),
  'POST /api/cases/:caseId/incidents/:actionId/cancel': () => ({}),
  'POST /api/documents': (f) => {
    const form = new FormData();
    form.set('file', new File(['%PDF-1.7\n'], 'x.pdf'));
    form.set('caseId', f.caseId!);
    return form;
  },
};

/** Query strings that pass validation, for routes that require one. */
const VALID_QUERIES: Record<string, string> = {
  'GET /api/services/:serviceId/diff': '?from=1&to=1',
  'GET /api/services/:serviceId/diagram-diff': '?from=1&to=1',
};

async function tenantBFixtures(database: Database): Promise<Record<string, string>> {
  const { db } = database;
  const [user] = await db
    .select()
    .from(users)
    .where(eq(users.username, `${B}.clerk`));
  const [kase] = await db
    .insert(cases)
    .values({
      tenantId: B,
      serviceId: 'b-service',
      serviceVersion: 1,
      status: 'open',
      applicantPersonalNumber: '01001012345',
    })
    .returning();
  const [task] = await db
    .insert(tasks)
    .values({
      caseId: kase!.id,
      tenantId: B,
      engineTaskId: 'review/1',
      nodeId: 'review',
      formKey: 'review',
      candidateRoles: [...ROLES],
      status: 'open',
    })
    .returning();
  const [document] = await db
    .insert(documents)
    .values({
      tenantId: B,
      caseId: kase!.id,
      fileName: 'b.pdf',
      mediaType: 'application/pdf',
      size: 1,
      sha256: 'x',
      content: new Uint8Array([1]),
    })
    .returning();
  await db.insert(seals).values({
    tenantId: B,
    documentId: document!.id,
    record: { algorithm: 'Ed25519', keyId: 'k', signedAt: '2026-01-01T00:00:00Z' },
  });
  await db.insert(outbox).values({
    tenantId: B,
    caseId: kase!.id,
    key: 'b-message',
    channel: 'staff',
    recipient: { role: 'clerk' },
    template: 'b-service.notice',
    data: {},
    status: 'stored',
  });
  await db.insert(services).values({ id: 'b-service', tenantId: B, titleKa: 'ბ', titleEn: 'B' });
  await db.insert(serviceVersions).values({
    serviceId: 'b-service',
    version: 1,
    tenantId: B,
    hash: 'h',
    bundle: {},
    // Not open to citizens: the public routes must not show it either.
    definition: { service: { id: 'b-service' } },
  });
  return {
    userId: user!.id,
    role: 'clerk',
    caseId: kase!.id,
    taskId: task!.id,
    documentId: document!.id,
    // Engine action ids hold a slash: the client encodes them in the path.
    actionId: encodeURIComponent('Svc_Lookup/1'),
    serviceId: 'b-service',
    version: '1',
    tenantId: B,
  };
}

/** Every row of tenant B, to compare before and after the walk. */
async function snapshotB(database: Database) {
  return database.rows(sql`
    SELECT 'audit' AS t, count(*)::int AS n, max(seq)::text AS last FROM audit_events WHERE tenant_id = ${B}
    UNION ALL SELECT 'grants', count(*)::int, string_agg(user_id::text || role, ',' ORDER BY user_id, role) FROM role_grants WHERE tenant_id = ${B}
    UNION ALL SELECT 'users', count(*)::int, string_agg(username || display_name || password_hash || coalesce(disabled_at::text, ''), ',' ORDER BY username) FROM users WHERE home_tenant_id = ${B}
    UNION ALL SELECT 'cases', count(*)::int, string_agg(status || data::text, ',') FROM cases WHERE tenant_id = ${B}
    UNION ALL SELECT 'tasks', count(*)::int, string_agg(status || coalesce(assignee_id::text, ''), ',') FROM tasks WHERE tenant_id = ${B}
    UNION ALL SELECT 'documents', count(*)::int, max(file_name) FROM documents WHERE tenant_id = ${B}
    UNION ALL SELECT 'outbox', count(*)::int, string_agg(status || key, ',') FROM outbox WHERE tenant_id = ${B}
    UNION ALL SELECT 'seals', count(*)::int, max(record::text) FROM seals WHERE tenant_id = ${B}
    UNION ALL SELECT 'services', count(*)::int, max(title_en) FROM services WHERE tenant_id = ${B}
  `);
}

describe.each(targets)('tenant isolation across every route on $name', (target) => {
  let database: Database;
  let h: Harness;
  let fixtures: Record<string, string>;
  const sessions: Record<string, string> = {};
  beforeAll(async () => {
    database = await target.open();
    h = await createHarness(database);
    fixtures = await tenantBFixtures(database);
    for (const role of ROLES) sessions[role] = await h.login(`${A}.${role}`);
  });
  afterAll(() => database.close());

  it("refuses every role of tenant A on every route touching tenant B's resources", async () => {
    const routes = [
      ...new Map(
        h.app.routes.filter((r) => r.method !== 'ALL').map((r) => [`${r.method} ${r.path}`, r]),
      ).values(),
    ].filter((r) => !(`${r.method} ${r.path}` in PUBLIC));
    expect(routes.length).toBeGreaterThan(5);
    const before = await snapshotB(database);
    const bMarkers = [
      B,
      fixtures.userId!,
      fixtures.caseId!,
      fixtures.taskId!,
      fixtures.documentId!,
      'b-service',
    ];
    const failures: string[] = [];
    for (const route of routes) {
      const params = route.path.match(/:\w+/g) ?? [];
      const missing = params.filter((p) => !fixtures[p.slice(1)]);
      expect(missing, `add a tenant-B fixture for ${missing.join(', ')} (${route.path})`).toEqual(
        [],
      );
      const path =
        route.path.replace(/:(\w+)/g, (_, name: string) => fixtures[name]!) +
        (VALID_QUERIES[`${route.method} ${route.path}`] ?? '');
      for (const role of ROLES) {
        const key = `${route.method} ${route.path}`;
        const body =
          route.method === 'GET'
            ? undefined
            : (VALID_BODIES[key]?.(fixtures) ?? { ...fixtures, tenantId: B });
        const res = await h.request(path, {
          method: route.method,
          cookie: sessions[role],
          ...(body instanceof FormData ? { body } : { json: body }),
        });
        const text = await res.text();
        const refused = res.status === 403 || res.status === 404;
        const leaks = bMarkers.filter((m) => text.includes(m));
        const ok = params.length
          ? refused
          : refused || res.status === 422 || (res.status < 300 && leaks.length === 0);
        if (!ok)
          failures.push(
            `${role} ${route.method} ${path} -> ${res.status} ${leaks.join(',')} ${text.slice(0, 200)}`,
          );
      }
    }
    expect(failures).toEqual([]);
    expect(await snapshotB(database)).toEqual(before);
  });
});
