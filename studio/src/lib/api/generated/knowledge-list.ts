// Generated from runtime/src/http/schemas/knowledge-list.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * Guide pages of the knowledge base, best match first: a service's guide (elementId 'service') and its steps' guides.
 */
export interface KnowledgeList {
  items: {
    serviceId: string;
    version: number;
    /**
     * 'service' for the service's own guide, else the step's element id
     */
    elementId: string;
    serviceTitle: Localized;
    title: Localized;
    text: Localized1;
    excerpt: Localized2;
  }[];
}
export interface Localized {
  ka: string;
  en: string;
}
/**
 * The page's Markdown
 */
export interface Localized1 {
  ka: string;
  en: string;
}
/**
 * Plain text around the first match (or the page's opening)
 */
export interface Localized2 {
  ka: string;
  en: string;
}
