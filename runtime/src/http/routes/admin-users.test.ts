import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targets } from '../../../test/databases.ts';
import { createHarness, type Harness, read } from '../../../test/harness.ts';
import type { Database } from '../../db/client.ts';
import { auditEvents } from '../../db/schema/index.ts';

describe.each(targets)('the admin user routes on $name', (target) => {
  let database: Database;
  let h: Harness;
  let admin: string;
  beforeAll(async () => {
    database = await target.open();
    h = await createHarness(database);
    admin = await h.login('kutaisi.admin');
  });
  afterAll(() => database.close());

  it("lists only the users of the admin's tenant, with their roles there", async () => {
    const res = await h.request('/api/admin/users', { cookie: admin });
    expect(res.status).toBe(200);
    const { items } = await read(res);
    expect(items.map((u: { username: string }) => u.username)).toEqual([
      'kutaisi.admin',
      'kutaisi.analyst',
      'kutaisi.auditor',
      'kutaisi.clerk',
      'kutaisi.supervisor',
    ]);
    expect(items[3]).toMatchObject({ homeTenantId: 'kutaisi', roles: ['clerk'], disabled: false });
  });

  it('refuses the admin API to every other role', async () => {
    for (const role of ['analyst', 'clerk', 'supervisor', 'auditor']) {
      const cookie = await h.login(`kutaisi.${role}`);
      const res = await h.request('/api/admin/users', { cookie });
      expect(res.status).toBe(403);
      expect((await read(res)).code).toBe('auth.forbidden');
    }
  });

  it('creates a user with roles, who can then sign in; a taken username is 409', async () => {
    const body = {
      username: 'nino.beridze',
      displayName: 'ნინო ბერიძე',
      password: 'a-long-password-1',
      roles: ['clerk'],
    };
    const res = await h.request('/api/admin/users', { method: 'POST', cookie: admin, json: body });
    expect(res.status).toBe(201);
    expect(await read(res)).toMatchObject({
      username: 'nino.beridze',
      homeTenantId: 'kutaisi',
      roles: ['clerk'],
    });
    const session = await h.login('nino.beridze', 'a-long-password-1');
    expect(session).toMatch(/^saqme_session=/);
    const again = await h.request('/api/admin/users', {
      method: 'POST',
      cookie: admin,
      json: body,
    });
    expect(again.status).toBe(409);
    expect((await read(again)).code).toBe('user.username-taken');
  });

  it('rejects a weak password and an unknown role with field issues', async () => {
    const res = await h.request('/api/admin/users', {
      method: 'POST',
      cookie: admin,
      json: { username: 'x.y', displayName: 'X', password: 'short', roles: ['root'] },
    });
    expect(res.status).toBe(422);
    const { issues } = await read(res);
    expect(issues.map((i: { path: string; code: string }) => [i.path, i.code])).toEqual([
      ['/password', 'field.minLength'],
      ['/roles/0', 'field.enum'],
    ]);
  });

  it('grants and revokes roles, and audits both', async () => {
    const { items } = await read(await h.request('/api/admin/users', { cookie: admin }));
    const clerk = items.find((u: { username: string }) => u.username === 'kutaisi.clerk');
    const granted = await h.request(`/api/admin/users/${clerk.id}/roles/supervisor`, {
      method: 'PUT',
      cookie: admin,
    });
    expect((await read(granted)).roles).toEqual(['clerk', 'supervisor']);
    const revoked = await h.request(`/api/admin/users/${clerk.id}/roles/supervisor`, {
      method: 'DELETE',
      cookie: admin,
    });
    expect((await read(revoked)).roles).toEqual(['clerk']);
    const types = (
      await database.db.select().from(auditEvents).where(eq(auditEvents.tenantId, 'kutaisi'))
    ).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['user.created', 'role.granted', 'role.revoked']));
  });

  it('keeps the last admin of a tenant', async () => {
    const me = await read(await h.request('/api/auth/session', { cookie: admin }));
    const res = await h.request(`/api/admin/users/${me.user.id}/roles/admin`, {
      method: 'DELETE',
      cookie: admin,
    });
    expect(res.status).toBe(409);
    expect((await read(res)).code).toBe('user.last-admin');
  });

  it('disabling a user ends their sessions and refuses their sign-in', async () => {
    const victim = await h.login('kutaisi.analyst');
    const { items } = await read(await h.request('/api/admin/users', { cookie: admin }));
    const analyst = items.find((u: { username: string }) => u.username === 'kutaisi.analyst');
    const res = await h.request(`/api/admin/users/${analyst.id}`, {
      method: 'PATCH',
      cookie: admin,
      json: { disabled: true },
    });
    expect((await read(res)).disabled).toBe(true);
    expect((await h.request('/api/auth/session', { cookie: victim })).status).toBe(401);
    const login = await h.request('/api/auth/login', {
      method: 'POST',
      json: { username: 'kutaisi.analyst', password: 'saqme-demo-2026' },
    });
    expect(login.status).toBe(401);
  });

  it('answers 404 for a malformed or unknown user id', async () => {
    expect((await h.request('/api/admin/users/not-a-uuid', { cookie: admin })).status).toBe(404);
    const unknown = await h.request('/api/admin/users/00000000-0000-4000-8000-000000000000', {
      cookie: admin,
    });
    expect(unknown.status).toBe(404);
  });
});
