// Generated from runtime/src/http/schemas/tenant-list.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * The tenants of this installation, for the sign-in page.
 */
export interface TenantList {
  items: {
    id: string;
    kind: 'agency' | 'municipality' | 'sandbox';
    nameKa: string;
    nameEn: string;
  }[];
}
