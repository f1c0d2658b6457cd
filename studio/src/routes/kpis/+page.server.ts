// KPIs per service of the tenant, and per municipality: every tenant for the
// central agency's supervisors and admins, the tenants one oversees otherwise.
import { error } from '@sveltejs/kit';
import type { KpiList } from '$lib/api/generated/kpi-list.ts';
import type { KpiTenantList } from '$lib/api/generated/kpi-tenant-list.ts';
import type { ServiceList } from '$lib/api/generated/service-list.ts';
import { api } from '$lib/server/api.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  await event.parent();
  const [kpis, services, tenants] = await Promise.all([
    api<KpiList>(event, '/api/kpis'),
    api<ServiceList>(event, '/api/services'),
    api<KpiTenantList>(event, '/api/kpis/tenants'),
  ]);
  if (!kpis.ok) error(kpis.problem.status, kpis.problem.title);
  if (!tenants.ok) error(tenants.problem.status, tenants.problem.title);
  const titles = Object.fromEntries(
    (services.ok ? services.data.items : []).map((s) => [s.id, { ka: s.titleKa, en: s.titleEn }]),
  );
  return { kpis: kpis.data.items, tenants: tenants.data.items, titles };
};
