// Generated from runtime/src/http/schemas/public-case-status.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * A case as its applicant sees it: where it is and how it ended; no form data, no staff names.
 */
export interface PublicCaseStatus {
  number: string;
  serviceId: string;
  serviceTitle: PublicStatusLocalized;
  tenant: {
    id: string;
    nameKa: string;
    nameEn: string;
  };
  /**
   * Incidents and waits are internal: an applicant sees them as in progress.
   */
  status: 'in-progress' | 'completed' | 'cancelled';
  /**
   * The steps the case is at now, by their names.
   */
  steps: PublicStatusLocalized[];
  /**
   * How a finished case ended: the end event's outcome and name.
   */
  outcome: null | {
    code: string;
    name: PublicStatusLocalized;
  };
  openedAt: string;
  dueAt: string | null;
  closedAt: string | null;
}
export interface PublicStatusLocalized {
  ka: string;
  en: string;
}
