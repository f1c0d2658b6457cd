// Generated from engine/src/schemas/form.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * forms/<key>.form.json as the engine reads it: the data schema and an opaque UI schema (owned by @saqme/forms).
 */
export interface FormFile {
  $schema?: string;
  schemaVersion?: 1;
  title?: Localized;
  /**
   * JSON Schema 2020-12 of the form's data.
   */
  schema: {
    [k: string]: unknown;
  };
  ui?: {
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
export interface Localized {
  ka: string;
  en: string;
}
