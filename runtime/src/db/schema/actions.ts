// What the built-in actions write: the notification outbox, payments, seals.
// Each row carries the key that makes its action idempotent.
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { documents } from './documents.ts';
import { tenants } from './tenants.ts';

export const OUTBOX_STATUSES = ['pending', 'sent', 'failed', 'stored'] as const;

/** Messages to send, written in the action's transaction; a sender delivers them. */
export const outbox = pgTable(
  'outbox',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    caseId: uuid('case_id'),
    /** The action's idempotency key (or the notification's key): one message per key. */
    key: text().notNull().unique(),
    channel: text().notNull(),
    recipient: jsonb().notNull(),
    template: text().notNull(),
    data: jsonb().notNull(),
    /** stored: the channel has no sender here (staff inbox, post, secure account). */
    status: text({ enum: OUTBOX_STATUSES }).notNull(),
    attempts: integer().notNull().default(0),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('outbox_pending_idx').on(t.status, t.createdAt)],
);

export const PAYMENT_STATUSES = ['captured', 'declined'] as const;

export const payments = pgTable('payments', {
  id: uuid().primaryKey().defaultRandom(),
  tenantId: text('tenant_id')
    .notNull()
    .references(() => tenants.id),
  caseId: uuid('case_id'),
  idempotencyKey: text('idempotency_key').notNull().unique(),
  /** In tetri. */
  amount: integer().notNull(),
  currency: text().notNull(),
  purpose: text().notNull(),
  payerPersonalNumber: text('payer_personal_number').notNull(),
  status: text({ enum: PAYMENT_STATUSES }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Detached seals over stored documents (the SealRecord as JSON). */
export const seals = pgTable(
  'seals',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id),
    idempotencyKey: text('idempotency_key').unique(),
    record: jsonb().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('seals_document_idx').on(t.tenantId, t.documentId)],
);

export type OutboxRow = typeof outbox.$inferSelect;
export type Payment = typeof payments.$inferSelect;
