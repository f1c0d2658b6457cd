// Generated from engine/src/schemas/action-catalogue.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * The actions an installation can run, by name: the runtime passes it to compile(), and a service task must name one of them.
 */
export interface ActionCatalogue {
  [k: string]: ActionCatalogueEntry;
}
export interface ActionCatalogueEntry {
  title?: Localized;
  /**
   * JSON Schema of the action's input.
   */
  input?: {
    [k: string]: unknown;
  };
  /**
   * JSON Schema of the action's output: checks FEEL paths into the result variable when service.json declares none.
   */
  output?: {
    [k: string]: unknown;
  };
}
export interface Localized {
  ka: string;
  en: string;
}
