// Generated from runtime/src/actions/seal/schemas/seal-record.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * A detached electronic seal over a document's bytes. The signature covers every other member, so changing any of them, or the document, breaks it.
 */
export interface SealRecord {
  algorithm: 'Ed25519';
  /**
   * RFC 7638 JWK thumbprint (SHA-256, base64url) of the sealing public key.
   */
  keyId: string;
  /**
   * Seal instant, RFC 3339 in UTC (toISOString form), given by the caller.
   */
  signedAt: string;
  /**
   * SHA-256 of the document's bytes, lowercase hex.
   */
  documentSha256: string;
  /**
   * Ed25519 signature (64 bytes), base64url without padding.
   */
  signature: string;
}
