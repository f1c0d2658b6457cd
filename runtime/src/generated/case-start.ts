// Generated from runtime/src/http/schemas/case-start.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * Opens a case of the latest published version of a service runnable in the session's tenant. `data` is the start form's data, validated against the form.
 */
export interface CaseStart {
  serviceId: string;
  data: {
    [k: string]: unknown;
  };
}
