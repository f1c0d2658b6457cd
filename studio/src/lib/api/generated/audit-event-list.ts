// Generated from runtime/src/http/schemas/audit-event-list.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * A page of the current tenant's audit chain, oldest first; `next` is the seq to continue after.
 */
export interface AuditEventList {
  items: {
    seq: number;
    prevHash: string;
    hash: string;
    actor: string;
    type: string;
    payload: {
      [k: string]: unknown;
    };
    at: string;
  }[];
  next: number | null;
}
