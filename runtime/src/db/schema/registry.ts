// A local stand-in for the state registries the actions consult: the civil
// registry's persons and the Foreign Ministry's diplomatic accreditations.
// Reference data shared by every tenant, read-only to the application.
import { date, pgTable, text } from 'drizzle-orm/pg-core';

export const registryPersons = pgTable('registry_persons', {
  personalNumber: text('personal_number').primaryKey(),
  firstName: text('first_name').notNull(),
  lastName: text('last_name').notNull(),
  birthDate: date('birth_date').notNull(),
  citizenship: text().notNull(),
});

export const ACCREDITATION_STATUSES = ['active', 'suspended', 'terminated'] as const;

export const registryAccreditations = pgTable('registry_accreditations', {
  accreditationNumber: text('accreditation_number').primaryKey(),
  status: text({ enum: ACCREDITATION_STATUSES }).notNull(),
  mission: text().notNull(),
  holderName: text('holder_name').notNull(),
  category: text().notNull(),
  validUntil: date('valid_until').notNull(),
});
