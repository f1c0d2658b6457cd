// Generated from runtime/src/http/schemas/user-create.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * A new user, administered by the admin's current tenant and granted the given roles there.
 */
export interface UserCreate {
  username: string;
  displayName: string;
  password: string;
  roles?: ('analyst' | 'clerk' | 'supervisor' | 'auditor' | 'admin')[];
}
