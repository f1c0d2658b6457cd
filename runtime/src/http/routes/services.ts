// Services as the authoring tenant's analysts see them: list, save a draft
// bundle (ZIP or JSON), validate it, export it, and publish it as an
// immutable version. Reading published versions is in service-versions.ts.
import type { Bundle } from '@saqme/engine';
import { asc, eq, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { appendAudit } from '../../audit/chain.ts';
import { ROLES, services, serviceVersions } from '../../db/schema/index.ts';
import { withTenant } from '../../db/tenant.ts';
import type { DraftResult } from '../../generated/draft-result.ts';
import type { ServiceList } from '../../generated/service-list.ts';
import type { ServiceVersion } from '../../generated/service-version.ts';
import { bundleFromJson, bundleFromZip } from '../../services/bundle-archive.ts';
import { compileInTenant, latestVersion, ownService, titlesOf } from '../../services/catalogue.ts';
import type { AppDeps, AppEnv } from '../env.ts';
import { jsonContent, jsonSchema } from '../json-schema.ts';
import { authOf, requireRole } from '../middleware/session.ts';
import { ProblemError } from '../problem.ts';
import bundleSchema from '../schemas/bundle.schema.json' with { type: 'json' };
import draftSchema from '../schemas/draft-result.schema.json' with { type: 'json' };
import listSchema from '../schemas/service-list.schema.json' with { type: 'json' };
import versionSchema from '../schemas/service-version.schema.json' with { type: 'json' };
import { problemResponses } from './openapi-common.ts';
import {
  bundleResponse,
  compiledDraft,
  isUniqueViolation,
  notFound,
  serviceIdParam,
} from './route-helpers.ts';

const DraftBody = jsonSchema<DraftResult>(draftSchema);
const ListBody = jsonSchema<ServiceList>(listSchema);
const VersionBody = jsonSchema<ServiceVersion>(versionSchema);

async function readBundle(req: Request): Promise<Bundle> {
  if ((req.headers.get('Content-Type') ?? '').startsWith('application/zip')) {
    return bundleFromZip(new Uint8Array(await req.arrayBuffer()));
  }
  const json = await req.json().catch(() => {
    throw new ProblemError(400, 'bundle.unreadable');
  });
  return bundleFromJson(json);
}

function draftResult(
  serviceId: string,
  compiled: Awaited<ReturnType<typeof compileInTenant>>,
): DraftResult {
  return {
    serviceId,
    ok: compiled.definition !== undefined,
    hash: compiled.definition?.hash ?? null,
    diagnostics: compiled.diagnostics,
  };
}

export function serviceRoutes(deps: AppDeps) {
  const { db } = deps.database;
  const app = new Hono<AppEnv>();
  const analyst = requireRole('analyst');
  const anyRole = requireRole(...ROLES);
  const tag = { tags: ['services'] };

  app.get(
    '/api/services',
    describeRoute({
      ...tag,
      summary: 'Services this tenant authors or may run',
      responses: { 200: jsonContent(ListBody, 'Services'), ...problemResponses(401, 403) },
    }),
    anyRole,
    async (c) => {
      const auth = authOf(c);
      const rows = await withTenant(db, auth.tenantId, (tx) =>
        tx
          .select({
            service: services,
            latestVersion: sql<
              number | null
            >`(SELECT max(v.version) FROM ${serviceVersions} v WHERE v.service_id = ${services.id})`,
          })
          .from(services)
          .orderBy(asc(services.id)),
      );
      const items = rows.map(({ service: s, latestVersion }) => ({
        id: s.id,
        ownerTenantId: s.tenantId,
        titleKa: s.titleKa,
        titleEn: s.titleEn,
        runnableBy: s.runnableBy,
        latestVersion: latestVersion === null ? null : Number(latestVersion),
        hasDraft: s.tenantId === auth.tenantId && s.draft !== null,
        updatedAt: s.updatedAt.toISOString(),
      }));
      return c.json({ items } satisfies ServiceList);
    },
  );

  app.put(
    '/api/services/:serviceId/draft',
    describeRoute({
      ...tag,
      summary: 'Save the draft bundle (creates the service); answers with its diagnostics',
      requestBody: {
        content: {
          'application/json': { schema: bundleSchema as Record<string, unknown> },
          'application/zip': { schema: { type: 'string', format: 'binary' } },
        },
      },
      responses: {
        200: jsonContent(DraftBody, 'Saved; diagnostics of the draft'),
        ...problemResponses(400, 401, 403, 413, 422),
      },
    }),
    analyst,
    async (c) => {
      const auth = authOf(c);
      const serviceId = serviceIdParam(c.req.param('serviceId'));
      const bundle = await readBundle(c.req.raw);
      const titles = titlesOf(bundle, serviceId);
      try {
        const compiled = await withTenant(db, auth.tenantId, async (tx) => {
          const now = deps.now();
          const existing = await ownService(tx, auth.tenantId, serviceId, true);
          if (existing) {
            await tx
              .update(services)
              .set({ draft: bundle, ...titles, updatedAt: now })
              .where(eq(services.id, serviceId));
          } else {
            await tx.insert(services).values({
              id: serviceId,
              tenantId: auth.tenantId,
              draft: bundle,
              ...titles,
              createdAt: now,
              updatedAt: now,
            });
          }
          await appendAudit(tx, {
            tenantId: auth.tenantId,
            actor: auth.user.id,
            type: 'service.draft-saved',
            payload: { serviceId, files: Object.keys(bundle.files).length },
            at: now,
          });
          return compileInTenant(tx, bundle, deps.actionCatalogue);
        });
        return c.json(draftResult(serviceId, compiled));
      } catch (e) {
        // Service ids are global names: one taken by another tenant is refused, not overwritten.
        if (isUniqueViolation(e)) throw new ProblemError(403, 'service.id-taken');
        throw e;
      }
    },
  );

  app.get(
    '/api/services/:serviceId/draft',
    describeRoute({
      ...tag,
      summary: 'Export the draft bundle (JSON, or ZIP with ?format=zip)',
      responses: { 200: { description: 'The bundle' }, ...problemResponses(401, 403, 404) },
    }),
    analyst,
    async (c) => {
      const auth = authOf(c);
      const serviceId = serviceIdParam(c.req.param('serviceId'));
      const service = await withTenant(db, auth.tenantId, (tx) =>
        ownService(tx, auth.tenantId, serviceId),
      );
      if (!service?.draft) throw notFound();
      return bundleResponse(c, service.draft as Bundle, `${serviceId}-draft`);
    },
  );

  app.post(
    '/api/services/:serviceId/draft/validate',
    describeRoute({
      ...tag,
      summary: 'Compile the draft and report its diagnostics',
      responses: { 200: jsonContent(DraftBody, 'Diagnostics'), ...problemResponses(401, 403, 404) },
    }),
    analyst,
    async (c) => {
      const auth = authOf(c);
      const serviceId = serviceIdParam(c.req.param('serviceId'));
      const compiled = await withTenant(db, auth.tenantId, async (tx) => {
        const service = await ownService(tx, auth.tenantId, serviceId);
        if (!service?.draft) throw notFound();
        return compileInTenant(tx, service.draft as Bundle, deps.actionCatalogue);
      });
      return c.json(draftResult(serviceId, compiled));
    },
  );

  app.post(
    '/api/services/:serviceId/versions',
    describeRoute({
      ...tag,
      summary:
        'Publish the draft as the next immutable version (the same content again returns the latest)',
      responses: {
        201: jsonContent(VersionBody, 'Published'),
        200: jsonContent(VersionBody, 'Unchanged since the latest version'),
        ...problemResponses(401, 403, 404, 422),
      },
    }),
    analyst,
    async (c) => {
      const auth = authOf(c);
      const serviceId = serviceIdParam(c.req.param('serviceId'));
      const { version, created } = await withTenant(db, auth.tenantId, async (tx) => {
        const service = await ownService(tx, auth.tenantId, serviceId, true);
        if (!service?.draft) throw notFound();
        const bundle = service.draft as Bundle;
        const definition = await compiledDraft(
          tx,
          bundle,
          serviceId,
          deps.actionCatalogue,
          'service.invalid',
        );
        const latest = await latestVersion(tx, serviceId);
        if (latest?.hash === definition.hash) return { version: latest, created: false };
        const now = deps.now();
        const [row] = await tx
          .insert(serviceVersions)
          .values({
            serviceId,
            version: (latest?.version ?? 0) + 1,
            tenantId: auth.tenantId,
            hash: definition.hash,
            bundle,
            definition,
            publishedAt: now,
            publishedBy: auth.user.id,
          })
          .returning();
        await tx
          .update(services)
          .set({
            runnableBy: definition.service.tenants,
            titleKa: definition.service.title.ka,
            titleEn: definition.service.title.en,
            updatedAt: now,
          })
          .where(eq(services.id, serviceId));
        await appendAudit(tx, {
          tenantId: auth.tenantId,
          actor: auth.user.id,
          type: 'service.published',
          payload: { serviceId, version: row!.version, hash: definition.hash },
          at: now,
        });
        return { version: row!, created: true };
      });
      const body: ServiceVersion = {
        serviceId,
        version: version.version,
        hash: version.hash,
        publishedAt: version.publishedAt.toISOString(),
        publishedBy: version.publishedBy,
      };
      return c.json(body, created ? 201 : 200);
    },
  );

  return app;
}
