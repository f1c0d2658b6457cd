// Generated from runtime/src/http/schemas/session-info.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * Who is signed in, the tenant they act in, and their roles there and elsewhere.
 */
export interface SessionInfo {
  user: {
    id: string;
    username: string;
    displayName: string;
  };
  tenantId: string;
  roles: ('analyst' | 'clerk' | 'supervisor' | 'auditor' | 'admin')[];
  grants: {
    tenantId: string;
    role: 'analyst' | 'clerk' | 'supervisor' | 'auditor' | 'admin';
  }[];
  /**
   * When the session ends at the latest; inactivity ends it sooner.
   */
  expiresAt: string;
}
