// Generated from runtime/src/http/schemas/case-cancel.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

export interface CaseCancel {
  reason?: string;
}
