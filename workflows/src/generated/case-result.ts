// Generated from workflows/src/schemas/case-result.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * What a finished `procedure` workflow returns.
 */
export interface CaseResult {
  caseId: string;
  status: 'completed' | 'cancelled';
  outcome?: string;
  variables: {
    [k: string]: unknown;
  };
  path: string[];
}
