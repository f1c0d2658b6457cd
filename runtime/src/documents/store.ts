// Stores and reads documents under a tenant transaction. The bytes go in the
// row (bytea): see the schema for why. A case id must name a case visible in
// the tenant: foreign keys are checked without row-level security, so the
// check is explicit.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { eq } from 'drizzle-orm';
import { appendAudit } from '../audit/chain.ts';
import type { Db, Tx } from '../db/client.ts';
import { cases, documents } from '../db/schema/index.ts';
import { withTenant } from '../db/tenant.ts';
import type { DocumentMediaType } from './media-type.ts';

export interface DocumentMeta {
  id: string;
  caseId: string | null;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
}

export interface NewDocument {
  tenantId: string;
  /** The uploader; absent when an action of the case made the document. */
  userId?: string;
  /** Who the audit names when no user uploaded it, e.g. `citizen:<personal number>`. */
  actor?: string;
  caseId?: string;
  /** An action's key: storing again with it returns the first document. */
  idempotencyKey?: string;
  fileName: string;
  mediaType: DocumentMediaType;
  content: Uint8Array;
  at: Date;
}

const META = {
  id: documents.id,
  caseId: documents.caseId,
  fileName: documents.fileName,
  mediaType: documents.mediaType,
  size: documents.size,
  sha256: documents.sha256,
  uploadedAt: documents.uploadedAt,
};

function toMeta(row: { uploadedAt: Date } & Omit<DocumentMeta, 'uploadedAt'>): DocumentMeta {
  return { ...row, uploadedAt: row.uploadedAt.toISOString() };
}

/** Returns undefined when the case is not visible in the tenant. */
export function storeDocument(db: Db, doc: NewDocument): Promise<DocumentMeta | undefined> {
  return withTenant(db, doc.tenantId, (tx) => storeDocumentIn(tx, doc));
}

/** The same inside the caller's tenant transaction, e.g. with the case it belongs to. */
export async function storeDocumentIn(tx: Tx, doc: NewDocument): Promise<DocumentMeta | undefined> {
  if (doc.caseId) {
    const [visible] = await tx.select({ id: cases.id }).from(cases).where(eq(cases.id, doc.caseId));
    if (!visible) return undefined;
  }
  if (doc.idempotencyKey) {
    const [existing] = await tx
      .select(META)
      .from(documents)
      .where(eq(documents.idempotencyKey, doc.idempotencyKey));
    if (existing) return toMeta(existing);
  }
  const digest = encodeHexLowerCase(sha256(doc.content));
  const [row] = await tx
    .insert(documents)
    .values({
      tenantId: doc.tenantId,
      caseId: doc.caseId ?? null,
      fileName: doc.fileName,
      mediaType: doc.mediaType,
      size: doc.content.byteLength,
      sha256: digest,
      content: doc.content,
      uploadedBy: doc.userId ?? null,
      idempotencyKey: doc.idempotencyKey ?? null,
      uploadedAt: doc.at,
    })
    .returning(META);
  await appendAudit(tx, {
    tenantId: doc.tenantId,
    actor: doc.userId ?? doc.actor ?? 'system',
    type: doc.userId || doc.actor ? 'document.uploaded' : 'document.generated',
    payload: {
      documentId: row!.id,
      caseId: doc.caseId ?? null,
      fileName: doc.fileName,
      size: row!.size,
      sha256: digest,
    },
    at: doc.at,
  });
  return toMeta(row!);
}

export async function documentMeta(
  db: Db,
  tenantId: string,
  id: string,
): Promise<DocumentMeta | undefined> {
  const [row] = await withTenant(db, tenantId, (tx) =>
    tx.select(META).from(documents).where(eq(documents.id, id)),
  );
  return row && toMeta(row);
}

export async function documentContent(
  db: Db,
  tenantId: string,
  id: string,
): Promise<{ meta: DocumentMeta; content: Uint8Array } | undefined> {
  const [row] = await withTenant(db, tenantId, (tx) =>
    tx
      .select({ ...META, content: documents.content })
      .from(documents)
      .where(eq(documents.id, id)),
  );
  if (!row) return undefined;
  const { content, ...meta } = row;
  return { meta: toMeta(meta), content };
}
