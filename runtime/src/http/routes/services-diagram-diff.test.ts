import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targets } from '../../../test/databases.ts';
import { createHarness, type Harness, read } from '../../../test/harness.ts';
import type { Database } from '../../db/client.ts';
import { trialBundle } from '../../services/fixtures/trial-bundle.ts';

const SERVICE = 'diff-trial';

describe.each(targets)('the diagram diff on $name', (target) => {
  let database: Database;
  let h: Harness;
  let analyst: string;
  beforeAll(async () => {
    database = await target.open();
    h = await createHarness(database);
    analyst = await h.login('central.analyst');
    for (const bundle of [
      trialBundle({ id: SERVICE, tenants: ['tbilisi'] }),
      trialBundle({ id: SERVICE, tenants: ['tbilisi'], check: true, note: true }),
    ]) {
      const saved = await h.request(`/api/services/${SERVICE}/draft`, {
        method: 'PUT',
        cookie: analyst,
        json: bundle,
      });
      expect(saved.status).toBe(200);
      const published = await h.request(`/api/services/${SERVICE}/versions`, {
        method: 'POST',
        cookie: analyst,
      });
      expect(published.status).toBe(201);
    }
  });
  afterAll(() => database.close());

  it('lists the added elements and form fields of two versions, with both diagrams', async () => {
    const res = await h.request(`/api/services/${SERVICE}/diagram-diff?from=1&to=2`, {
      cookie: analyst,
    });
    expect(res.status).toBe(200);
    const diff = await read(res);
    expect(diff).toMatchObject({ from: 1, to: 2 });
    expect(diff.fromBpmn).not.toContain('Task_Check');
    expect(diff.toBpmn).toContain('id="Task_Check_di"');
    expect(diff.elements.map((e: { id: string; status: string }) => `${e.status} ${e.id}`)).toEqual(
      ['added Task_Check', 'added Flow_ToCheck', 'changed Flow_ToDecide'],
    );
    expect(diff.forms).toEqual([
      { form: 'decision', field: 'note', status: 'added', properties: [] },
    ]);
  });

  it('answers 404 for a version that does not exist, and 422 for one that is not a number', async () => {
    const ask = (q: string) =>
      h.request(`/api/services/${SERVICE}/diagram-diff?${q}`, { cookie: analyst });
    expect((await ask('from=1&to=9')).status).toBe(404);
    expect((await ask('from=1&to=draft')).status).toBe(422);
  });

  it('shows the diff to a tenant that may run the service, and to no other', async () => {
    const ask = async (username: string) =>
      (
        await h.request(`/api/services/${SERVICE}/diagram-diff?from=1&to=2`, {
          cookie: await h.login(username),
        })
      ).status;
    expect(await ask('tbilisi.clerk')).toBe(200);
    expect(await ask('kutaisi.clerk')).toBe(404);
  });
});
