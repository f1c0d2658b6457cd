// Generated from runtime/src/http/schemas/document.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * An uploaded document's metadata; its bytes are at ./content.
 */
export interface Document {
  id: string;
  caseId: string | null;
  fileName: string;
  mediaType: 'application/pdf' | 'image/png' | 'image/jpeg';
  size: number;
  sha256: string;
  uploadedAt: string;
}
