import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targets } from '../../test/databases.ts';
import { verifyPassword } from '../auth/password.ts';
import type { Database } from '../db/client.ts';
import { auditEvents, roleGrants, tenants, users } from '../db/schema/index.ts';
import { DEMO_PASSWORD, seedDemo } from './demo.ts';

describe.each(targets)('seedDemo on $name', (target) => {
  let database: Database;
  beforeAll(async () => {
    database = await target.open();
  });
  afterAll(() => database.close());

  it('creates the agency, three municipalities, the sandbox and one user per role in each of the first four', async () => {
    const logins = await seedDemo(database.db);
    expect(logins).toHaveLength(20);
    const rows = await database.db.select().from(tenants);
    expect(rows.map((t) => [t.id, t.kind, t.nameEn])).toEqual([
      ['central', 'agency', 'Public Service Development Agency'],
      ['tbilisi', 'municipality', 'Tbilisi Municipality'],
      ['kutaisi', 'municipality', 'Kutaisi Municipality'],
      ['batumi', 'municipality', 'Batumi Municipality'],
      ['sandbox', 'sandbox', 'Sandbox'],
    ]);
    const [clerk] = await database.db
      .select()
      .from(users)
      .where(eq(users.username, 'batumi.clerk'));
    expect(clerk?.displayName).toBe('ოპერატორი · ბათუმის მუნიციპალიტეტი');
    expect(clerk?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(clerk!.passwordHash, DEMO_PASSWORD)).toBe(true);
  });

  it('changes nothing when run again', async () => {
    const counts = async () => ({
      users: (await database.db.select({ n: count() }).from(users))[0]?.n,
      grants: (await database.db.select({ n: count() }).from(roleGrants))[0]?.n,
      events: (await database.db.select({ n: count() }).from(auditEvents))[0]?.n,
    });
    const before = await counts();
    await seedDemo(database.db);
    expect(await counts()).toEqual(before);
    // Four analysts hold clerk and supervisor in the sandbox too: 8 more grants, each audited.
    expect(before).toEqual({ users: 20, grants: 28, events: 28 });
  });

  it('gives every demo analyst the clerk and supervisor roles in the sandbox, and no one else', async () => {
    const rows = await database.db
      .select({ username: users.username, role: roleGrants.role })
      .from(roleGrants)
      .innerJoin(users, eq(users.id, roleGrants.userId))
      .where(eq(roleGrants.tenantId, 'sandbox'));
    expect(rows.map((r) => `${r.username}:${r.role}`).sort()).toEqual([
      'batumi.analyst:clerk',
      'batumi.analyst:supervisor',
      'central.analyst:clerk',
      'central.analyst:supervisor',
      'kutaisi.analyst:clerk',
      'kutaisi.analyst:supervisor',
      'tbilisi.analyst:clerk',
      'tbilisi.analyst:supervisor',
    ]);
  });
});
