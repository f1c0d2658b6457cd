import type { Definition } from '@saqme/engine';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targets } from '../../../test/databases.ts';
import { BASE, read } from '../../../test/harness.ts';
import type { Database } from '../../db/client.ts';
import { serviceVersions } from '../../db/schema/index.ts';
import { withTenant } from '../../db/tenant.ts';
import { citizenPortal } from '../../identity/citizen-portal.ts';
import { createApp } from '../app.ts';
import { headerIdentity, type PublicHarness, publicHarness } from './public-test-portal.ts';

/** The ids the public list shows. */
async function listed(res: Response): Promise<string[]> {
  return (await read(res)).items.map((s: { id: string }) => s.id);
}

describe.each(targets)('the public service routes on $name', (target) => {
  let database: Database;
  let h: PublicHarness;
  beforeAll(async () => {
    database = await target.open();
    h = await publicHarness(database);
  });
  afterAll(() => database.close());

  it('lists only the services open to citizens, with the tenants that run each, to anyone', async () => {
    const res = await h.as(undefined, '/api/public/services');
    expect(res.status).toBe(200);
    const { items } = await read(res);
    expect(
      items.map((s: { id: string; tenants: { id: string }[] }) => [
        s.id,
        s.tenants.map((t) => t.id),
      ]),
    ).toEqual([
      ['municipal-request', ['batumi', 'kutaisi', 'tbilisi']],
      ['pin-puk-recovery', ['central']],
    ]);
    expect(items[0]).toMatchObject({
      version: 1,
      title: { en: 'Citizen request to the municipality' },
      description: { en: expect.stringContaining('service hall or online') },
    });
  });

  it('gives the start form without the fields the identity provider fills', async () => {
    const body = await read(await h.as(undefined, '/api/public/services/municipal-request'));
    expect(body.identityFields).toEqual(['personalNumber', 'firstName', 'lastName']);
    expect(Object.keys(body.form.schema.properties)).not.toContain('personalNumber');
    expect(body.form.schema.required).not.toContain('firstName');
    expect(body.form.ui.sections.map((s: { fields: string[] }) => s.fields)).toEqual([
      ['channel'],
      ['phone', 'email', 'address'],
      ['topic', 'subject', 'description', 'attachment'],
      ['replyBy', 'consent'],
    ]);
  });

  it('does not show a published service that is not open to citizens, nor an unknown one', async () => {
    for (const id of ['civil-act-digitisation', 'diplomatic-id', 'no-such-service']) {
      const res = await h.as(undefined, `/api/public/services/${id}`);
      expect(res.status).toBe(404);
      expect(res.headers.get('Content-Type')).toContain('application/problem+json');
    }
  });

  it('names the applicant with the personal number masked, and refuses without an identity', async () => {
    const me = await read(await h.as('01024051234', '/api/public/identity'));
    expect(me).toEqual({
      kind: 'test',
      firstName: 'ნინო',
      lastName: 'ბერიძე',
      personalNumber: '*********34',
      demo: false,
    });
    const anonymous = await h.as(undefined, '/api/public/identity', {
      headers: { 'Accept-Language': 'en' },
    });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('Link')).toBe('</eid/login>; rel="login"');
    expect(await read(anonymous)).toMatchObject({
      code: 'public.identity-required',
      title: 'Please prove who you are to apply.',
    });
    const georgian = await read(await h.as(undefined, '/api/public/identity'));
    expect(georgian.title).toBe('განაცხადის შესატანად გაიარეთ იდენტიფიკაცია.');
  });

  it('lets the installation narrow the public services to a list, or close them all', async () => {
    const narrowed = createApp(h.deps, {
      citizens: citizenPortal({ identity: headerIdentity, services: ['pin-puk-recovery'] }),
    });
    expect(await listed(await narrowed.request(`${BASE}/api/public/services`))).toEqual([
      'pin-puk-recovery',
    ]);
    const hidden = await narrowed.request(`${BASE}/api/public/services/municipal-request`);
    expect(hidden.status).toBe(404);
    const closed = createApp(h.deps, {
      citizens: citizenPortal({ identity: headerIdentity, services: [] }),
    });
    expect(await listed(await closed.request(`${BASE}/api/public/services`))).toEqual([]);
  });

  it('closes a service whose latest published version no longer says it is public', async () => {
    await withTenant(database.db, 'central', async (tx) => {
      const [first] = await tx
        .select()
        .from(serviceVersions)
        .where(
          and(eq(serviceVersions.serviceId, 'pin-puk-recovery'), eq(serviceVersions.version, 1)),
        );
      const { public: _, ...service } = (first!.definition as Definition).service;
      await tx.insert(serviceVersions).values({
        ...first!,
        version: 2,
        hash: `${first!.hash}-closed`,
        definition: { ...(first!.definition as Definition), service },
      });
    });
    expect(await listed(await h.as(undefined, '/api/public/services'))).toEqual([
      'municipal-request',
    ]);
    const res = await h.as(undefined, '/api/public/services/pin-puk-recovery');
    expect(res.status).toBe(404);
  });
});
