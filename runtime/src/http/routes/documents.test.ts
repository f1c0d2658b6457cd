import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targets } from '../../../test/databases.ts';
import { createHarness, type Harness, read } from '../../../test/harness.ts';
import type { Database } from '../../db/client.ts';
import { auditEvents, cases } from '../../db/schema/index.ts';
import { withTenant } from '../../db/tenant.ts';

const PDF = new TextEncoder().encode('%PDF-1.7\n% საქმე\n%%EOF\n');

function upload(bytes: Uint8Array, name: string, caseId?: string): FormData {
  const form = new FormData();
  form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'application/pdf' }));
  if (caseId) form.set('caseId', caseId);
  return form;
}

describe.each(targets)('the document routes on $name', (target) => {
  let database: Database;
  let h: Harness;
  let clerk: string;
  let caseId: string;
  beforeAll(async () => {
    database = await target.open();
    h = await createHarness(database, { documents: { maxBytes: 1024 } });
    clerk = await h.login('tbilisi.clerk');
    const [row] = await withTenant(database.db, 'tbilisi', (tx) =>
      tx
        .insert(cases)
        .values({ tenantId: 'tbilisi', serviceId: 's', serviceVersion: 1, status: 'open' })
        .returning(),
    );
    caseId = row!.id;
  });
  afterAll(() => database.close());

  it('stores an upload for a case and serves it back byte for byte as an attachment', async () => {
    const res = await h.request('/api/documents', {
      method: 'POST',
      cookie: clerk,
      body: upload(PDF, 'C:\\docs\\განცხადება.pdf', caseId),
    });
    expect(res.status).toBe(201);
    const meta = await read(res);
    expect(meta).toMatchObject({
      caseId,
      fileName: 'განცხადება.pdf',
      mediaType: 'application/pdf',
      size: PDF.byteLength,
    });
    expect(meta.sha256).toMatch(/^[0-9a-f]{64}$/);
    const again = await read(await h.request(`/api/documents/${meta.id}`, { cookie: clerk }));
    expect(again).toEqual(meta);
    const content = await h.request(`/api/documents/${meta.id}/content`, { cookie: clerk });
    expect(content.headers.get('Content-Type')).toBe('application/pdf');
    expect(content.headers.get('Content-Disposition')).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent('განცხადება.pdf')}`,
    );
    expect(new Uint8Array(await content.arrayBuffer())).toEqual(PDF);
    const audited = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.type, 'document.uploaded'));
    expect(audited[0]?.payload).toMatchObject({ documentId: meta.id, caseId });
  });

  it('refuses a file over the size limit with 413', async () => {
    const big = new Uint8Array(2000);
    big.set(PDF);
    const res = await h.request('/api/documents', {
      method: 'POST',
      cookie: clerk,
      body: upload(big, 'big.pdf'),
    });
    expect(res.status).toBe(413);
    expect((await read(res)).code).toBe('document.too-large');
  });

  it('refuses a file whose bytes are not an allowed type, whatever it claims to be', async () => {
    const html = new TextEncoder().encode('<html><script>alert(1)</script>');
    const res = await h.request('/api/documents', {
      method: 'POST',
      cookie: clerk,
      body: upload(html, 'x.pdf'),
      headers: { 'Accept-Language': 'en' },
    });
    expect(res.status).toBe(422);
    expect((await read(res)).issues).toEqual([
      {
        code: 'document.type-not-allowed',
        path: '/file',
        message: 'Files of this type cannot be uploaded (application/pdf).',
      },
    ]);
  });

  it('refuses an upload without a file, and one for a case that does not exist here', async () => {
    const empty = await h.request('/api/documents', {
      method: 'POST',
      cookie: clerk,
      body: new FormData(),
    });
    expect(empty.status).toBe(422);
    const elsewhere = await h.request('/api/documents', {
      method: 'POST',
      cookie: clerk,
      body: upload(PDF, 'a.pdf', '00000000-0000-4000-8000-000000000000'),
    });
    expect(elsewhere.status).toBe(404);
  });

  it('lets analysts neither upload nor download', async () => {
    const analyst = await h.login('tbilisi.analyst');
    expect(
      (
        await h.request('/api/documents', {
          method: 'POST',
          cookie: analyst,
          body: upload(PDF, 'a.pdf'),
        })
      ).status,
    ).toBe(403);
  });
});
