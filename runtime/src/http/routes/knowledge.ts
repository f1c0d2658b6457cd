// The knowledge base: the guide pages of the latest published version of
// every service the session's tenant may read (row-level security decides
// which), searchable by words in Georgian and English.
import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { rowsOf } from '../../db/client.ts';
import { ROLES } from '../../db/schema/index.ts';
import { withTenant } from '../../db/tenant.ts';
import type { KnowledgeList } from '../../generated/knowledge-list.ts';
import type { KnowledgeQuery } from '../../generated/knowledge-query.ts';
import type { AppDeps, AppEnv } from '../env.ts';
import { jsonContent, jsonSchema, validQuery } from '../json-schema.ts';
import { authOf, requireRole } from '../middleware/session.ts';
import listSchema from '../schemas/knowledge-list.schema.json' with { type: 'json' };
import querySchema from '../schemas/knowledge-query.schema.json' with { type: 'json' };
import { type PublishedGuides, pagesOf, queryWords, searchPages } from './knowledge-search.ts';
import { problemResponses } from './openapi-common.ts';

const Query = jsonSchema<KnowledgeQuery>(querySchema);
const ListBody = jsonSchema<KnowledgeList>(listSchema);

export function knowledgeRoutes(deps: AppDeps) {
  const { db } = deps.database;
  const app = new Hono<AppEnv>();

  app.get(
    '/api/knowledge',
    describeRoute({
      tags: ['services'],
      summary: 'Search the guide pages of the latest published version of every readable service',
      responses: {
        200: jsonContent(ListBody, 'Matching pages, best first'),
        ...problemResponses(401, 403, 422),
      },
    }),
    requireRole(...ROLES),
    validQuery(Query),
    async (c) => {
      const q = c.req.valid('query');
      // Only the guides and titles leave the database, not the forms and flows.
      const result = await withTenant(db, authOf(c).tenantId, (tx) =>
        tx.execute(sql`
          SELECT DISTINCT ON (v.service_id)
                 v.service_id AS "serviceId",
                 v.version,
                 jsonb_build_object(
                   'title', v.definition -> 'service' -> 'title',
                   'guide', v.definition -> 'service' -> 'guide'
                 ) AS service,
                 (SELECT jsonb_object_agg(n.key, jsonb_build_object(
                           'name', n.value -> 'name', 'guide', n.value -> 'guide'))
                    FROM jsonb_each(coalesce(v.definition -> 'nodes', '{}'::jsonb)) AS n
                   WHERE n.value ? 'guide') AS nodes
            FROM service_versions v
           WHERE ${q.serviceId ? sql`v.service_id = ${q.serviceId}` : sql`true`}
           ORDER BY v.service_id, v.version DESC`),
      );
      const pages = pagesOf(rowsOf<PublishedGuides>(result).map(withoutNulls));
      return c.json({ items: searchPages(pages, queryWords(q.q)) } satisfies KnowledgeList);
    },
  );

  return app;
}

/** jsonb_build_object keeps absent keys as null; the pages treat them as absent. */
function withoutNulls(row: PublishedGuides): PublishedGuides {
  const clean = <T extends object>(o: T | null) =>
    o ? (Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null)) as T) : null;
  return {
    ...row,
    service: clean(row.service),
    nodes: row.nodes
      ? Object.fromEntries(Object.entries(row.nodes).map(([k, v]) => [k, clean(v)!]))
      : null,
  };
}
