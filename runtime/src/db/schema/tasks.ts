// The task projection behind the inbox: open user tasks with their candidate
// roles. The inbox filters by tenant, role and status, ordered by due date.
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.ts';
import { tenants } from './tenants.ts';
import { users } from './users.ts';

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
    index('tasks_inbox_idx').on(t.tenantId, t.status, t.dueAt),
    index('tasks_candidate_roles_idx').using('gin', t.candidateRoles),
    index('tasks_case_idx').on(t.caseId),
    index('tasks_assignee_idx').on(t.tenantId, t.assigneeId, t.status),
  ],
);

export type Task = typeof tasks.$inferSelect;
