import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targets } from '../../../test/databases.ts';
import { exampleBundle } from '../../../test/example-bundle.ts';
import { createHarness, type Harness, read } from '../../../test/harness.ts';
import type { Database } from '../../db/client.ts';

describe.each(targets)('the knowledge route on $name', (target) => {
  let database: Database;
  let h: Harness;
  let clerk: string;
  let centralClerk: string;
  beforeAll(async () => {
    database = await target.open();
    h = await createHarness(database);
    const analyst = await h.login('central.analyst');
    for (const id of ['municipal-request', 'pin-puk-recovery']) {
      const files = exampleBundle(id).files;
      await h.request(`/api/services/${id}/draft`, {
        method: 'PUT',
        cookie: analyst,
        json: { files },
      });
      expect(
        (await h.request(`/api/services/${id}/versions`, { method: 'POST', cookie: analyst }))
          .status,
      ).toBe(201);
    }
    // A second version whose Register guide says something new: only the latest is searched.
    const files = { ...exampleBundle('municipal-request').files };
    files['guide/Task_Register.en.md'] = '## Register\n\nCheck the **stamp** of the hall.';
    await h.request('/api/services/municipal-request/draft', {
      method: 'PUT',
      cookie: analyst,
      json: { files },
    });
    expect(
      (
        await h.request('/api/services/municipal-request/versions', {
          method: 'POST',
          cookie: analyst,
        })
      ).status,
    ).toBe(201);
    clerk = await h.login('tbilisi.clerk');
    centralClerk = await h.login('central.clerk');
  });
  afterAll(() => database.close());

  const search = async (cookie: string, query = '') =>
    read(await h.request(`/api/knowledge${query}`, { cookie }));

  it('lists every guide page of the latest version of the services the tenant runs', async () => {
    const { items } = await search(clerk);
    const pages = items.map(
      (p: { serviceId: string; elementId: string }) => `${p.serviceId}/${p.elementId}`,
    );
    expect(pages).toContain('municipal-request/service');
    expect(pages).toContain('municipal-request/Task_Register');
    // PIN/PUK recovery runs in the central agency only.
    expect(pages.some((p: string) => p.startsWith('pin-puk-recovery/'))).toBe(false);
    const register = items.find((p: { elementId: string }) => p.elementId === 'Task_Register');
    expect(register).toMatchObject({
      version: 2,
      title: { en: expect.any(String), ka: expect.any(String) },
    });
    expect(register.text.en).toContain('**stamp**');
  });

  it('finds a step guide by words in English or Georgian, in any case, with an excerpt around the match', async () => {
    const { items } = await search(clerk, `?q=${encodeURIComponent('STAMP hall')}`);
    expect(items.map((p: { elementId: string }) => p.elementId)).toEqual(['Task_Register']);
    expect(items[0].excerpt.en).toContain('stamp');
    expect(items[0].excerpt.en).not.toContain('**');
    const ka = await search(clerk, `?q=${encodeURIComponent('ვადა')}`);
    expect(ka.items.length).toBeGreaterThan(0);
    for (const p of ka.items) expect(`${p.text.ka}${p.title.ka}`.toLowerCase()).toContain('ვადა');
  });

  it('puts pages whose title holds the word first, and reads one service alone', async () => {
    const { items } = await search(
      centralClerk,
      `?q=${encodeURIComponent('PIN')}&serviceId=pin-puk-recovery`,
    );
    expect(items.length).toBeGreaterThan(1);
    expect(items.every((p: { serviceId: string }) => p.serviceId === 'pin-puk-recovery')).toBe(
      true,
    );
    expect(`${items[0].title.en}`.toLowerCase()).toContain('pin');
  });

  it('refuses a malformed query with field issues, and anonymous callers', async () => {
    const res = await h.request(`/api/knowledge?q=${'x'.repeat(201)}`, { cookie: clerk });
    expect(res.status).toBe(422);
    expect((await read(res)).issues[0].path).toBe('/q');
    expect((await h.request('/api/knowledge')).status).toBe(401);
  });
});
