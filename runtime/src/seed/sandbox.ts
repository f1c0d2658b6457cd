// The sandbox tenant: where the innovation team runs a draft on the real
// Temporal runtime without publishing it to any municipality. Its cases,
// tasks and audit chain are its own, kept apart by the same row-level
// security as any tenant's. Idempotent, like the rest of the seed.
import { inArray } from 'drizzle-orm';
import { appendAudit } from '../audit/chain.ts';
import type { Db } from '../db/client.ts';
import { type Role, roleGrants, type Tenant, tenants, users } from '../db/schema/index.ts';
import { withTenant } from '../db/tenant.ts';

export const SANDBOX_TENANT_ID = 'sandbox';

/** A tenant of its own kind: neither the agency nor a municipality, so it counts in no comparison of tenants and grants no agency-wide view. */
export const SANDBOX_TENANT: Omit<Tenant, 'createdAt'> = {
  id: SANDBOX_TENANT_ID,
  kind: 'sandbox',
  nameKa: 'საცდელი გარემო (სენდბოქსი)',
  nameEn: 'Sandbox',
};

/** What an analyst may do in the sandbox: work the draft's tasks as a clerk would, and supervise them. */
export const SANDBOX_ROLES: readonly Role[] = ['clerk', 'supervisor'];

export async function seedSandboxTenant(db: Db): Promise<void> {
  await db
    .insert(tenants)
    .values(SANDBOX_TENANT)
    .onConflictDoUpdate({ target: tenants.id, set: { kind: SANDBOX_TENANT.kind } });
}

/** Grants the sandbox roles to the named users; a grant that exists is left alone. */
export async function grantSandboxRoles(
  db: Db,
  usernames: readonly string[],
  at: Date,
): Promise<void> {
  if (!usernames.length) return;
  const found = await db
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(inArray(users.username, [...usernames]));
  await withTenant(db, SANDBOX_TENANT_ID, async (tx) => {
    for (const user of found) {
      for (const role of SANDBOX_ROLES) {
        const added = await tx
          .insert(roleGrants)
          .values({ userId: user.id, tenantId: SANDBOX_TENANT_ID, role })
          .onConflictDoNothing()
          .returning({ role: roleGrants.role });
        if (!added.length) continue;
        await appendAudit(tx, {
          tenantId: SANDBOX_TENANT_ID,
          actor: 'system',
          type: 'role.granted',
          payload: { userId: user.id, username: user.username, role, sandbox: true },
          at,
        });
      }
    }
  });
}
