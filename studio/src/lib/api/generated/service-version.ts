// Generated from runtime/src/http/schemas/service-version.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * A published, immutable version: (serviceId, version, hash); the definition only when asked for one version.
 */
export interface ServiceVersion {
  serviceId: string;
  version: number;
  hash: string;
  publishedAt: string;
  publishedBy: string | null;
  definition?: {
    [k: string]: unknown;
  };
}
