// Case search over the runtime's case projection: by service, status and
// the applicant's personal number. A GET form, so it works without script;
// the runtime's query errors come back beside the fields they name.
import { error } from '@sveltejs/kit';
import type { CaseSummary } from '$lib/api/generated/case-summary.ts';
import type { ServiceList } from '$lib/api/generated/service-list.ts';
import { api } from '$lib/server/api.ts';
import type { PageServerLoad } from './$types';

const FIELDS = ['serviceId', 'status', 'personalNumber', 'cursor'] as const;

export const load: PageServerLoad = async (event) => {
  await event.parent();
  const query = new URLSearchParams({ limit: '50' });
  const values: Record<string, string> = {};
  for (const f of FIELDS) {
    const v = event.url.searchParams.get(f)?.trim();
    if (v) {
      query.set(f, v);
      values[f] = v;
    }
  }
  const [cases, services] = await Promise.all([
    api<{ items: CaseSummary[]; next: string | null }>(event, `/api/cases?${query}`),
    api<ServiceList>(event, '/api/services'),
  ]);
  const serviceList = services.ok ? services.data.items : [];
  if (!cases.ok && cases.problem.status !== 422) error(cases.problem.status, cases.problem.title);
  const issues = cases.ok
    ? {}
    : Object.fromEntries(cases.problem.issues.map((i) => [i.path.replace(/^\//, ''), i.message]));
  return {
    values,
    issues,
    cases: cases.ok ? cases.data.items : [],
    next: cases.ok ? cases.data.next : null,
    services: serviceList.map((s) => ({ id: s.id, ka: s.titleKa, en: s.titleEn })),
  };
};
