import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActionFixture, actionFixture, failureCode } from '../../test/action-fixture.ts';
import { targets } from '../../test/databases.ts';
import { builtInActions, builtInCatalogue } from './built-in.ts';
import type { ActionRegistry } from './registry.ts';

describe.each(targets)('the action registry on $name', (target) => {
  let f: ActionFixture;
  let actions: ActionRegistry;
  beforeAll(async () => {
    f = await actionFixture(target);
    actions = builtInActions({ db: f.database.db, dataDir: '/nonexistent' });
  });
  afterAll(() => f.database.close());

  it('offers the six built-in actions with their input schemas as the compile catalogue', () => {
    const catalogue = builtInCatalogue();
    expect(Object.keys(catalogue).sort()).toEqual([
      'document.generate',
      'fee.charge',
      'notify.send',
      'registry.lookupAccreditation',
      'registry.lookupPerson',
      'seal.apply',
    ]);
    expect(catalogue['fee.charge']!.input).toMatchObject({
      required: expect.arrayContaining(['amount']),
    });
  });

  it('refuses input that breaks the action schema as a business error, without running it', async () => {
    const bad = f.request('registry.lookupPerson', { personalNumber: '123' });
    expect(await failureCode(actions.run(bad))).toBe('ACTION_INPUT_INVALID');
  });

  it('refuses an action it does not know', async () => {
    expect(await failureCode(actions.run(f.request('pay.bribe', {})))).toBe('ACTION_UNKNOWN');
  });
});
