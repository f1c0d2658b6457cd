// Seeds the local registry tables with the people and accreditations the
// example scenarios use (registry.json), plus a few more. Idempotent.
import type { Db } from '../db/client.ts';
import { registryAccreditations, registryPersons } from '../db/schema/index.ts';
import data from './registry.json' with { type: 'json' };

export async function seedRegistry(db: Db): Promise<void> {
  await db.insert(registryPersons).values(data.persons).onConflictDoNothing();
  await db
    .insert(registryAccreditations)
    .values(data.accreditations as (typeof registryAccreditations.$inferInsert)[])
    .onConflictDoNothing();
}
