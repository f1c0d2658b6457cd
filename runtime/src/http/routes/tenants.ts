// The tenants of the installation, public: the sign-in page lists them.
import { asc } from 'drizzle-orm';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { tenants } from '../../db/schema/index.ts';
import type { TenantList } from '../../generated/tenant-list.ts';
import type { AppDeps, AppEnv } from '../env.ts';
import { jsonContent, jsonSchema } from '../json-schema.ts';
import tenantListSchema from '../schemas/tenant-list.schema.json' with { type: 'json' };

const TenantListBody = jsonSchema<TenantList>(tenantListSchema);

export function tenantRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().get(
    '/api/tenants',
    describeRoute({
      tags: ['tenants'],
      summary: 'List the tenants (agency and municipalities)',
      responses: { 200: jsonContent(TenantListBody, 'Tenants') },
    }),
    async (c) => {
      const items = await deps.database.db
        .select({
          id: tenants.id,
          kind: tenants.kind,
          nameKa: tenants.nameKa,
          nameEn: tenants.nameEn,
        })
        .from(tenants)
        .orderBy(asc(tenants.id));
      return c.json({ items } satisfies TenantList);
    },
  );
}
