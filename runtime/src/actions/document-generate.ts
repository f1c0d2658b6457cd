// document.generate: renders the described document to PDF and stores it in
// the documents table under the case; the action's idempotency key finds the
// same document when Temporal retries after a commit.
import type { DocumentGenerateInput } from '@saqme/examples';
import { businessError } from '@saqme/workflows';
import { caseRowId } from '../activities/row-ids.ts';
import { storeDocument } from '../documents/store.ts';
import type { DocumentGenerator } from './document/index.ts';
import type { ActionDefinition } from './registry.ts';

export function documentGenerate(
  generator: DocumentGenerator,
): ActionDefinition<DocumentGenerateInput> {
  return {
    name: 'document.generate',
    title: { ka: 'დოკუმენტის შექმნა', en: 'Generate a document' },
    async run(input, { db, request, now }) {
      const result = await generator.generate(input);
      if (!result.ok) throw businessError('DOCUMENT_INVALID', `${result.code} at ${result.path}`);
      const meta = await storeDocument(db, {
        tenantId: request.tenantId,
        caseId: caseRowId(request.caseId),
        fileName: `${input.caseNumber}-${request.node}.pdf`,
        mediaType: 'application/pdf',
        content: result.document.bytes,
        idempotencyKey: request.idempotencyKey,
        at: now(),
      });
      if (!meta) throw businessError('CASE_NOT_FOUND', `case ${request.caseId} is not visible`);
      return { documentId: meta.id, sha256: meta.sha256, pageCount: result.document.pageCount };
    },
  };
}
