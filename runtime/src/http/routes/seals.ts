// Verifying sealed documents: every seal kept for a document is checked
// against the document's current bytes and the installation's key, so a
// change to the bytes or to a seal record is reported. The public key is
// published for offline checks.
import { createHash, createPublicKey } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { verifySeal } from '../../actions/seal/index.ts';
import { CASE_READERS } from '../../auth/permissions.ts';
import { seals } from '../../db/schema/index.ts';
import { withTenant } from '../../db/tenant.ts';
import { documentContent } from '../../documents/store.ts';
import type { SealVerificationResult } from '../../generated/seal-verification.ts';
import type { AppDeps, AppEnv } from '../env.ts';
import { jsonContent, jsonSchema } from '../json-schema.ts';
import { authOf, requireRole } from '../middleware/session.ts';
import verificationSchema from '../schemas/seal-verification.schema.json' with { type: 'json' };
import { problemResponses } from './openapi-common.ts';
import { notFound, uuidParam } from './route-helpers.ts';

const VerificationBody = jsonSchema<SealVerificationResult>(verificationSchema);
const KeysBody = jsonSchema<{ keys: unknown[] }>({
  type: 'object',
  required: ['keys'],
  properties: { keys: { type: 'array', items: { type: 'object' } } },
});

export function sealRoutes(deps: AppDeps) {
  const { db } = deps.database;
  const app = new Hono<AppEnv>();

  app.get(
    '/api/seal/keys',
    describeRoute({
      tags: ['documents'],
      summary: 'The public keys that seals verify against (JWK set)',
      responses: { 200: jsonContent(KeysBody, 'JWK set') },
    }),
    async (c) => {
      const key = await deps.sealer.publicKey();
      return c.json({ keys: [key.jwk] });
    },
  );

  app.post(
    '/api/documents/:documentId/verify',
    describeRoute({
      tags: ['documents'],
      summary: "Check the document's seals against its current bytes",
      responses: {
        200: jsonContent(VerificationBody, 'The result per seal'),
        ...problemResponses(401, 403, 404),
      },
    }),
    requireRole(...CASE_READERS),
    async (c) => {
      const auth = authOf(c);
      const id = uuidParam(c.req.param('documentId'));
      const stored = await documentContent(db, auth.tenantId, id);
      if (!stored) throw notFound();
      const records = await withTenant(db, auth.tenantId, (tx) =>
        tx.select().from(seals).where(eq(seals.documentId, id)).orderBy(seals.createdAt),
      );
      const published = await deps.sealer.publicKey();
      const trustedKeys = [createPublicKey({ key: published.jwk, format: 'jwk' })];
      const lang = c.get('lang');
      const results = records.map((r) => {
        const v = verifySeal({ document: stored.content, seal: r.record, trustedKeys });
        return v.ok
          ? { sealId: r.id, ok: true, keyId: v.keyId, signedAt: v.signedAt }
          : { sealId: r.id, ok: false, code: v.code, message: v.message[lang] };
      });
      const body: SealVerificationResult = {
        documentId: id,
        sha256: createHash('sha256').update(stored.content).digest('hex'),
        valid: results.length > 0 && results.every((r) => r.ok),
        seals: results,
      };
      return c.json(body);
    },
  );

  return app;
}
