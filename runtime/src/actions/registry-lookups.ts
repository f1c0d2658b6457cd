// registry.lookupPerson and registry.lookupAccreditation: reads of the local
// registry tables. Not found is an expected failure the process may catch.
import type { LookupAccreditationInput, LookupPersonInput } from '@saqme/examples';
import { businessError } from '@saqme/workflows';
import { eq } from 'drizzle-orm';
import { registryAccreditations, registryPersons } from '../db/schema/index.ts';
import type { ActionDefinition } from './registry.ts';

export const lookupPerson: ActionDefinition<LookupPersonInput> = {
  name: 'registry.lookupPerson',
  title: { ka: 'პირის მოძიება სამოქალაქო რეესტრში', en: 'Look up a person in the civil registry' },
  async run(input, { db }) {
    const [row] = await db
      .select()
      .from(registryPersons)
      .where(eq(registryPersons.personalNumber, input.personalNumber));
    if (!row) throw businessError('PERSON_NOT_FOUND', 'no person with this personal number');
    return {
      personalNumber: row.personalNumber,
      firstName: row.firstName,
      lastName: row.lastName,
      birthDate: row.birthDate,
      citizenship: row.citizenship,
    };
  },
};

export const lookupAccreditation: ActionDefinition<LookupAccreditationInput> = {
  name: 'registry.lookupAccreditation',
  title: { ka: 'დიპლომატიური აკრედიტაციის მოძიება', en: 'Look up a diplomatic accreditation' },
  async run(input, { db }) {
    const [row] = await db
      .select()
      .from(registryAccreditations)
      .where(eq(registryAccreditations.accreditationNumber, input.accreditationNumber));
    if (!row) throw businessError('ACCREDITATION_NOT_FOUND', 'no such accreditation');
    return {
      accreditationNumber: row.accreditationNumber,
      status: row.status,
      holderName: row.holderName,
      mission: row.mission,
      category: row.category,
      validUntil: row.validUntil,
    };
  },
};
