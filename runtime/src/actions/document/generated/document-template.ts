// Generated from runtime/src/actions/document/schemas/document-template.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * A reusable document: texts may hold {{name}} placeholders, filled from the request's data.
 */
export interface DocumentTemplate {
  issuer?: TemplateText;
  title: TemplateText;
  /**
   * @maxItems 200
   */
  paragraphs?: TemplateText[];
  /**
   * @maxItems 200
   */
  fields?: TemplateField[];
}
export interface TemplateText {
  ka?: string;
  en?: string;
}
export interface TemplateField {
  label: TemplateText;
  value: string | TemplateText;
}
