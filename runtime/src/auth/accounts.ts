// Looking up users and their grants for sign-in and for each request. Runs
// as the owner: at sign-in no tenant is chosen yet, and a user's grants span
// tenants.
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { type Role, roleGrants, type User, users } from '../db/schema/index.ts';

export interface Grant {
  tenantId: string;
  role: Role;
}

export async function findUserByUsername(db: Db, username: string): Promise<User | undefined> {
  const [user] = await db.select().from(users).where(eq(users.username, username.toLowerCase()));
  return user;
}

export async function grantsOf(db: Db, userId: string): Promise<Grant[]> {
  return db
    .select({ tenantId: roleGrants.tenantId, role: roleGrants.role })
    .from(roleGrants)
    .where(eq(roleGrants.userId, userId))
    .orderBy(asc(roleGrants.tenantId), asc(roleGrants.role));
}

/** The tenant a new session acts in: the one asked for, else home, else the first granted. */
export function chooseTenant(user: User, grants: Grant[], requested?: string): string | undefined {
  const granted = new Set(grants.map((g) => g.tenantId));
  if (requested) return granted.has(requested) ? requested : undefined;
  if (granted.has(user.homeTenantId)) return user.homeTenantId;
  return grants[0]?.tenantId;
}
