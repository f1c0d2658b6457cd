// Generated from runtime/src/http/schemas/public-service.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * One service open to citizens: its start form as a citizen fills it in (without the fields the identity provider fills) and the tenants that run it.
 */
export interface PublicService {
  id: string;
  version: number;
  title: PublicServiceLocalized;
  description?: PublicServiceLocalized;
  tenants: {
    id: string;
    nameKa: string;
    nameEn: string;
  }[];
  /**
   * A form file (schemaVersion, schema, ui) as @saqme/forms reads it.
   */
  form: {
    [k: string]: unknown;
  };
  /**
   * Start-form fields the runtime fills from the identity; not in `form`.
   */
  identityFields: ('personalNumber' | 'firstName' | 'lastName')[];
}
export interface PublicServiceLocalized {
  ka: string;
  en: string;
}
