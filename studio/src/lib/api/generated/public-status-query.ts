// Generated from runtime/src/http/schemas/public-status-query.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * A case number and its status token, posted (never in a URL, where logs and history would keep the token).
 */
export interface PublicStatusQuery {
  number: string;
  token: string;
}
