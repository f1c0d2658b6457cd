import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targets } from '../../../test/databases.ts';
import START_DATA from '../../../test/fixtures/municipal-request-start.json' with { type: 'json' };
import { read } from '../../../test/harness.ts';
import { verifyAudit } from '../../audit/verify.ts';
import type { Database } from '../../db/client.ts';
import { auditEvents, cases, documents } from '../../db/schema/index.ts';
import { DEMO_CITIZEN, demoIdentity } from '../../identity/demo-identity.ts';
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

  it("stores an attached file as the citizen's document of the case, and refuses one that is not what it claims", async () => {
    const post = (file: File, client: string) => {
      const form = new FormData();
      form.set('tenantId', 'kutaisi');
      for (const [k, v] of Object.entries(APPLICATION)) form.set(k, String(v));
      form.set('consent', 'true');
      form.set('attachment', file);
      return h.as(DAVIT, '/api/public/services/municipal-request/cases', {
        method: 'POST',
        headers: { 'X-Test-Client': client, 'Accept-Language': 'en' },
        body: form,
      });
    };
    const pdf = new File(['%PDF-1.7\n%\u00e2\u00e3\n'], 'photo-of-the-yard.pdf', {
      type: 'application/pdf',
    });
    const res = await post(pdf, '198.51.100.30');
    expect(res.status).toBe(201);
    const { number } = await read(res);
    const [row] = await database.db
      .select()
      .from(cases)
      .where(and(eq(cases.tenantId, 'kutaisi'), eq(cases.number, number)));
    const [doc] = await database.db.select().from(documents).where(eq(documents.caseId, row!.id));
    expect(doc).toMatchObject({
      tenantId: 'kutaisi',
      fileName: 'photo-of-the-yard.pdf',
      uploadedBy: null,
    });
    expect((row!.data as { attachment: { ref: string } }).attachment.ref).toBe(doc!.id);
    const [uploaded] = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, 'kutaisi'), eq(auditEvents.type, 'document.uploaded')));
    expect(uploaded).toMatchObject({
      actor: `citizen:${DAVIT}`,
      payload: expect.objectContaining({ documentId: doc!.id }),
    });

    const before = (await database.db.select().from(cases)).length;
    const fake = new File(['just text'], 'not-really.pdf', { type: 'application/pdf' });
    const refused = await post(fake, '198.51.100.31');
    expect(refused.status).toBe(422);
    expect((await read(refused)).issues).toEqual([
      expect.objectContaining({ code: 'document.type-not-allowed', path: '/data/attachment' }),
    ]);
    // Refused with its file: the case, its number and its audit event are rolled back together.
    expect(await database.db.select().from(cases)).toHaveLength(before);
    expect((await verifyAudit(database.db, 'kutaisi')).ok).toBe(true);
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

describe('the public case routes in a demo installation', () => {
  let database: Database;
  let h: PublicHarness;
  beforeAll(async () => {
    database = await targets[1]!.open();
    h = await publicHarness(database, {
      identity: demoIdentity(),
      limits: { start: { limit: 2, windowMs: 60_000 }, status: { limit: 100, windowMs: 60_000 } },
    });
  });
  afterAll(() => database.close());

  it('applies as the labelled demo citizen and limits each client, not the citizen everyone shares', async () => {
    const apply = (client: string) =>
      h.as(undefined, '/api/public/services/municipal-request/cases', {
        method: 'POST',
        headers: { 'X-Test-Client': client },
        json: { tenantId: 'batumi', data: APPLICATION },
      });
    const codes = [];
    for (const client of ['192.0.2.10', '192.0.2.10', '192.0.2.10', '192.0.2.11'])
      codes.push((await apply(client)).status);
    expect(codes).toEqual([201, 201, 429, 201]);
    const [row] = await database.db.select().from(cases).limit(1);
    expect(row).toMatchObject({ applicantPersonalNumber: DEMO_CITIZEN.personalNumber });
    expect(await read(await h.as(undefined, '/api/public/identity'))).toMatchObject({
      kind: 'demo',
      demo: true,
    });
  });
});
