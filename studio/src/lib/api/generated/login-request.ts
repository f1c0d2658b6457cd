// Generated from runtime/src/http/schemas/login-request.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * Credentials, and optionally the tenant to act in (default: the user's home tenant, or the first granted).
 */
export interface LoginRequest {
  username: string;
  password: string;
  tenantId?: string;
}
