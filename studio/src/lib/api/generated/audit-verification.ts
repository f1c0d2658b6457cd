// Generated from runtime/src/http/schemas/audit-verification.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * The outcome of verifying the current tenant's audit hash chain.
 */
export interface AuditVerification {
  ok: boolean;
  events: number;
  breaks: {
    seq: number;
    code: 'hash-mismatch' | 'link-broken' | 'seq-gap' | 'head-mismatch';
  }[];
}
