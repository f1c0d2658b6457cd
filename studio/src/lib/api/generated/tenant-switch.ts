// Generated from runtime/src/http/schemas/tenant-switch.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * Chooses the tenant the session acts in, among the user's grants.
 */
export interface TenantSwitch {
  tenantId: string;
}
