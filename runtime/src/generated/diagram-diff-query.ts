// Generated from runtime/src/http/schemas/diagram-diff-query.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * Two published versions to compare, by number.
 */
export interface DiagramDiffQuery {
  from: string;
  to: string;
}
