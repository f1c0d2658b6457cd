// Generated from runtime/src/http/schemas/user-update.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * Changes to a user of the admin's tenant: display name, a new password, or disabling sign-in.
 */
export interface UserUpdate {
  displayName?: string;
  password?: string;
  disabled?: boolean;
}
