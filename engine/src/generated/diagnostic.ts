// Generated from engine/src/schemas/diagnostic.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * A finding of compile(): a stable code, where it is and what it means in Georgian and English.
 */
export interface Diagnostic {
  code: string;
  severity: 'error' | 'warning';
  /**
   * Bundle file, then '#' and a JSON pointer when it is a JSON file.
   */
  path: string;
  /**
   * BPMN element id, when the finding is about one.
   */
  element?: string;
  message: {
    ka: string;
    en: string;
  };
}
