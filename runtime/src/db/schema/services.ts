// Services and their published versions. A version is immutable: the bundle
// and its compiled definition are pinned by (service_id, version, hash).
import { sql } from 'drizzle-orm';
import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenants } from './tenants.ts';
import { users } from './users.ts';

export const services = pgTable('services', {
  id: text().primaryKey(),
  /** The authoring tenant: only it may change drafts or publish. */
  tenantId: text('tenant_id')
    .notNull()
    .references(() => tenants.id),
  /** Tenants that may read and run the published versions. */
  runnableBy: text('runnable_by').array().notNull().default(sql`'{}'::text[]`),
  titleKa: text('title_ka').notNull(),
  titleEn: text('title_en').notNull(),
  draft: jsonb(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const serviceVersions = pgTable(
  'service_versions',
  {
    serviceId: text('service_id')
      .notNull()
      .references(() => services.id),
    version: integer().notNull(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    hash: text().notNull(),
    bundle: jsonb().notNull(),
    definition: jsonb().notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    publishedBy: uuid('published_by').references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.version] })],
);

export type Service = typeof services.$inferSelect;
export type ServiceVersion = typeof serviceVersions.$inferSelect;
