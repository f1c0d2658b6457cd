// Generated from runtime/src/http/schemas/public-case-receipt.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * What an applicant keeps: the case number and the status token that together let them follow the case.
 */
export interface PublicCaseReceipt {
  number: string;
  statusToken: string;
  serviceId: string;
  tenantId: string;
  openedAt: string;
}
