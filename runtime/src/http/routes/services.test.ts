import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targets } from '../../../test/databases.ts';
import { exampleBundle } from '../../../test/example-bundle.ts';
import { createHarness, type Harness, read } from '../../../test/harness.ts';
import type { Database } from '../../db/client.ts';
import { bundleToZip } from '../../services/bundle-archive.ts';

const ID = 'municipal-request';

function withService(
  files: Record<string, string>,
  change: (service: Record<string, unknown>) => void,
) {
  const service = JSON.parse(files['service.json']!);
  change(service);
  return { files: { ...files, 'service.json': JSON.stringify(service, null, 2) } };
}

describe.each(targets)('the service routes on $name', (target) => {
  let database: Database;
  let h: Harness;
  let analyst: string;
  const bundle = exampleBundle(ID);
  beforeAll(async () => {
    database = await target.open();
    h = await createHarness(database);
    analyst = await h.login('central.analyst');
  });
  afterAll(() => database.close());

  const put = (json: unknown, cookie = analyst, id = ID) =>
    h.request(`/api/services/${id}/draft`, { method: 'PUT', cookie, json });
  const publish = (cookie = analyst, id = ID) =>
    h.request(`/api/services/${id}/versions`, { method: 'POST', cookie });

  it('saves a broken draft with its diagnostics, and refuses to publish it with the engine’s messages', async () => {
    const { 'process.bpmn': _, ...rest } = bundle.files;
    const saved = await read(await put({ files: rest }));
    expect(saved.ok).toBe(false);
    expect(saved.hash).toBeNull();
    expect(saved.diagnostics.length).toBeGreaterThan(0);
    const res = await publish();
    expect(res.status).toBe(422);
    const problem = await read(res);
    expect(problem.code).toBe('service.invalid');
    expect(problem.issues[0]).toEqual(
      expect.objectContaining({
        code: saved.diagnostics[0].code,
        message: saved.diagnostics[0].message.ka,
      }),
    );
  });

  it('publishes a valid draft as version 1, and the same content again as the same version', async () => {
    const saved = await read(await put(bundle));
    expect(saved).toMatchObject({ serviceId: ID, ok: true });
    const first = await publish();
    expect(first.status).toBe(201);
    expect(await read(first)).toMatchObject({ serviceId: ID, version: 1, hash: saved.hash });
    const again = await publish();
    expect(again.status).toBe(200);
    expect((await read(again)).version).toBe(1);
  });

  it('publishes a change as version 2 and diffs the two', async () => {
    const v2 = withService(bundle.files, (s) => {
      (s.title as Record<string, string>).en = 'Citizen request (revised)';
    });
    await put(v2);
    const res = await publish();
    expect((await read(res)).version).toBe(2);
    const versions = await read(
      await h.request(`/api/services/${ID}/versions`, { cookie: analyst }),
    );
    expect(versions.items.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    const diff = await read(
      await h.request(`/api/services/${ID}/diff?from=1&to=2`, { cookie: analyst }),
    );
    expect(diff.files.map((f: { path: string; status: string }) => [f.path, f.status])).toEqual([
      ['service.json', 'changed'],
    ]);
    expect(diff.files[0].patch).toContain('+    "en": "Citizen request (revised)"');
    const toDraft = await read(
      await h.request(`/api/services/${ID}/diff?from=2&to=draft`, { cookie: analyst }),
    );
    expect(toDraft.files).toEqual([]);
  });

  it('exports a version as JSON and as a ZIP, identical to what was published', async () => {
    const json = await read(
      await h.request(`/api/services/${ID}/versions/1/bundle`, { cookie: analyst }),
    );
    expect(json).toEqual(bundle);
    const zip = await h.request(`/api/services/${ID}/versions/1/bundle?format=zip`, {
      cookie: analyst,
    });
    expect(zip.headers.get('Content-Type')).toBe('application/zip');
    const entries = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    expect(new TextDecoder().decode(entries['service.json'])).toBe(bundle.files['service.json']);
  });

  it('accepts a draft uploaded as a ZIP archive', async () => {
    const res = await h.request(`/api/services/${ID}/draft`, {
      method: 'PUT',
      cookie: analyst,
      body: bundleToZip(bundle) as Uint8Array<ArrayBuffer>,
      headers: { 'Content-Type': 'application/zip' },
    });
    expect((await read(res)).ok).toBe(true);
  });

  it('shows published versions to the tenants that may run the service, and to no other', async () => {
    const tbilisi = await h.login('tbilisi.clerk');
    const list = await read(await h.request('/api/services', { cookie: tbilisi }));
    expect(list.items).toEqual([
      expect.objectContaining({
        id: ID,
        ownerTenantId: 'central',
        latestVersion: 2,
        hasDraft: false,
      }),
    ]);
    const v1 = await read(await h.request(`/api/services/${ID}/versions/1`, { cookie: tbilisi }));
    expect(v1.definition.service.id).toBe(ID);
    await put(
      withService(bundle.files, (s) => {
        s.tenants = ['tbilisi'];
      }),
    );
    await publish();
    const kutaisi = await h.login('kutaisi.clerk');
    expect((await h.request(`/api/services/${ID}/versions/1`, { cookie: kutaisi })).status).toBe(
      404,
    );
    expect((await read(await h.request('/api/services', { cookie: kutaisi }))).items).toEqual([]);
  });

  it('lets only analysts write, and never over another tenant’s service id', async () => {
    const clerk = await h.login('central.clerk');
    expect((await put(bundle, clerk)).status).toBe(403);
    const other = await h.login('batumi.analyst');
    const taken = await put(bundle, other);
    expect(taken.status).toBe(403);
    expect((await read(taken)).code).toBe('service.id-taken');
    expect((await publish(other)).status).toBe(404);
  });

  it('refuses to publish a bundle whose service.json names another id', async () => {
    await put(bundle, analyst, 'renamed-service');
    const res = await publish(analyst, 'renamed-service');
    expect(res.status).toBe(422);
    expect((await read(res)).code).toBe('service.id-mismatch');
  });
});
