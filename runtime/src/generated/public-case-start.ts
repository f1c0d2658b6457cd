// Generated from runtime/src/http/schemas/public-case-start.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * A citizen's application: the tenant (agency or municipality) it is addressed to and the start form's data. Identity fields are filled by the runtime.
 */
export interface PublicCaseStart {
  tenantId: string;
  data: {
    [k: string]: unknown;
  };
}
