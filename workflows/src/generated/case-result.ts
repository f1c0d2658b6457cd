// Generated from workflows/src/schemas/case-result.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * What a finished `procedure` workflow returns.
 */
export interface CaseResult {
  caseId: string;
  status: 'completed' | 'cancelled';
  outcome?: string;
  /**
   * Set when the case ended through an error end event nothing caught: a parent's call activity throws it.
   */
  error?: {
    code: string;
    message?: string;
  };
  variables: {
    [k: string]: unknown;
  };
  path: string[];
}
