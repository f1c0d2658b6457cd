// Generated from runtime/src/actions/document/schemas/template-request.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * Render a stored template for one case.
 */
export interface TemplateRequest {
  /**
   * File name of the template without `.template.json`.
   */
  templateId: string;
  /**
   * @minItems 1
   * @maxItems 2
   */
  languages: ['ka' | 'en'] | ['ka' | 'en', 'ka' | 'en'];
  caseNumber: string;
  issuedAt: string;
  /**
   * Values for the template's {{name}} placeholders.
   */
  data?: {
    [k: string]: string | number;
  };
}
