// Generated from runtime/src/http/schemas/sandbox-run.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * Runs the service's saved draft in the sandbox tenant. `data` is the start form's data, validated against the draft's start form.
 */
export interface SandboxRun {
  data: {
    [k: string]: unknown;
  };
}
