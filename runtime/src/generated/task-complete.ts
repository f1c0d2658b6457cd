// Generated from runtime/src/http/schemas/task-complete.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * The task form's data; file fields hold ids of documents uploaded through POST /api/documents.
 */
export interface TaskComplete {
  data: {
    [k: string]: unknown;
  };
}
