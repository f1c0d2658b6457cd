// Demo data for the single-machine start: the central agency and three
// municipalities, and one user per role in each; the sandbox tenant, where
// every demo analyst may work a draft's tasks. Idempotent: what exists is
// kept, so restarts change nothing and edited demo users stay edited.
import { eq } from 'drizzle-orm';
import { appendAudit } from '../audit/chain.ts';
import { hashPassword } from '../auth/password.ts';
import type { Db } from '../db/client.ts';
import { ROLES, type Role, roleGrants, type Tenant, tenants, users } from '../db/schema/index.ts';
import { withTenant } from '../db/tenant.ts';
import { seedRegistry } from './registry.ts';
import { grantSandboxRoles, seedSandboxTenant } from './sandbox.ts';

export const DEMO_PASSWORD = 'saqme-demo-2026';

export const DEMO_TENANTS: Omit<Tenant, 'createdAt'>[] = [
  {
    id: 'central',
    kind: 'agency',
    nameKa: 'საჯარო სერვისების განვითარების სააგენტო',
    nameEn: 'Public Service Development Agency',
  },
  {
    id: 'tbilisi',
    kind: 'municipality',
    nameKa: 'თბილისის მუნიციპალიტეტი',
    nameEn: 'Tbilisi Municipality',
  },
  {
    id: 'kutaisi',
    kind: 'municipality',
    nameKa: 'ქუთაისის მუნიციპალიტეტი',
    nameEn: 'Kutaisi Municipality',
  },
  {
    id: 'batumi',
    kind: 'municipality',
    nameKa: 'ბათუმის მუნიციპალიტეტი',
    nameEn: 'Batumi Municipality',
  },
];

const ROLE_NAMES: Record<Role, string> = {
  analyst: 'ანალიტიკოსი',
  clerk: 'ოპერატორი',
  supervisor: 'ზედამხედველი',
  auditor: 'აუდიტორი',
  admin: 'ადმინისტრატორი',
};

export interface DemoLogin {
  username: string;
  tenantId: string;
  role: Role;
}

export function demoLogins(): DemoLogin[] {
  return DEMO_TENANTS.flatMap((t) =>
    ROLES.map((role) => ({ username: `${t.id}.${role}`, tenantId: t.id, role })),
  );
}

/** Creates what is missing; returns the logins that exist afterwards. */
export async function seedDemo(db: Db, now: () => Date = () => new Date()): Promise<DemoLogin[]> {
  await db.insert(tenants).values(DEMO_TENANTS).onConflictDoNothing();
  await seedSandboxTenant(db);
  await seedRegistry(db);
  const logins = demoLogins();
  for (const login of logins) {
    const [existing] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.username, login.username));
    if (existing) continue;
    const tenant = DEMO_TENANTS.find((t) => t.id === login.tenantId)!;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await withTenant(db, login.tenantId, async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({
          username: login.username,
          displayName: `${ROLE_NAMES[login.role]} · ${tenant.nameKa}`,
          passwordHash,
          homeTenantId: login.tenantId,
        })
        .returning({ id: users.id });
      await tx
        .insert(roleGrants)
        .values({ userId: user!.id, tenantId: login.tenantId, role: login.role });
      await appendAudit(tx, {
        tenantId: login.tenantId,
        actor: 'system',
        type: 'user.created',
        payload: { userId: user!.id, username: login.username, roles: [login.role], demo: true },
        at: now(),
      });
    });
  }
  const analysts = logins.filter((l) => l.role === 'analyst').map((l) => l.username);
  await grantSandboxRoles(db, analysts, now());
  return logins;
}
