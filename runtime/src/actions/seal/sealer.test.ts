import { createPublicKey } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocumentGenerator } from '../document/index.ts';
import { createSealer, type SealRecord, verifySeal } from './index.ts';

const dataDir = () => mkdtempSync(join(tmpdir(), 'saqme-sealer-'));
const SIGNED_AT = '2026-11-27T10:00:00.000Z';

async function certificate(): Promise<Uint8Array> {
  const result = await createDocumentGenerator().generate({
    languages: ['ka', 'en'],
    title: { ka: 'ცნობა', en: 'Certificate' },
    caseNumber: 'MUN-2026-0042',
    issuedAt: '2026-11-27T09:00:00.000Z',
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.document.bytes;
}

async function sealed(sealer: ReturnType<typeof createSealer>, document: Uint8Array) {
  const result = await sealer.seal({ document, signedAt: SIGNED_AT });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.seal;
}

describe('createSealer', () => {
  it('seals a generated PDF with a record the same sealer verifies', async () => {
    const sealer = createSealer({ dataDir: dataDir() });
    const document = await certificate();
    const seal = await sealed(sealer, document);
    expect(seal).toMatchObject({ algorithm: 'Ed25519', signedAt: SIGNED_AT });
    expect(seal.signature).toMatch(/^[A-Za-z0-9_-]{86}$/);
    expect(await sealer.verify({ document, seal })).toMatchObject({ ok: true, keyId: seal.keyId });
  });

  it('detects a flipped byte of the PDF', async () => {
    const sealer = createSealer({ dataDir: dataDir() });
    const document = await certificate();
    const seal = await sealed(sealer, document);
    const changed = document.slice();
    changed[Math.floor(changed.length / 2)]! ^= 0x20;
    expect(await sealer.verify({ document: changed, seal })).toMatchObject({
      ok: false,
      code: 'seal.document-mismatch',
    });
  });

  it('detects an altered seal time', async () => {
    const sealer = createSealer({ dataDir: dataDir() });
    const document = await certificate();
    const seal: SealRecord = {
      ...(await sealed(sealer, document)),
      signedAt: '2026-11-26T10:00:00.000Z',
    };
    expect(await sealer.verify({ document, seal })).toMatchObject({
      ok: false,
      code: 'seal.bad-signature',
    });
  });

  it('rejects a seal from another installation, whose key it does not hold', async () => {
    const document = await certificate();
    const foreign = await sealed(createSealer({ dataDir: dataDir() }), document);
    const result = await createSealer({ dataDir: dataDir() }).verify({ document, seal: foreign });
    expect(result).toMatchObject({ ok: false, code: 'seal.unknown-key', path: '/keyId' });
  });

  it('keeps its key across instances over the same data dir', async () => {
    const dir = dataDir();
    const document = await certificate();
    const seal = await sealed(createSealer({ dataDir: dir }), document);
    expect(await createSealer({ dataDir: dir }).verify({ document, seal })).toMatchObject({
      ok: true,
    });
  });

  it('gives the same seal for the same document and time, since Ed25519 is deterministic', async () => {
    const sealer = createSealer({ dataDir: dataDir() });
    const document = await certificate();
    expect(await sealed(sealer, document)).toEqual(await sealed(sealer, document));
  });

  it('publishes a public key that verifies its seals offline', async () => {
    const sealer = createSealer({ dataDir: dataDir() });
    const document = await certificate();
    const seal = await sealed(sealer, document);
    const published = await sealer.publicKey();
    expect(published).toMatchObject({ keyId: seal.keyId, algorithm: 'Ed25519' });
    expect(published.jwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: seal.keyId });
    expect(published.jwk).not.toHaveProperty('d');
    const trustedKeys = [createPublicKey({ key: published.jwk, format: 'jwk' })];
    expect(verifySeal({ document, seal, trustedKeys })).toMatchObject({ ok: true });
  });

  it('refuses a seal time that is not a UTC instant', async () => {
    const sealer = createSealer({ dataDir: dataDir() });
    for (const signedAt of ['2026-11-27T14:00:00+04:00', '2026-11-31T10:00:00Z', 'yesterday']) {
      expect(await sealer.seal({ document: new Uint8Array([1]), signedAt })).toMatchObject({
        ok: false,
        code: 'seal.invalid-signed-at',
        path: '/signedAt',
      });
    }
  });
});
