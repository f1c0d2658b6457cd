// Generated from runtime/src/http/schemas/seal-verification.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * Each seal of the document checked against its current bytes: any change to either breaks it.
 */
export interface SealVerificationResult {
  documentId: string;
  sha256: string;
  /**
   * At least one seal, and every seal verifies.
   */
  valid: boolean;
  seals: {
    sealId: string;
    ok: boolean;
    keyId?: string;
    signedAt?: string;
    code?: string;
    message?: string;
  }[];
}
