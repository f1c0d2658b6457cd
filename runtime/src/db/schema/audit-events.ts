// The audit trail: append-only, one hash chain per tenant. Each event stores
// the previous event's hash; a trigger (in the migrations) refuses UPDATE and
// DELETE.
import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { tenants } from './tenants.ts';

export const auditEvents = pgTable(
  'audit_events',
  {
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    seq: bigint({ mode: 'number' }).notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text().notNull(),
    actor: text().notNull(),
    type: text().notNull(),
    payload: jsonb().notNull(),
    at: timestamp({ withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.seq] }),
    // A case's timeline: its events, found by the case id in the payload.
    index('audit_events_case_idx').on(t.tenantId, sql`(${t.payload} ->> 'caseId')`, t.seq),
  ],
);

export type AuditEvent = typeof auditEvents.$inferSelect;

/**
 * The last event of each tenant's chain, kept by an AFTER INSERT trigger so
 * that removing events from the end of a chain is detected too.
 */
export const auditHeads = pgTable('audit_heads', {
  tenantId: text('tenant_id')
    .primaryKey()
    .references(() => tenants.id),
  seq: bigint({ mode: 'number' }).notNull(),
  hash: text().notNull(),
});
