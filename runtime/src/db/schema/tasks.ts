// The task projection behind the inbox: open user tasks with their candidate
// roles. The inbox filters by tenant, role and status, ordered by due date.
import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.ts';
import { tenants } from './tenants.ts';
import { users } from './users.ts';

/** The sort key of undated tasks; queries must spell it the same way to use the index. */
export const INBOX_NO_DUE = "'9999-12-31 00:00:00+00'::timestamptz";

export const TASK_STATUSES = ['open', 'claimed', 'completed', 'cancelled'] as const;

export const tasks = pgTable(
  'tasks',
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    nodeId: text('node_id').notNull(),
    formKey: text('form_key').notNull(),
    candidateRoles: text('candidate_roles').array().notNull(),
    assigneeId: uuid('assignee_id').references(() => users.id),
    status: text({ enum: TASK_STATUSES }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    dueAt: timestamp('due_at', { withTimezone: true }),
  },
  (t) => [
    // The inbox walks this in order (soonest due first, undated last) and stops at a page.
    index('tasks_inbox_idx')
      .on(t.tenantId, sql`coalesce(${t.dueAt}, ${sql.raw(INBOX_NO_DUE)})`, t.id)
      .where(sql`${t.status} IN ('open', 'claimed')`),
    index('tasks_candidate_roles_idx').using('gin', t.candidateRoles),
    index('tasks_case_idx').on(t.caseId),
    index('tasks_assignee_idx').on(t.tenantId, t.assigneeId, t.status),
  ],
);

export type Task = typeof tasks.$inferSelect;
