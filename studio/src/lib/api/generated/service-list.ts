// Generated from runtime/src/http/schemas/service-list.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * Services this tenant authors or may run, with their latest published version.
 */
export interface ServiceList {
  items: {
    id: string;
    ownerTenantId: string;
    titleKa: string;
    titleEn: string;
    runnableBy: string[];
    latestVersion: number | null;
    /**
     * Shown to the authoring tenant only
     */
    hasDraft: boolean;
    updatedAt: string;
  }[];
}
