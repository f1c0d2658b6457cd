// Files a citizen attaches to an application: stored as documents of the new
// case in the case's own transaction, audited as the citizen's uploads, and
// referenced from the form data by document id.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { appendAudit } from '../../audit/chain.ts';
import type { Tx } from '../../db/client.ts';
import { documents } from '../../db/schema/index.ts';
import { sniffMediaType } from '../../documents/media-type.ts';
import type { FieldIssue } from '../problem.ts';

function setRef(data: Record<string, unknown>, pointer: string, ref: string): void {
  let at: unknown = data;
  for (const k of pointer.split('/').slice(1)) at = (at as Record<string, unknown>)?.[k];
  if (at && typeof at === 'object') (at as Record<string, unknown>).ref = ref;
}

export async function storeCitizenFiles(
  tx: Tx,
  options: {
    tenantId: string;
    actor: string;
    caseId: string;
    data: Record<string, unknown>;
    files: Map<string, File>;
    at: Date;
  },
): Promise<{ ok: true; data: Record<string, unknown> } | { ok: false; issues: FieldIssue[] }> {
  const data = structuredClone(options.data);
  for (const [pointer, file] of options.files) {
    const content = new Uint8Array(await file.arrayBuffer());
    const mediaType = sniffMediaType(content);
    if (!mediaType)
      return {
        ok: false,
        issues: [
          {
            code: 'document.type-not-allowed',
            path: `/data${pointer}`,
            params: { mediaType: file.type || 'unknown' },
          },
        ],
      };
    const digest = encodeHexLowerCase(sha256(content));
    const [row] = await tx
      .insert(documents)
      .values({
        tenantId: options.tenantId,
        caseId: options.caseId,
        fileName: file.name || 'document',
        mediaType,
        size: content.byteLength,
        sha256: digest,
        content,
        uploadedAt: options.at,
      })
      .returning({ id: documents.id });
    await appendAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      type: 'document.uploaded',
      payload: {
        documentId: row!.id,
        caseId: options.caseId,
        fileName: file.name || 'document',
        size: content.byteLength,
        sha256: digest,
      },
      at: options.at,
    });
    setRef(data, pointer, row!.id);
  }
  return { ok: true, data };
}
