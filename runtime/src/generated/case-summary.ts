// Generated from runtime/src/http/schemas/case-summary.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * A case as the search lists it (from the projection; Temporal holds the truth).
 */
export interface CaseSummary {
  id: string;
  serviceId: string;
  serviceVersion: number;
  status: 'open' | 'waiting' | 'incident' | 'completed' | 'cancelled';
  applicantPersonalNumber: string | null;
  currentSteps: string[];
  openedAt: string;
  closedAt: string | null;
  dueAt: string | null;
  /**
   * The human case number, e.g. MR-2026-000123.
   */
  number?: string | null;
}
