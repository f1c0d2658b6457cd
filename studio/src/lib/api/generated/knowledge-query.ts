// Generated from runtime/src/http/schemas/knowledge-query.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * Search the knowledge base: the guide pages of the latest published version of every service the tenant may read. Without q, every page.
 */
export interface KnowledgeQuery {
  /**
   * Words that must all occur in a page (its title or text, Georgian or English), case-insensitive
   */
  q?: string;
  serviceId?: string;
}
