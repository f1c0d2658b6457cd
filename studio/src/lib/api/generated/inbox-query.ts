// Generated from runtime/src/http/schemas/inbox-query.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * The inbox: open and claimed tasks offered to the caller's roles or assigned to them, soonest due first. With scope=tenant (supervisors and admins) every open task of the tenant.
 */
export interface InboxQuery {
  /**
   * Only tasks assigned to the caller
   */
  mine?: 'true' | 'false';
  limit?: string;
  cursor?: string;
  /**
   * Only tasks of cases of this service
   */
  serviceId?: string;
  /**
   * Only tasks past their due time
   */
  overdue?: 'true' | 'false';
  /**
   * One queue: only tasks offered to this role
   */
  role?: 'analyst' | 'clerk' | 'supervisor' | 'auditor' | 'admin';
  /**
   * offered (default): the caller's inbox; tenant: every open task of the tenant (supervisors and admins)
   */
  scope?: 'offered' | 'tenant';
}
