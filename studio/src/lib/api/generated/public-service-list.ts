// Generated from runtime/src/http/schemas/public-service-list.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * Published services open to citizens, with the tenants (agency or municipalities) that run each.
 */
export interface PublicServiceList {
  items: PublicServiceSummary[];
}
export interface PublicServiceSummary {
  id: string;
  version: number;
  title: PublicLocalized;
  description?: PublicLocalized;
  tenants: PublicTenant[];
}
export interface PublicLocalized {
  ka: string;
  en: string;
}
export interface PublicTenant {
  id: string;
  nameKa: string;
  nameEn: string;
}
