// document.generate and seal.apply together, as the services use them, and
// the verify endpoint that must notice any change to the bytes or the seal.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActionFixture, actionFixture, failureCode } from '../../test/action-fixture.ts';
import { targets } from '../../test/databases.ts';
import { createHarness, type Harness, read } from '../../test/harness.ts';
import { documents, seals } from '../db/schema/index.ts';
import { builtInActions } from './built-in.ts';
import type { ActionRegistry } from './registry.ts';
import { createSealer } from './seal/index.ts';

const ANSWER = {
  languages: ['ka'],
  issuer: { ka: 'თბილისის მუნიციპალიტეტის მერია' },
  title: { ka: 'პასუხი მოქალაქის მომართვაზე' },
  caseNumber: 'MR-2026-000001',
  issuedAt: '2026-11-27T08:00:00Z',
  paragraphs: [{ ka: 'ეზოს განათება აღდგება 2026 წლის 20 დეკემბრამდე.' }],
  fields: [{ label: { ka: 'განმცხადებელი' }, value: 'ნინო ბერიძე' }],
};

describe.each(targets)('document.generate and seal.apply on $name', (target) => {
  let f: ActionFixture;
  let h: Harness;
  let actions: ActionRegistry;
  let clerk: string;
  beforeAll(async () => {
    f = await actionFixture(target);
    const sealer = createSealer({ dataDir: mkdtempSync(join(tmpdir(), 'saqme-seal-test-')) });
    h = await createHarness(f.database, { sealer });
    actions = builtInActions({ db: f.database.db, dataDir: '', sealer });
    clerk = await h.login('tbilisi.clerk');
  }, 60_000);
  afterAll(() => f.database.close());

  async function generated() {
    return (await actions.run(f.request('document.generate', ANSWER))) as {
      documentId: string;
      sha256: string;
      pageCount: number;
    };
  }

  it('stores the PDF under the case and returns its id, sha256 and page count; a retry finds the same', async () => {
    const request = f.request('document.generate', ANSWER);
    const doc = (await actions.run(request)) as {
      documentId: string;
      sha256: string;
      pageCount: number;
    };
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.pageCount).toBe(1);
    expect(await actions.run(request)).toEqual(doc);
    const [row] = await f.database.db
      .select()
      .from(documents)
      .where(eq(documents.id, doc.documentId));
    expect(row).toMatchObject({
      tenantId: 'tbilisi',
      caseId: f.caseId,
      mediaType: 'application/pdf',
    });
    expect(new TextDecoder().decode(row!.content.slice(0, 5))).toBe('%PDF-');
  });

  it('refuses a document the generator cannot render as DOCUMENT_INVALID', async () => {
    const bad = f.request('document.generate', { ...ANSWER, title: { en: 'Answer' } });
    expect(await failureCode(actions.run(bad))).toBe('DOCUMENT_INVALID');
  });

  it('seals a stored document, keeps the record, and the verify endpoint accepts it', async () => {
    const doc = await generated();
    const input = {
      documentId: doc.documentId,
      documentSha256: doc.sha256,
      signedAt: '2026-11-27T08:05:00Z',
    };
    const seal = (await actions.run(f.request('seal.apply', input))) as {
      keyId: string;
      signature: string;
    };
    expect(seal).toMatchObject({ algorithm: 'Ed25519', documentSha256: doc.sha256 });
    const keys = await read(await h.request('/api/seal/keys', { cookie: clerk }));
    expect(keys.keys[0].kid).toBe(seal.keyId);
    const res = await h.request(`/api/documents/${doc.documentId}/verify`, {
      method: 'POST',
      cookie: clerk,
    });
    expect(await read(res)).toMatchObject({
      valid: true,
      seals: [{ ok: true, keyId: seal.keyId }],
    });
  });

  it('refuses to seal bytes other than the ones the case produced', async () => {
    const doc = await generated();
    const input = {
      documentId: doc.documentId,
      documentSha256: 'a'.repeat(64),
      signedAt: '2026-11-27T08:05:00Z',
    };
    expect(await failureCode(actions.run(f.request('seal.apply', input)))).toBe('DOCUMENT_CHANGED');
  });

  it('detects a changed document and a changed seal record', async () => {
    const doc = await generated();
    const input = {
      documentId: doc.documentId,
      documentSha256: doc.sha256,
      signedAt: '2026-11-27T08:05:00Z',
    };
    await actions.run(f.request('seal.apply', input));
    const verify = async () =>
      read(
        await h.request(`/api/documents/${doc.documentId}/verify`, {
          method: 'POST',
          cookie: clerk,
        }),
      );
    // As the table owner, the way an intruder with database access would.
    await f.database.db.execute(
      sql`UPDATE documents SET content = content || '\\x20'::bytea WHERE id = ${doc.documentId}`,
    );
    expect(await verify()).toMatchObject({
      valid: false,
      seals: [{ ok: false, code: 'seal.document-mismatch' }],
    });
    await f.database.db.execute(
      sql`UPDATE documents SET content = substring(content from 1 for length(content) - 1) WHERE id = ${doc.documentId}`,
    );
    expect((await verify()).valid).toBe(true);
    await f.database.db
      .update(seals)
      .set({ record: sql`jsonb_set(record, '{signedAt}', '"2026-11-27T09:00:00Z"')` })
      .where(eq(seals.documentId, doc.documentId));
    expect(await verify()).toMatchObject({
      valid: false,
      seals: [{ ok: false, code: 'seal.bad-signature' }],
    });
  });
});
