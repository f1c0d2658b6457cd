// What the procedure's activities keep beside the projection: which of a
// case's audit entries are already in the chain (so a retried append is a
// no-op), and the counters behind human case numbers.
import { integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { tenants } from './tenants.ts';

export const caseAuditMarks = pgTable(
  'case_audit_marks',
  {
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    caseId: uuid('case_id').notNull(),
    /** The workflow's seq of the entry. */
    seq: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.seq] })],
);

export const caseCounters = pgTable(
  'case_counters',
  {
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    prefix: text().notNull(),
    year: integer().notNull(),
    last: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.prefix, t.year] })],
);
