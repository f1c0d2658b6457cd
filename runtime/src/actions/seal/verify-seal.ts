// Verifies a detached seal against a document and a set of trusted public
// keys. Pure and synchronous, free of HTTP: the runtime's verify endpoint and
// any offline checker call it the same way.
import { createHash, type KeyObject, verify } from 'node:crypto';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { type SealFailure, sealFailure } from './failures.ts';
import type { SealRecord } from './generated/seal-record.ts';
import { keyId } from './key-id.ts';
import sealRecordSchema from './schemas/seal-record.schema.json' with { type: 'json' };
import { sealPayload } from './seal-payload.ts';
import { isUtcInstant } from './utc-instant.ts';

export interface VerifySealInput {
  document: Uint8Array;
  /** The record as received: it is checked against seal-record.schema.json first. */
  seal: unknown;
  /** Public keys whose seals are accepted (the current key and any retired ones). */
  trustedKeys: readonly KeyObject[];
}

export type SealVerification =
  | {
      ok: true;
      algorithm: SealRecord['algorithm'];
      keyId: string;
      signedAt: string;
      documentSha256: string;
    }
  | SealFailure;

const checkRecord = new Ajv2020({ strict: true }).compile<SealRecord>(sealRecordSchema);

export function verifySeal(input: VerifySealInput): SealVerification {
  const record = input.seal;
  const algorithm = (record as { algorithm?: unknown } | null)?.algorithm;
  if (typeof algorithm === 'string' && algorithm !== 'Ed25519') {
    return sealFailure('seal.unsupported-algorithm', '/algorithm');
  }
  if (!checkRecord(record)) {
    const error = checkRecord.errors?.[0];
    const missing = (error?.params as { missingProperty?: string } | undefined)?.missingProperty;
    const path = `${error?.instancePath ?? ''}${missing ? `/${missing}` : ''}`;
    return sealFailure('seal.malformed', path);
  }
  if (!isUtcInstant(record.signedAt)) return sealFailure('seal.malformed', '/signedAt');
  const signature = Buffer.from(record.signature, 'base64url');
  // Base64url leaves spare bits in the last character: only the one canonical
  // spelling of the signature counts, so no edit to the record goes unnoticed.
  if (signature.toString('base64url') !== record.signature) {
    return sealFailure('seal.malformed', '/signature');
  }
  const publicKey = input.trustedKeys.find((key) => keyId(key) === record.keyId);
  if (!publicKey) return sealFailure('seal.unknown-key', '/keyId');
  if (!verify(null, sealPayload(record), publicKey, signature)) {
    return sealFailure('seal.bad-signature', '/signature');
  }
  const documentSha256 = createHash('sha256').update(input.document).digest('hex');
  if (documentSha256 !== record.documentSha256) {
    return sealFailure('seal.document-mismatch', '/documentSha256');
  }
  return {
    ok: true,
    algorithm: record.algorithm,
    keyId: record.keyId,
    signedAt: record.signedAt,
    documentSha256,
  };
}
