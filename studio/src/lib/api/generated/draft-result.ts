// Generated from runtime/src/http/schemas/draft-result.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * The draft as compiled now: publishable when ok (no error diagnostics).
 */
export interface DraftResult {
  serviceId: string;
  ok: boolean;
  /**
   * The definition's content hash when ok
   */
  hash: string | null;
  diagnostics: {
    code: string;
    severity: 'error' | 'warning';
    path: string;
    element?: string;
    message: {
      ka: string;
      en: string;
    };
  }[];
}
