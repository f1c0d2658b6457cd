// Generated from runtime/src/actions/document/schemas/document-spec.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * A document described as data: what the document action renders to PDF. Every text carries the languages listed in `languages`; `issuer` is the issuing body printed at the top.
 */
export interface DocumentSpec {
  /**
   * Languages printed, in this order: each text shows its Georgian and/or English version.
   *
   * @minItems 1
   * @maxItems 2
   */
  languages: ['ka' | 'en'] | ['ka' | 'en', 'ka' | 'en'];
  issuer?: LocalizedText;
  title: LocalizedText;
  caseNumber: string;
  /**
   * Issue instant, RFC 3339 in UTC (toISOString form). It is printed as DD.MM.YYYY and becomes the PDF's creation and modification date, so equal input gives equal bytes.
   */
  issuedAt: string;
  /**
   * @maxItems 200
   */
  paragraphs?: LocalizedText[];
  /**
   * Case data printed as a two-column table.
   *
   * @maxItems 200
   */
  fields?: DocumentField[];
}
export interface LocalizedText {
  ka?: string;
  en?: string;
}
export interface DocumentField {
  label: LocalizedShortText;
  /**
   * Case data: one string for every language, or a text per language.
   */
  value: string | LocalizedShortText;
}
export interface LocalizedShortText {
  ka?: string;
  en?: string;
}
