// People who sign in, and the roles each holds per tenant. A user is global
// (one login), administered by a home tenant; grants say where they may act.
import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenants } from './tenants.ts';

export const ROLES = ['analyst', 'clerk', 'supervisor', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    username: text().notNull().unique(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    homeTenantId: text('home_tenant_id')
      .notNull()
      .references(() => tenants.id),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('users_home_tenant_idx').on(t.homeTenantId)],
);

export const roleGrants = pgTable(
  'role_grants',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    role: text({ enum: ROLES }).notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
    grantedBy: uuid('granted_by'),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.tenantId, t.role] }),
    index('role_grants_tenant_idx').on(t.tenantId, t.role),
    check(
      'role_grants_role_check',
      sql`${t.role} IN ('analyst', 'clerk', 'supervisor', 'auditor', 'admin')`,
    ),
  ],
);

export type User = typeof users.$inferSelect;
export type RoleGrant = typeof roleGrants.$inferSelect;
