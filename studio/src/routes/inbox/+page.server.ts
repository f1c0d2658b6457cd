// The inbox: tasks offered to the user's roles in this tenant or taken by
// them, soonest due first, one queue (role) or all, filtered by service,
// "taken by me" and overdue. Supervisors may open any role's queue of the
// tenant. Filters are a GET form and claiming a plain form post, so the page
// works without JavaScript.
import { error, fail } from '@sveltejs/kit';
import type { ServiceList } from '$lib/api/generated/service-list.ts';
import type { Task } from '$lib/api/generated/task.ts';
import { api } from '$lib/server/api.ts';
import { apiQuery, queuesFor, readFilters, supervises } from '$lib/supervise/inbox-filters.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  await event.parent();
  const roles = event.locals.session?.roles ?? [];
  const filters = readFilters(event.url.searchParams, roles);
  const [list, services] = await Promise.all([
    api<{ items: Task[]; next: string | null }>(event, `/api/tasks?${apiQuery(filters, roles)}`),
    api<ServiceList>(event, '/api/services'),
  ]);
  if (!list.ok) error(list.problem.status, list.problem.title);
  return {
    tasks: list.data.items,
    next: list.data.next,
    filters,
    queues: queuesFor(roles),
    supervisor: supervises(roles),
    services: (services.ok ? services.data.items : [])
      .filter((s) => s.latestVersion !== null)
      .map((s) => ({ id: s.id, ka: s.titleKa, en: s.titleEn })),
    now: new Date().toISOString(),
  };
};

async function taskAction(event: Parameters<Actions[string]>[0], verb: 'claim' | 'unclaim') {
  const form = await event.request.formData();
  const id = String(form.get('taskId') ?? '');
  if (!/^[0-9a-f-]{36}$/i.test(id)) return fail(400, { taskId: id, message: '' });
  const result = await api(event, `/api/tasks/${id}/${verb}`, { method: 'POST', json: {} });
  if (!result.ok) return fail(result.problem.status, { taskId: id, message: result.problem.title });
  return { taskId: id, message: '' };
}

export const actions: Actions = {
  claim: (event) => taskAction(event, 'claim'),
  unclaim: (event) => taskAction(event, 'unclaim'),
};
