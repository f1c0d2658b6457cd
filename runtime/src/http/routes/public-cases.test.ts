import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targets } from '../../../test/databases.ts';
import START_DATA from '../../../test/fixtures/municipal-request-start.json' with { type: 'json' };
import { read } from '../../../test/harness.ts';
import { verifyAudit } from '../../audit/verify.ts';
import type { Database } from '../../db/client.ts';
import { auditEvents, cases } from '../../db/schema/index.ts';
import { type PublicHarness, publicHarness } from './public-test-portal.ts';

const NINO = '01024051234';
const DAVIT = '01017045566';
// What a citizen fills in: the identity provider supplies the rest.
const {
  personalNumber: _pn,
  firstName: _f,
  lastName: _l,
  ...APPLICATION
} = {
  ...START_DATA,
  channel: 'online',
};

describe.each(targets)('the public case routes on $name', (target) => {
  let database: Database;
  let h: PublicHarness;
  beforeAll(async () => {
    database = await target.open();
    h = await publicHarness(database, {
      limits: {
        start: { limit: 4, windowMs: 60_000 },
        status: { limit: 100, windowMs: 60_000 },
      },
    });
  });
  afterAll(() => database.close());

  const apply = (citizen: string | undefined, tenantId: string, data: object, client = '1') =>
    h.as(citizen, '/api/public/services/municipal-request/cases', {
      method: 'POST',
      headers: { 'Accept-Language': 'en', 'X-Test-Client': `198.51.100.${client}` },
      json: { tenantId, data },
    });
  const status = (number: string, token: string) =>
    h.as(undefined, '/api/public/status', { method: 'POST', json: { number, token } });

  it('requires an identity to apply', async () => {
    const res = await apply(undefined, 'tbilisi', APPLICATION);
    expect(res.status).toBe(401);
    expect((await read(res)).code).toBe('public.identity-required');
    expect(h.started).toHaveLength(0);
  });

  it('refuses invalid data with field issues in the request language, opening nothing', async () => {
    const res = await apply(NINO, 'tbilisi', { ...APPLICATION, phone: '12', consent: false }, '2');
    expect(res.status).toBe(422);
    const body = await read(res);
    expect(body.code).toBe('case.start-invalid');
    expect(body.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      '/data/consent',
      '/data/phone',
    ]);
    expect(body.issues[0].message).toMatch(/[a-z]/i);
    const unoffered = await apply(NINO, 'central', APPLICATION, '2');
    expect(unoffered.status).toBe(422);
    expect((await read(unoffered)).issues).toEqual([
      expect.objectContaining({ code: 'public.tenant-not-offered', path: '/tenantId' }),
    ]);
    expect(await database.db.select().from(cases)).toHaveLength(0);
  });

  let receipt: { number: string; statusToken: string; tenantId: string };

  it('opens the case in the chosen municipality as the identified citizen and audits it', async () => {
    // A personal number in the data is replaced by the identity's: nobody applies in another's name.
    const res = await apply(NINO, 'tbilisi', { ...APPLICATION, personalNumber: DAVIT }, '3');
    expect(res.status).toBe(201);
    receipt = await read(res);
    expect(receipt).toMatchObject({
      number: 'MR-2026-000001',
      tenantId: 'tbilisi',
      serviceId: 'municipal-request',
      statusToken: expect.stringMatching(/^[a-z2-7]{4}(-[a-z2-7]{4}){5}$/),
    });
    const [row] = await database.db.select().from(cases).where(eq(cases.number, receipt.number));
    expect(row).toMatchObject({
      tenantId: 'tbilisi',
      applicantPersonalNumber: NINO,
      initiator: `citizen:${NINO}`,
      data: expect.objectContaining({ personalNumber: NINO, firstName: 'ნინო', channel: 'online' }),
    });
    expect(h.started.at(-1)).toMatchObject({
      caseId: row!.id,
      tenantId: 'tbilisi',
      caseNumber: 'MR-2026-000001',
    });
    const [event] = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, 'tbilisi'), eq(auditEvents.type, 'case.opened')));
    expect(event).toMatchObject({
      actor: `citizen:${NINO}`,
      payload: expect.objectContaining({ caseId: row!.id, channel: 'public', identity: 'test' }),
    });
    expect((await verifyAudit(database.db, 'tbilisi')).ok).toBe(true);
    const logged = h.logs.join('');
    expect(logged).toContain('*********34');
    expect(logged).not.toContain(NINO);
  });

  it('takes a posted multipart form, as a browser without JavaScript sends it', async () => {
    const form = new FormData();
    form.set('tenantId', 'kutaisi');
    for (const [k, v] of Object.entries(APPLICATION)) form.set(k, String(v));
    form.set('consent', 'true');
    const res = await h.as(DAVIT, '/api/public/services/municipal-request/cases', {
      method: 'POST',
      headers: { 'X-Test-Client': '198.51.100.4' },
      body: form,
    });
    expect(res.status).toBe(201);
    expect(await read(res)).toMatchObject({ number: 'MR-2026-000001', tenantId: 'kutaisi' });
  });

  it('shows the status to whoever holds the number and token, and nothing to anyone else', async () => {
    const res = await status(
      receipt.number,
      receipt.statusToken.toUpperCase().replaceAll('-', ' '),
    );
    expect(res.status).toBe(200);
    expect(await read(res)).toMatchObject({
      number: 'MR-2026-000001',
      serviceTitle: { en: 'Citizen request to the municipality' },
      tenant: { id: 'tbilisi', nameEn: 'Tbilisi Municipality' },
      status: 'in-progress',
      outcome: null,
      closedAt: null,
    });
    expect(
      Object.keys(await read(await status(receipt.number, receipt.statusToken))),
    ).not.toContain('data');
    // Kutaisi's case has the same number; Nino's token does not open Davit's case or any other.
    const other = await status('MR-2026-000002', receipt.statusToken);
    expect(other.status).toBe(404);
    const forged = await status(receipt.number, 'aaaa-bbbb-cccc-dddd-eeee-ffff');
    expect(forged.status).toBe(404);
    expect((await read(forged)).code).toBe('public.case-not-found');
    const malformed = await status(receipt.number, 'not a token');
    expect(malformed.status).toBe(404);
  });

  it("lists a citizen's own cases in every tenant and never another citizen's", async () => {
    const nino = await read(await h.as(NINO, '/api/public/cases'));
    expect(nino.items.map((c: { tenant: { id: string } }) => c.tenant.id)).toEqual(['tbilisi']);
    const davit = await read(await h.as(DAVIT, '/api/public/cases'));
    expect(davit.items.map((c: { tenant: { id: string } }) => c.tenant.id)).toEqual(['kutaisi']);
    expect((await h.as(undefined, '/api/public/cases')).status).toBe(401);
  });

  it("puts the case in its municipality's clerks' view only", async () => {
    const tbilisi = await h.login('tbilisi.clerk');
    const kutaisi = await h.login('kutaisi.clerk');
    const seen = async (cookie: string) =>
      (await read(await h.request('/api/cases', { cookie }))).items.map(
        (c: { number: string; applicantPersonalNumber: string }) =>
          `${c.number} ${c.applicantPersonalNumber}`,
      );
    expect(await seen(tbilisi)).toEqual([`MR-2026-000001 ${NINO}`]);
    expect(await seen(kutaisi)).toEqual([`MR-2026-000001 ${DAVIT}`]);
  });

  it('limits applications per citizen', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 4; i += 1)
      codes.push((await apply(NINO, 'batumi', APPLICATION, `${10 + i}`)).status);
    // Nino applied once in Tbilisi and twice refused above: her fourth in the window is the last allowed.
    expect(codes).toEqual([201, 429, 429, 429]);
    const refused = await apply(NINO, 'batumi', APPLICATION, '20');
    expect(refused.headers.get('Retry-After')).toMatch(/^\d+$/);
    expect((await read(refused)).code).toBe('public.rate-limited');
  });
});
