// Generated from runtime/src/http/schemas/sandbox-case.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * A case opened in the sandbox tenant on a sandbox-only pin of a draft. `serviceId` is the pin's id (`sandbox:<service>`), which no municipality can see or start; `draftServiceId` is the authored service.
 */
export interface SandboxCase {
  caseId: string;
  number: string;
  tenantId: 'sandbox';
  serviceId: string;
  draftServiceId: string;
  version: number;
  hash: string;
}
