// The exact bytes a seal signs: every member of the record but the signature,
// in a fixed order, behind a context label so the signature cannot be
// replayed as a signature over anything else.
import type { SealRecord } from './generated/seal-record.ts';

const CONTEXT = 'saqme/electronic-seal/v1';

export function sealPayload(record: Omit<SealRecord, 'signature'>): Buffer {
  return Buffer.from(
    JSON.stringify([
      CONTEXT,
      record.algorithm,
      record.keyId,
      record.signedAt,
      record.documentSha256,
    ]),
    'utf8',
  );
}
