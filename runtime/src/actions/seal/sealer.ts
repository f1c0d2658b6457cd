// The electronic-seal action: signs a document's bytes with the
// installation's Ed25519 key, giving a detached seal record, and verifies
// records against that key.
import { createHash, type JsonWebKey, sign } from 'node:crypto';
import { type SealFailure, sealFailure } from './failures.ts';
import type { SealRecord } from './generated/seal-record.ts';
import { loadOrCreateSealKey, type SealKey } from './seal-key-store.ts';
import { sealPayload } from './seal-payload.ts';
import { isUtcInstant } from './utc-instant.ts';
import { type SealVerification, verifySeal } from './verify-seal.ts';

export interface SealerOptions {
  /** The runtime's data directory; the key lives in its `seal/` folder. */
  dataDir: string;
}

export interface SealInput {
  document: Uint8Array;
  /** When the seal is made, RFC 3339 in UTC; the caller's clock, not ours. */
  signedAt: string;
}

export type SealResult = { ok: true; seal: SealRecord } | SealFailure;

/** The public half, as a JWK ready to publish for offline verification. */
export interface PublishedSealKey {
  keyId: string;
  algorithm: SealRecord['algorithm'];
  jwk: JsonWebKey;
}

export interface Sealer {
  seal(input: SealInput): Promise<SealResult>;
  verify(input: { document: Uint8Array; seal: unknown }): Promise<SealVerification>;
  publicKey(): Promise<PublishedSealKey>;
}

export function createSealer(options: SealerOptions): Sealer {
  let key: Promise<SealKey> | undefined;
  // A failed load (say, a key file others can read) is retried on the next
  // call, so fixing the file needs no restart.
  const loadKey = () => {
    key ??= loadOrCreateSealKey(options.dataDir).catch((error: unknown) => {
      key = undefined;
      throw error;
    });
    return key;
  };

  return {
    async seal({ document, signedAt }) {
      if (!isUtcInstant(signedAt)) return sealFailure('seal.invalid-signed-at', '/signedAt');
      const { keyId, privateKey } = await loadKey();
      const unsigned = {
        algorithm: 'Ed25519' as const,
        keyId,
        signedAt,
        documentSha256: createHash('sha256').update(document).digest('hex'),
      };
      const signature = sign(null, sealPayload(unsigned), privateKey).toString('base64url');
      return { ok: true, seal: { ...unsigned, signature } };
    },
    async verify({ document, seal }) {
      const { publicKey } = await loadKey();
      return verifySeal({ document, seal, trustedKeys: [publicKey] });
    },
    async publicKey() {
      const { keyId, publicKey } = await loadKey();
      const jwk = { ...publicKey.export({ format: 'jwk' }), kid: keyId, alg: 'EdDSA', use: 'sig' };
      return { keyId, algorithm: 'Ed25519', jwk };
    },
  };
}
