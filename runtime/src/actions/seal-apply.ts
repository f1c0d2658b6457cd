// seal.apply: seals a document stored earlier in the case with the
// installation's Ed25519 key and keeps the seal record beside it. The
// document must still have the sha256 the process was told: other bytes are
// never sealed.
import type { SealApplyInput } from '@saqme/examples';
import { businessError } from '@saqme/workflows';
import { eq } from 'drizzle-orm';
import { seals } from '../db/schema/index.ts';
import { withTenant } from '../db/tenant.ts';
import { documentContent } from '../documents/store.ts';
import type { ActionDefinition } from './registry.ts';
import type { Sealer, SealRecord } from './seal/index.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function sealApply(sealer: Sealer): ActionDefinition<SealApplyInput> {
  return {
    name: 'seal.apply',
    title: { ka: 'ელექტრონული ბეჭდის დასმა', en: 'Apply the electronic seal' },
    async run(input, { db, request }) {
      const { tenantId, idempotencyKey } = request;
      const [done] = await withTenant(db, tenantId, (tx) =>
        tx.select().from(seals).where(eq(seals.idempotencyKey, idempotencyKey)),
      );
      if (done) return { sealId: done.id, ...(done.record as SealRecord) };
      const stored = UUID.test(input.documentId)
        ? await documentContent(db, tenantId, input.documentId)
        : undefined;
      if (!stored) throw businessError('DOCUMENT_NOT_FOUND', `no document ${input.documentId}`);
      if (stored.meta.sha256 !== input.documentSha256)
        throw businessError('DOCUMENT_CHANGED', 'the document is not the one the case produced');
      const result = await sealer.seal({ document: stored.content, signedAt: input.signedAt });
      if (!result.ok) throw businessError('SEAL_REFUSED', `${result.code} at ${result.path}`);
      const [row] = await withTenant(db, tenantId, (tx) =>
        tx
          .insert(seals)
          .values({ tenantId, documentId: input.documentId, idempotencyKey, record: result.seal })
          .returning(),
      );
      return { sealId: row!.id, ...result.seal };
    },
  };
}
