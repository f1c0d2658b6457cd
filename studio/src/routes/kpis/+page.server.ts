// Per-service KPIs of the tenant: cases opened and closed, median handling
// time, cases past a due time.
import { error } from '@sveltejs/kit';
import type { KpiList } from '$lib/api/generated/kpi-list.ts';
import type { ServiceList } from '$lib/api/generated/service-list.ts';
import { api } from '$lib/server/api.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  await event.parent();
  const [kpis, services] = await Promise.all([
    api<KpiList>(event, '/api/kpis'),
    api<ServiceList>(event, '/api/services'),
  ]);
  if (!kpis.ok) error(kpis.problem.status, kpis.problem.title);
  const titles = Object.fromEntries(
    (services.ok ? services.data.items : []).map((s) => [s.id, { ka: s.titleKa, en: s.titleEn }]),
  );
  return { kpis: kpis.data.items, titles };
};
