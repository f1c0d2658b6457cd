import { createHash, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { SealRecord } from './generated/seal-record.ts';
import { keyId } from './key-id.ts';
import { sealPayload } from './seal-payload.ts';
import { type SealVerification, verifySeal } from './verify-seal.ts';

interface KeyPair {
  publicKey: KeyObject;
  privateKey: KeyObject;
}
const ours: KeyPair = generateKeyPairSync('ed25519');
const theirs: KeyPair = generateKeyPairSync('ed25519');
const document = new TextEncoder().encode('%PDF-1.7 საქმე');
const trustedKeys = [ours.publicKey];

/** Signs whatever record it is given: a forger holding `keys` would do the same. */
function sealWith(keys: KeyPair, fields: Partial<SealRecord> = {}): SealRecord {
  const unsigned = {
    algorithm: 'Ed25519' as const,
    keyId: keyId(keys.publicKey),
    signedAt: '2026-11-27T09:15:00.000Z',
    documentSha256: createHash('sha256').update(document).digest('hex'),
    ...fields,
  };
  const signature = sign(null, sealPayload(unsigned), keys.privateKey).toString('base64url');
  return { ...unsigned, signature };
}

function expectFailure(result: SealVerification, code: string, path: string): void {
  expect(result).toMatchObject({ ok: false, code, path });
  if (result.ok) return;
  expect(result.message.ka).toMatch(/[\u10D0-\u10FF]/);
  expect(result.message.en).toMatch(/^The seal|^The document/);
}

describe('verifySeal', () => {
  it('accepts an intact record over the unchanged document', () => {
    const seal = sealWith(ours);
    expect(verifySeal({ document, seal, trustedKeys })).toEqual({
      ok: true,
      algorithm: 'Ed25519',
      keyId: seal.keyId,
      signedAt: seal.signedAt,
      documentSha256: seal.documentSha256,
    });
  });

  it('accepts a seal by a retired key that is still trusted', () => {
    const seal = sealWith(theirs);
    const result = verifySeal({ document, seal, trustedKeys: [ours.publicKey, theirs.publicKey] });
    expect(result.ok).toBe(true);
  });

  it('detects every single flipped byte of the document', () => {
    const seal = sealWith(ours);
    for (let i = 0; i < document.length; i++) {
      const changed = document.slice();
      changed[i]! ^= 0x01;
      expectFailure(
        verifySeal({ document: changed, seal, trustedKeys }),
        'seal.document-mismatch',
        '/documentSha256',
      );
    }
  });

  it('detects a changed seal time', () => {
    const seal = { ...sealWith(ours), signedAt: '2026-11-27T09:15:01.000Z' };
    expectFailure(verifySeal({ document, seal, trustedKeys }), 'seal.bad-signature', '/signature');
  });

  it('detects a hash swapped for that of another document, shown with that document', () => {
    const other = new TextEncoder().encode('%PDF-1.7 სხვა');
    const seal = {
      ...sealWith(ours),
      documentSha256: createHash('sha256').update(other).digest('hex'),
    };
    expectFailure(
      verifySeal({ document: other, seal, trustedKeys }),
      'seal.bad-signature',
      '/signature',
    );
  });

  it('detects every single changed character of the signature', () => {
    const seal = sealWith(ours);
    for (let i = 0; i < seal.signature.length; i++) {
      const char = seal.signature[i] === 'A' ? 'B' : 'A';
      const signature = seal.signature.slice(0, i) + char + seal.signature.slice(i + 1);
      const result = verifySeal({ document, seal: { ...seal, signature }, trustedKeys });
      expect(result.ok, `character ${i}`).toBe(false);
    }
  });

  it('rejects a signature spelled with other spare bits, though it decodes to the same bytes', () => {
    const seal = sealWith(ours);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(seal.signature.at(-1)!);
    const signature = seal.signature.slice(0, -1) + alphabet[last ^ 0b1];
    expect(Buffer.from(signature, 'base64url')).toEqual(Buffer.from(seal.signature, 'base64url'));
    expectFailure(
      verifySeal({ document, seal: { ...seal, signature }, trustedKeys }),
      'seal.malformed',
      '/signature',
    );
  });

  it('rejects a seal made by a key it does not trust', () => {
    const seal = sealWith(theirs);
    expectFailure(verifySeal({ document, seal, trustedKeys }), 'seal.unknown-key', '/keyId');
  });

  it('rejects a signature by another key presented under our key id', () => {
    const seal = sealWith(theirs, { keyId: keyId(ours.publicKey) });
    expectFailure(verifySeal({ document, seal, trustedKeys }), 'seal.bad-signature', '/signature');
  });

  it('rejects another algorithm before reading the rest', () => {
    const seal = { ...sealWith(ours), algorithm: 'ES256' };
    expectFailure(
      verifySeal({ document, seal, trustedKeys }),
      'seal.unsupported-algorithm',
      '/algorithm',
    );
  });

  it('names what is wrong with a malformed record', () => {
    const { signature: _, ...unsigned } = sealWith(ours);
    expectFailure(
      verifySeal({ document, seal: unsigned, trustedKeys }),
      'seal.malformed',
      '/signature',
    );
    expectFailure(verifySeal({ document, seal: 'sealed', trustedKeys }), 'seal.malformed', '');
    const extra = { ...sealWith(ours), note: 'ok' };
    expectFailure(verifySeal({ document, seal: extra, trustedKeys }), 'seal.malformed', '');
    const leap = sealWith(ours, { signedAt: '2026-02-29T10:00:00.000Z' });
    expectFailure(verifySeal({ document, seal: leap, trustedKeys }), 'seal.malformed', '/signedAt');
  });
});
