// The task projection behind the inbox: open user tasks with their candidate
// roles. The inbox filters by tenant, role and status, ordered by due date.
import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.ts';
import { tenants } from './tenants.ts';
import { users } from './users.ts';

/** The sort key of undated tasks: they come last in the inbox. */
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
    /**
     * The case's number and service, copied from the case when the task is
     * inserted (trigger tasks_copy_case_facts; both never change), so the
     * inbox reads a page without joining the tenant's cases.
     */
    caseNumber: text('case_number'),
    serviceId: text('service_id'),
    /** The engine's task id (`<node>/<visit>`); the row id is derived from it and the case id. */
    engineTaskId: text('engine_task_id'),
    nodeId: text('node_id').notNull(),
    titleKa: text('title_ka'),
    titleEn: text('title_en'),
    formKey: text('form_key').notNull(),
    candidateRoles: text('candidate_roles').array().notNull(),
    assigneeId: uuid('assignee_id').references(() => users.id),
    status: text({ enum: TASK_STATUSES }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    dueAt: timestamp('due_at', { withTimezone: true }),
    /**
     * The inbox's sort key: the due date, undated tasks last. Stored rather
     * than an expression index because row-level security keeps quals with
     * coalesce() (not leakproof) out of index conditions, so a page after a
     * cursor would otherwise scan every earlier task of the tenant.
     */
    inboxDue: timestamp('inbox_due', { withTimezone: true })
      .notNull()
      .generatedAlwaysAs(sql`coalesce(due_at, ${sql.raw(INBOX_NO_DUE)})`),
    completedBy: text('completed_by'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** The projection's write order from the workflow: an older write never overwrites a newer one. */
    seq: integer().notNull().default(0),
  },
  (t) => [
    // The inbox walks this in order (soonest due first, undated last) and stops at a page.
    index('tasks_inbox_idx')
      .on(t.tenantId, t.inboxDue, t.id)
      .where(sql`${t.status} IN ('open', 'claimed')`),
    index('tasks_candidate_roles_idx').using('gin', t.candidateRoles),
    index('tasks_case_idx').on(t.caseId),
    index('tasks_assignee_idx').on(t.tenantId, t.assigneeId, t.status),
  ],
);

export type Task = typeof tasks.$inferSelect;
