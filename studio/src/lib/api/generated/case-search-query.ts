// Generated from runtime/src/http/schemas/case-search-query.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * Filters for the case search, newest first; `cursor` continues from the previous page's `next`.
 */
export interface CaseSearchQuery {
  serviceId?: string;
  status?: 'open' | 'waiting' | 'incident' | 'completed' | 'cancelled';
  openedFrom?: string;
  openedTo?: string;
  personalNumber?: string;
  limit?: string;
  cursor?: string;
}
