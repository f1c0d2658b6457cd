// Generated from runtime/src/http/schemas/grant-request.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * A role to grant in the admin's current tenant.
 */
export interface GrantRequest {
  role: 'analyst' | 'clerk' | 'supervisor' | 'auditor' | 'admin';
}
