// Published versions, readable by every role of a tenant that authors the
// service or may run it: list, one version with its definition, the bundle
// export, and the diff between two versions (or a version and the draft).
import type { Bundle } from '@saqme/engine';
import { asc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import type { Tx } from '../../db/client.ts';
import { ROLES, serviceVersions } from '../../db/schema/index.ts';
import { withTenant } from '../../db/tenant.ts';
import type { BundleDiff } from '../../generated/bundle-diff.ts';
import type { DiffQuery } from '../../generated/diff-query.ts';
import type { ServiceVersion } from '../../generated/service-version.ts';
import { diffBundles } from '../../services/bundle-diff.ts';
import { ownService, versionOf } from '../../services/catalogue.ts';
import type { AppDeps, AppEnv } from '../env.ts';
import { jsonContent, jsonSchema, validQuery } from '../json-schema.ts';
import { authOf, requireRole } from '../middleware/session.ts';
import diffSchema from '../schemas/bundle-diff.schema.json' with { type: 'json' };
import diffQuerySchema from '../schemas/diff-query.schema.json' with { type: 'json' };
import versionSchema from '../schemas/service-version.schema.json' with { type: 'json' };
import { problemResponses } from './openapi-common.ts';
import { bundleResponse, notFound } from './route-helpers.ts';

const VersionBody = jsonSchema<ServiceVersion>(versionSchema);
const VersionListBody = jsonSchema<{ items: ServiceVersion[] }>({
  type: 'object',
  required: ['items'],
  properties: { items: { type: 'array', items: versionSchema } },
});
const DiffBody = jsonSchema<BundleDiff>(diffSchema);
const DiffQueryParams = jsonSchema<DiffQuery>(diffQuerySchema);

function versionParam(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1 || String(n) !== value) throw notFound();
  return n;
}

export function serviceVersionRoutes(deps: AppDeps) {
  const { db } = deps.database;
  const app = new Hono<AppEnv>();
  const anyRole = requireRole(...ROLES);
  const tag = { tags: ['services'] };

  app.get(
    '/api/services/:serviceId/versions',
    describeRoute({
      ...tag,
      summary: 'Published versions, oldest first',
      responses: {
        200: jsonContent(VersionListBody, 'Versions'),
        ...problemResponses(401, 403, 404),
      },
    }),
    anyRole,
    async (c) => {
      const serviceId = c.req.param('serviceId');
      const rows = await withTenant(db, authOf(c).tenantId, (tx) =>
        tx
          .select({
            serviceId: serviceVersions.serviceId,
            version: serviceVersions.version,
            hash: serviceVersions.hash,
            publishedAt: serviceVersions.publishedAt,
            publishedBy: serviceVersions.publishedBy,
          })
          .from(serviceVersions)
          .where(eq(serviceVersions.serviceId, serviceId))
          .orderBy(asc(serviceVersions.version)),
      );
      if (!rows.length) throw notFound();
      return c.json({
        items: rows.map((r) => ({ ...r, publishedAt: r.publishedAt.toISOString() })),
      });
    },
  );

  app.get(
    '/api/services/:serviceId/versions/:version',
    describeRoute({
      ...tag,
      summary: 'One version with its compiled definition',
      responses: {
        200: jsonContent(VersionBody, 'The version'),
        ...problemResponses(401, 403, 404),
      },
    }),
    anyRole,
    async (c) => {
      const row = await withTenant(db, authOf(c).tenantId, (tx) =>
        versionOf(tx, c.req.param('serviceId'), versionParam(c.req.param('version'))),
      );
      if (!row) throw notFound();
      const body: ServiceVersion = {
        serviceId: row.serviceId,
        version: row.version,
        hash: row.hash,
        publishedAt: row.publishedAt.toISOString(),
        publishedBy: row.publishedBy,
        definition: row.definition as Record<string, unknown>,
      };
      return c.json(body);
    },
  );

  app.get(
    '/api/services/:serviceId/versions/:version/bundle',
    describeRoute({
      ...tag,
      summary: "Export a version's bundle (JSON, or ZIP with ?format=zip)",
      responses: { 200: { description: 'The bundle' }, ...problemResponses(401, 403, 404) },
    }),
    anyRole,
    async (c) => {
      const serviceId = c.req.param('serviceId');
      const version = versionParam(c.req.param('version'));
      const row = await withTenant(db, authOf(c).tenantId, (tx) =>
        versionOf(tx, serviceId, version),
      );
      if (!row) throw notFound();
      return bundleResponse(c, row.bundle as Bundle, `${serviceId}-${version}`);
    },
  );

  app.get(
    '/api/services/:serviceId/diff',
    describeRoute({
      ...tag,
      summary: 'Compare two versions, or a version and the draft (?from=1&to=draft)',
      responses: {
        200: jsonContent(DiffBody, 'Changed files'),
        ...problemResponses(401, 403, 404, 422),
      },
    }),
    anyRole,
    validQuery(DiffQueryParams),
    async (c) => {
      const auth = authOf(c);
      const serviceId = c.req.param('serviceId');
      const { from, to } = c.req.valid('query');
      const side = async (tx: Tx, which: string): Promise<Bundle> => {
        const bundle =
          which === 'draft'
            ? (await ownService(tx, auth.tenantId, serviceId))?.draft
            : (await versionOf(tx, serviceId, Number(which)))?.bundle;
        if (!bundle) throw notFound();
        return bundle as Bundle;
      };
      const [a, b] = await withTenant(db, auth.tenantId, async (tx) => [
        await side(tx, from),
        await side(tx, to),
      ]);
      return c.json({ from, to, files: diffBundles(a, b, [from, to]) } satisfies BundleDiff);
    },
  );

  return app;
}
