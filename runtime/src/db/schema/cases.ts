// The case projection: written by activities, idempotently; Temporal holds
// the truth. Indexed for the search page and for lookup by personal number.
import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenants } from './tenants.ts';

export const CASE_STATUSES = ['open', 'waiting', 'incident', 'completed', 'cancelled'] as const;

export const cases = pgTable(
  'cases',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    serviceId: text('service_id').notNull(),
    serviceVersion: integer('service_version').notNull(),
    /** The pinned definition's content hash: a running case never changes version. */
    serviceHash: text('service_hash'),
    /** The human case number, e.g. MR-2026-000123: per tenant, service prefix and year. */
    number: text(),
    /** User id of whoever started the case. */
    initiator: text(),
    outcome: text(),
    /** The projection's write order from the workflow: an older write never overwrites a newer one. */
    seq: integer().notNull().default(0),
    status: text({ enum: CASE_STATUSES }).notNull(),
    /** Georgian personal number: 11 digits kept as text (leading zeros are real). */
    applicantPersonalNumber: text('applicant_personal_number'),
    currentSteps: text('current_steps').array().notNull().default(sql`'{}'::text[]`),
    data: jsonb().notNull().default({}),
    /** The case's variables when it finished. */
    variables: jsonb(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    dueAt: timestamp('due_at', { withTimezone: true }),
  },
  // The search lists newest first, (opened_at, id) descending, and pages on
  // that pair: each filter's index ends in it, so a page is a short backward
  // walk. Indexes lead with tenant_id, which row-level security always tests.
  (t) => [
    index('cases_search_idx').on(t.tenantId, t.serviceId, t.status, t.openedAt, t.id),
    index('cases_status_idx').on(t.tenantId, t.status, t.openedAt, t.id),
    index('cases_tenant_opened_idx').on(t.tenantId, t.openedAt, t.id),
    index('cases_personal_number_idx').on(t.tenantId, t.applicantPersonalNumber),
    uniqueIndex('cases_number_idx').on(t.tenantId, t.number),
  ],
);

export type Case = typeof cases.$inferSelect;
