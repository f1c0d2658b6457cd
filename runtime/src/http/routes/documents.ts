// Documents for form file fields: upload (multipart, size- and type-limited,
// type recognised from the bytes), metadata, and download, all inside the
// session's tenant.
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { CASE_READERS, DOCUMENT_WRITERS } from '../../auth/permissions.ts';
import { sniffMediaType } from '../../documents/media-type.ts';
import { documentContent, documentMeta, storeDocument } from '../../documents/store.ts';
import type { Document } from '../../generated/document.ts';
import type { AppDeps, AppEnv } from '../env.ts';
import { jsonContent, jsonSchema } from '../json-schema.ts';
import { authOf, requireRole } from '../middleware/session.ts';
import { ProblemError } from '../problem.ts';
import documentSchema from '../schemas/document.schema.json' with { type: 'json' };
import { problemResponses } from './openapi-common.ts';
import { notFound, uuidParam } from './route-helpers.ts';

const DocumentBody = jsonSchema<Document>(documentSchema);

/** Keeps the last path segment, without control characters, at most 255 characters. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = [...base]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f)
    .join('')
    .trim()
    .slice(0, 255);
  return clean || 'document';
}

export function documentRoutes(deps: AppDeps) {
  const { db } = deps.database;
  const app = new Hono<AppEnv>();

  app.post(
    '/api/documents',
    describeRoute({
      tags: ['documents'],
      summary: 'Upload a document (multipart/form-data: file, optional caseId)',
      requestBody: {
        content: {
          'multipart/form-data': {
            schema: {
              type: 'object',
              required: ['file'],
              properties: {
                file: { type: 'string', format: 'binary' },
                caseId: { type: 'string', format: 'uuid' },
              },
            },
          },
        },
      },
      responses: {
        201: jsonContent(DocumentBody, 'Stored'),
        ...problemResponses(401, 403, 404, 413, 422),
      },
    }),
    requireRole(...DOCUMENT_WRITERS),
    async (c) => {
      const auth = authOf(c);
      const form = await c.req.parseBody().catch(() => {
        throw new ProblemError(400, 'request.malformed');
      });
      const file = form.file;
      if (!(file instanceof File)) {
        throw new ProblemError(422, 'request.invalid', {
          issues: [{ code: 'document.file-missing', path: '/file' }],
        });
      }
      if (file.size > deps.documents.maxBytes) {
        throw new ProblemError(413, 'document.too-large', {
          params: { limit: deps.documents.maxBytes },
        });
      }
      const content = new Uint8Array(await file.arrayBuffer());
      const mediaType = sniffMediaType(content);
      if (!mediaType) {
        const issue = {
          code: 'document.type-not-allowed' as const,
          path: '/file',
          params: { mediaType: file.type || '?' },
        };
        throw new ProblemError(422, 'request.invalid', { issues: [issue] });
      }
      const caseId =
        typeof form.caseId === 'string' && form.caseId ? uuidParam(form.caseId) : undefined;
      const meta = await storeDocument(db, {
        tenantId: auth.tenantId,
        userId: auth.user.id,
        ...(caseId ? { caseId } : {}),
        fileName: cleanFileName(file.name),
        mediaType,
        content,
        at: deps.now(),
      });
      if (!meta) throw notFound();
      return c.json(meta, 201);
    },
  );

  app.get(
    '/api/documents/:documentId',
    describeRoute({
      tags: ['documents'],
      summary: "A document's metadata",
      responses: { 200: jsonContent(DocumentBody, 'Metadata'), ...problemResponses(401, 403, 404) },
    }),
    requireRole(...CASE_READERS),
    async (c) => {
      const meta = await documentMeta(db, authOf(c).tenantId, uuidParam(c.req.param('documentId')));
      if (!meta) throw notFound();
      return c.json(meta);
    },
  );

  app.get(
    '/api/documents/:documentId/content',
    describeRoute({
      tags: ['documents'],
      summary: "A document's bytes, as an attachment",
      responses: { 200: { description: 'The file' }, ...problemResponses(401, 403, 404) },
    }),
    requireRole(...CASE_READERS),
    async (c) => {
      const found = await documentContent(
        db,
        authOf(c).tenantId,
        uuidParam(c.req.param('documentId')),
      );
      if (!found) throw notFound();
      return c.body(found.content as Uint8Array<ArrayBuffer>, 200, {
        'Content-Type': found.meta.mediaType,
        'Content-Length': String(found.meta.size),
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(found.meta.fileName)}`,
        'Cache-Control': 'private, no-store',
      });
    },
  );

  return app;
}
