// The clerk's inbox: tasks offered to the user's roles in this tenant or
// taken by them, soonest due first; claiming and giving back are plain form
// posts, so the page works without JavaScript.
import { error, fail } from '@sveltejs/kit';
import type { Task } from '$lib/api/generated/task.ts';
import { api } from '$lib/server/api.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  await event.parent();
  const mine = event.url.searchParams.get('mine') === 'true';
  const cursor = event.url.searchParams.get('cursor');
  const query = new URLSearchParams({ mine: String(mine), limit: '50' });
  if (cursor) query.set('cursor', cursor);
  const list = await api<{ items: Task[]; next: string | null }>(event, `/api/tasks?${query}`);
  if (!list.ok) error(list.problem.status, list.problem.title);
  return { tasks: list.data.items, next: list.data.next, mine, now: new Date().toISOString() };
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
