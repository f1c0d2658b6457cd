// The supervisor's overdue view: every open task of the tenant past its due
// time, oldest first, with who holds it and for how long it is late; and the
// cases past their SLA that those tasks make. Reassigning is a link to a
// form page, or the dialog when the page runs JavaScript.
import { error } from '@sveltejs/kit';
import type { ServiceList } from '$lib/api/generated/service-list.ts';
import type { Task } from '$lib/api/generated/task.ts';
import { api } from '$lib/server/api.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  await event.parent();
  const query = new URLSearchParams({ scope: 'tenant', overdue: 'true', limit: '100' });
  const cursor = event.url.searchParams.get('cursor');
  if (cursor && cursor.length <= 200) query.set('cursor', cursor);
  const [list, services] = await Promise.all([
    api<{ items: Task[]; next: string | null }>(event, `/api/tasks?${query}`),
    api<ServiceList>(event, '/api/services'),
  ]);
  if (!list.ok) error(list.problem.status, list.problem.title);
  return {
    tasks: list.data.items,
    next: list.data.next,
    titles: Object.fromEntries(
      (services.ok ? services.data.items : []).map((s) => [s.id, { ka: s.titleKa, en: s.titleEn }]),
    ),
    now: new Date().toISOString(),
  };
};
