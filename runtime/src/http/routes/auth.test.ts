import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targets } from '../../../test/databases.ts';
import { createHarness, type Harness, read } from '../../../test/harness.ts';
import type { Database } from '../../db/client.ts';
import { auditEvents, roleGrants, sessions, users } from '../../db/schema/index.ts';

describe.each(targets)('the auth routes on $name', (target) => {
  let database: Database;
  let h: Harness;
  beforeAll(async () => {
    database = await target.open();
    h = await createHarness(database, {
      login: {
        perUser: { limit: 3, windowMs: 60_000 },
        perClient: { limit: 1000, windowMs: 60_000 },
      },
    });
  });
  afterAll(() => database.close());

  it('signs in with a session cookie that is HttpOnly and SameSite=Lax, and returns the session', async () => {
    const res = await h.request('/api/auth/login', {
      method: 'POST',
      json: { username: 'Tbilisi.Clerk', password: 'saqme-demo-2026' },
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('Set-Cookie') ?? '';
    expect(cookie).toMatch(/^saqme_session=[a-z2-9]{24}\.[a-z2-9]{24};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure');
    expect(await read(res)).toMatchObject({
      user: { username: 'tbilisi.clerk' },
      tenantId: 'tbilisi',
      roles: ['clerk'],
      grants: [{ tenantId: 'tbilisi', role: 'clerk' }],
      expiresAt: '2026-11-27T08:30:00.000Z',
    });
  });

  it('marks the cookie Secure when served over https', async () => {
    const res = await h.app.request('https://saqme.test/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'kutaisi.clerk', password: 'saqme-demo-2026' }),
    });
    expect(res.headers.get('Set-Cookie')).toContain('Secure');
  });

  it('stores only the SHA-256 of the secret, never the token', async () => {
    const cookie = await h.login('batumi.clerk');
    const [id, secret] = cookie.split('=')[1]!.split('.');
    const [row] = await database.db.select().from(sessions).where(eq(sessions.id, id!));
    expect(row!.secretHash).toHaveLength(32);
    expect(Buffer.from(row!.secretHash).toString('utf8')).not.toContain(secret);
  });

  it('refuses a wrong password or an unknown user alike, and audits the failure', async () => {
    const wrong = await h.request('/api/auth/login', {
      method: 'POST',
      json: { username: 'kutaisi.admin', password: 'nope' },
    });
    const unknown = await h.request('/api/auth/login', {
      method: 'POST',
      json: { username: 'nobody', password: 'nope' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect((await read(wrong)).code).toBe('auth.invalid-credentials');
    const failures = await database.db
      .select({ tenantId: auditEvents.tenantId, payload: auditEvents.payload })
      .from(auditEvents)
      .where(eq(auditEvents.type, 'auth.login-failed'));
    expect(failures).toEqual([
      { tenantId: 'kutaisi', payload: { username: 'kutaisi.admin', reason: 'wrong-password' } },
      { tenantId: 'central', payload: { username: 'nobody', reason: 'unknown-user' } },
    ]);
  });

  it('rate-limits repeated failures for a username with 429 and Retry-After, even with the right password', async () => {
    for (let i = 0; i < 3; i++) {
      await h.request('/api/auth/login', {
        method: 'POST',
        json: { username: 'batumi.admin', password: 'guess' },
      });
    }
    const res = await h.request('/api/auth/login', {
      method: 'POST',
      json: { username: 'batumi.admin', password: 'saqme-demo-2026' },
      headers: { 'Accept-Language': 'en' },
    });
    expect(res.status).toBe(429);
    expect(res.headers.get('Retry-After')).toMatch(/^\d+$/);
    expect((await read(res)).title).toMatch(/^Too many attempts\. Try again in \d+ seconds\.$/);
  });

  it('ends the session on logout', async () => {
    const cookie = await h.login('tbilisi.supervisor');
    expect((await h.request('/api/auth/session', { cookie })).status).toBe(200);
    expect((await h.request('/api/auth/logout', { method: 'POST', cookie })).status).toBe(204);
    const after = await h.request('/api/auth/session', { cookie });
    expect(after.status).toBe(401);
    expect((await read(after)).code).toBe('auth.required');
  });

  it('accepts the token as a bearer credential for API clients', async () => {
    const cookie = await h.login('tbilisi.auditor');
    const token = cookie.split('=')[1];
    const res = await h.request('/api/auth/session', {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect((await read(res)).user.username).toBe('tbilisi.auditor');
  });

  it('ends an idle session after 30 minutes, and any session after 12 hours', async () => {
    const idle = await h.login('kutaisi.supervisor');
    h.clock.advance(29 * 60_000);
    expect((await h.request('/api/auth/session', { cookie: idle })).status).toBe(200);
    h.clock.advance(29 * 60_000);
    expect((await h.request('/api/auth/session', { cookie: idle })).status).toBe(200);
    h.clock.advance(31 * 60_000);
    expect((await h.request('/api/auth/session', { cookie: idle })).status).toBe(401);

    const busy = await h.login('kutaisi.auditor');
    for (let i = 0; i < 25; i++) {
      h.clock.advance(29 * 60_000);
      await h.request('/api/auth/session', { cookie: busy });
    }
    expect((await h.request('/api/auth/session', { cookie: busy })).status).toBe(401);
  });

  it('switches the current tenant only to one where the user holds a role', async () => {
    const [user] = await database.db
      .select()
      .from(users)
      .where(eq(users.username, 'central.analyst'));
    await database.db
      .insert(roleGrants)
      .values({ userId: user!.id, tenantId: 'batumi', role: 'analyst' });
    const cookie = await h.login('central.analyst');
    const denied = await h.request('/api/auth/tenant', {
      method: 'PUT',
      cookie,
      json: { tenantId: 'kutaisi' },
    });
    expect(denied.status).toBe(403);
    expect((await read(denied)).code).toBe('auth.tenant-not-granted');
    const moved = await h.request('/api/auth/tenant', {
      method: 'PUT',
      cookie,
      json: { tenantId: 'batumi' },
    });
    expect(await read(moved)).toMatchObject({ tenantId: 'batumi', roles: ['analyst'] });
    expect((await read(await h.request('/api/auth/session', { cookie }))).tenantId).toBe('batumi');
    const switched = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, 'batumi'), eq(auditEvents.type, 'auth.tenant-switched')));
    expect(switched).toHaveLength(1);
  });

  it('signs in directly to a requested tenant only where granted', async () => {
    const res = await h.request('/api/auth/login', {
      method: 'POST',
      json: { username: 'tbilisi.admin', password: 'saqme-demo-2026', tenantId: 'batumi' },
    });
    expect(res.status).toBe(403);
  });

  it('records sign-ins and sign-outs in the tenant audit chain', async () => {
    const types = await database.db
      .select({ type: auditEvents.type })
      .from(auditEvents)
      .where(eq(auditEvents.tenantId, 'tbilisi'));
    expect(types.map((t) => t.type)).toEqual(expect.arrayContaining(['auth.login', 'auth.logout']));
  });
});
