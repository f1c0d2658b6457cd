// Generated from runtime/src/http/schemas/kpi-tenant-list.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * KPIs per municipality (tenant): totals and per service. The central agency's supervisors, admins and auditors see every tenant; others the tenants where they hold one of those roles.
 */
export interface KpiTenantList {
  items: {
    tenantId: string;
    kind: 'agency' | 'municipality';
    nameKa: string;
    nameEn: string;
    opened: number;
    closed: number;
    medianHandlingSeconds: number | null;
    slaBreaches: number;
    services: {
      serviceId: string;
      /**
       * The service's title as the tenant sees it.
       */
      titleKa: string | null;
      titleEn: string | null;
      opened: number;
      closed: number;
      medianHandlingSeconds: number | null;
      slaBreaches: number;
    }[];
  }[];
}
