// Generated from runtime/src/http/schemas/incident-resolve.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * skip: `output` stands in for the skipped action's result.
 */
export interface IncidentResolve {
  output?: {
    [k: string]: unknown;
  };
}
