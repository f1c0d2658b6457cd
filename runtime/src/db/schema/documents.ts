// Uploaded documents. The bytes live in PostgreSQL (bytea) beside the
// metadata: one transaction, one backup, the same row-level security, and
// API nodes that scale out share no disk. Size limits keep rows modest.
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.ts';
import { bytea } from './sessions.ts';
import { tenants } from './tenants.ts';
import { users } from './users.ts';

export const documents = pgTable(
  'documents',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    caseId: uuid('case_id').references(() => cases.id),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer().notNull(),
    sha256: text().notNull(),
    content: bytea().notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    /** Set when an action made the document: a retried action finds it instead of storing it twice. */
    idempotencyKey: text('idempotency_key').unique(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('documents_case_idx').on(t.tenantId, t.caseId)],
);

export type Document = typeof documents.$inferSelect;
