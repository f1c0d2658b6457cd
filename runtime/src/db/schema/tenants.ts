// Tenants: the central agency and the municipalities sharing one installation.
import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const tenants = pgTable('tenants', {
  id: text().primaryKey(),
  kind: text({ enum: ['agency', 'municipality', 'sandbox'] }).notNull(),
  nameKa: text('name_ka').notNull(),
  nameEn: text('name_en').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type Tenant = typeof tenants.$inferSelect;
