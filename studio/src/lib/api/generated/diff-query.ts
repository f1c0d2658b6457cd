// Generated from runtime/src/http/schemas/diff-query.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * Two sides to compare: version numbers, or `draft` (the authoring tenant's working copy).
 */
export interface DiffQuery {
  from: string;
  to: string;
}
