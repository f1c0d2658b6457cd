// Generated from runtime/src/http/schemas/user.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * A user as the admin of the current tenant sees them, with their roles in that tenant.
 */
export interface User {
  id: string;
  username: string;
  displayName: string;
  homeTenantId: string;
  disabled: boolean;
  roles: ('analyst' | 'clerk' | 'supervisor' | 'auditor' | 'admin')[];
}
