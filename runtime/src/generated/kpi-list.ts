// Generated from runtime/src/http/schemas/kpi-list.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * Per service, in the session's tenant: cases opened and closed, median handling time of closed cases, and cases with a task past its due time.
 */
export interface KpiList {
  tenantId: string;
  items: {
    serviceId: string;
    opened: number;
    closed: number;
    medianHandlingSeconds: number | null;
    slaBreaches: number;
  }[];
}
