// KPIs from the projection: cases opened and closed, the median handling
// time of closed cases, and SLA breaches (cases with a task that was or is
// past its due time). Per service in the session's tenant, and per
// municipality for those who oversee several: the central agency's
// supervisors, admins and auditors see every tenant (aggregate numbers, no
// case data); anyone else the tenants where they hold one of those roles.
// Each tenant is still read under its own row-level security.
import { asc, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { CASE_READERS } from '../../auth/permissions.ts';
import { rowsOf, type Tx } from '../../db/client.ts';
import {
  type Role,
  services as serviceTable,
  type Tenant,
  tenants,
} from '../../db/schema/index.ts';
import { withTenant } from '../../db/tenant.ts';
import type { KpiList } from '../../generated/kpi-list.ts';
import type { KpiTenantList } from '../../generated/kpi-tenant-list.ts';
import type { AppDeps, AppEnv } from '../env.ts';
import { jsonContent, jsonSchema } from '../json-schema.ts';
import { authOf, requireRole } from '../middleware/session.ts';
import kpiSchema from '../schemas/kpi-list.schema.json' with { type: 'json' };
import kpiTenantSchema from '../schemas/kpi-tenant-list.schema.json' with { type: 'json' };
import { problemResponses } from './openapi-common.ts';

const KpiBody = jsonSchema<KpiList>(kpiSchema);
const KpiTenantBody = jsonSchema<KpiTenantList>(kpiTenantSchema);

/** Roles that oversee a tenant's work and may compare tenants. */
const OVERSEERS: Role[] = ['supervisor', 'admin', 'auditor'];

/** Sandbox cases are experiments on drafts: they count in no comparison of tenants. */
function compared(t: Tenant): t is Tenant & { kind: 'agency' | 'municipality' } {
  return t.kind !== 'sandbox';
}

type ServiceKpi = KpiList['items'][number];

/** Per service, and with `total` a first row for all services (serviceId null). */
async function serviceKpis(
  tx: Tx,
  now: Date,
  total: boolean,
): Promise<(Omit<ServiceKpi, 'serviceId'> & { serviceId: string | null })[]> {
  const result = await tx.execute(sql`
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
    GROUP BY ${total ? sql`ROLLUP (c.service_id)` : sql`c.service_id`}
    ORDER BY c.service_id NULLS FIRST`);
  return rowsOf<ServiceKpi>(result).map((r) => ({
    ...r,
    medianHandlingSeconds:
      r.medianHandlingSeconds === null ? null : Number(r.medianHandlingSeconds),
  }));
}

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
      const rows = await withTenant(db, auth.tenantId, (tx) => serviceKpis(tx, deps.now(), false));
      return c.json({ tenantId: auth.tenantId, items: rows as ServiceKpi[] });
    },
  );

  app.get(
    '/api/kpis/tenants',
    describeRoute({
      tags: ['cases'],
      summary:
        'The same KPIs per municipality: every tenant for the central agency, else the tenants the caller oversees',
      responses: {
        200: jsonContent(KpiTenantBody, 'KPIs per tenant, the agency first'),
        ...problemResponses(401, 403),
      },
    }),
    requireRole(...OVERSEERS),
    async (c) => {
      const auth = authOf(c);
      const all = (
        await db.select().from(tenants).orderBy(asc(tenants.kind), asc(tenants.id))
      ).filter(compared);
      const agency = all.find((t) => t.id === auth.tenantId)?.kind === 'agency';
      const visible = agency
        ? all
        : all.filter((t) =>
            auth.grants.some((g) => g.tenantId === t.id && OVERSEERS.includes(g.role)),
          );
      const now = deps.now();
      const items: KpiTenantList['items'] = [];
      for (const t of visible) {
        const { total, services } = await withTenant(db, t.id, async (tx) => {
          const [total, ...rows] = await serviceKpis(tx, now, true);
          const titles = await tx
            .select({ id: serviceTable.id, ka: serviceTable.titleKa, en: serviceTable.titleEn })
            .from(serviceTable);
          const services = (rows as ServiceKpi[]).map((r) => {
            const title = titles.find((s) => s.id === r.serviceId);
            return { ...r, titleKa: title?.ka ?? null, titleEn: title?.en ?? null };
          });
          return { total: total!, services };
        });
        items.push({
          tenantId: t.id,
          kind: t.kind,
          nameKa: t.nameKa,
          nameEn: t.nameEn,
          opened: total.opened,
          closed: total.closed,
          medianHandlingSeconds: total.medianHandlingSeconds,
          slaBreaches: total.slaBreaches,
          services,
        });
      }
      return c.json({ items } satisfies KpiTenantList);
    },
  );

  return app;
}
