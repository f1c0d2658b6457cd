// The electronic-seal action's public surface.
export type { LocalizedMessage, SealFailure, SealFailureCode } from './failures.ts';
export type { SealRecord } from './generated/seal-record.ts';
export { keyId } from './key-id.ts';
export { default as sealRecordSchema } from './schemas/seal-record.schema.json' with {
  type: 'json',
};
export { sealKeyPath } from './seal-key-store.ts';
export {
  createSealer,
  type PublishedSealKey,
  type Sealer,
  type SealerOptions,
  type SealInput,
  type SealResult,
} from './sealer.ts';
export { type SealVerification, type VerifySealInput, verifySeal } from './verify-seal.ts';
