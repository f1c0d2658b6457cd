// Generated from runtime/src/http/schemas/inbox-query.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * The inbox: open and claimed tasks offered to the caller's roles or assigned to them, soonest due first.
 */
export interface InboxQuery {
  /**
   * Only tasks assigned to the caller
   */
  mine?: 'true' | 'false';
  limit?: string;
  cursor?: string;
}
