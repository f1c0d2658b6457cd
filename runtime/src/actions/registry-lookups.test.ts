import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActionFixture, actionFixture, failureCode } from '../../test/action-fixture.ts';
import { targets } from '../../test/databases.ts';
import { builtInActions } from './built-in.ts';
import type { ActionRegistry } from './registry.ts';

describe.each(targets)('the registry lookups on $name', (target) => {
  let f: ActionFixture;
  let actions: ActionRegistry;
  beforeAll(async () => {
    f = await actionFixture(target);
    actions = builtInActions({ db: f.database.db, dataDir: '/nonexistent' });
  });
  afterAll(() => f.database.close());

  it('finds a person of the civil registry by personal number, as the municipal scenarios expect', async () => {
    const person = await actions.run(
      f.request('registry.lookupPerson', { personalNumber: '01024051234' }),
    );
    expect(person).toEqual({
      personalNumber: '01024051234',
      firstName: 'ნინო',
      lastName: 'ბერიძე',
      birthDate: '1986-05-14',
      citizenship: 'GE',
    });
  });

  it('reports an unknown personal number as PERSON_NOT_FOUND', async () => {
    const request = f.request('registry.lookupPerson', { personalNumber: '99999999999' });
    expect(await failureCode(actions.run(request))).toBe('PERSON_NOT_FOUND');
  });

  it('finds active and terminated accreditations, and reports unknown ones', async () => {
    const active = await actions.run(
      f.request('registry.lookupAccreditation', { accreditationNumber: 'DA-2026-00417' }),
    );
    expect(active).toMatchObject({ status: 'active', holderName: 'Thomas Schneider' });
    const ended = await actions.run(
      f.request('registry.lookupAccreditation', { accreditationNumber: 'DA-2022-00212' }),
    );
    expect(ended).toMatchObject({ status: 'terminated', validUntil: '2026-03-31' });
    const unknown = f.request('registry.lookupAccreditation', {
      accreditationNumber: 'XX-2026-0001',
    });
    expect(await failureCode(actions.run(unknown))).toBe('ACCREDITATION_NOT_FOUND');
  });
});
