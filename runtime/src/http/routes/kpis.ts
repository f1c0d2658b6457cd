// KPIs per service in the session's tenant, from the projection: cases
// opened and closed, the median handling time of closed cases, and SLA
// breaches (cases with a task that was or is past its due time).
import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { CASE_READERS } from '../../auth/permissions.ts';
import { rowsOf } from '../../db/client.ts';
import { withTenant } from '../../db/tenant.ts';
import type { KpiList } from '../../generated/kpi-list.ts';
import type { AppDeps, AppEnv } from '../env.ts';
import { jsonContent, jsonSchema } from '../json-schema.ts';
import { authOf, requireRole } from '../middleware/session.ts';
import kpiSchema from '../schemas/kpi-list.schema.json' with { type: 'json' };
import { problemResponses } from './openapi-common.ts';

const KpiBody = jsonSchema<KpiList>(kpiSchema);

export function kpiRoutes(deps: AppDeps) {
  const { db } = deps.database;
  const app = new Hono<AppEnv>();

  app.get(
    '/api/kpis',
    describeRoute({
      tags: ['cases'],
      summary: 'Cases opened and closed, median handling time and SLA breaches per service',
      responses: { 200: jsonContent(KpiBody, 'KPIs of the tenant'), ...problemResponses(401, 403) },
    }),
    requireRole(...CASE_READERS),
    async (c) => {
      const auth = authOf(c);
      const now = deps.now();
      const result = await withTenant(db, auth.tenantId, (tx) =>
        tx.execute(sql`
          SELECT c.service_id AS "serviceId",
                 count(*)::int AS opened,
                 count(c.closed_at)::int AS closed,
                 percentile_cont(0.5) WITHIN GROUP (
                   ORDER BY extract(epoch FROM c.closed_at - c.opened_at)
                 ) FILTER (WHERE c.closed_at IS NOT NULL) AS "medianHandlingSeconds",
                 count(*) FILTER (WHERE EXISTS (
                   SELECT 1 FROM tasks t WHERE t.case_id = c.id AND t.due_at IS NOT NULL
                     AND t.due_at < coalesce(t.closed_at, ${now.toISOString()}::timestamptz)
                 ))::int AS "slaBreaches"
          FROM cases c
          GROUP BY c.service_id
          ORDER BY c.service_id`),
      );
      const items = rowsOf<KpiList['items'][number]>(result).map((r) => ({
        ...r,
        medianHandlingSeconds:
          r.medianHandlingSeconds === null ? null : Number(r.medianHandlingSeconds),
      }));
      return c.json({ tenantId: auth.tenantId, items });
    },
  );

  return app;
}
