// Reassigning a task without JavaScript: the page lists whom the task may go
// to and posts the choice. The inbox's and the overdue view's dialog posts to
// this same action; it answers with the runtime's message in the user's language.
import { error, fail, redirect } from '@sveltejs/kit';
import type { AssigneeList } from '$lib/api/generated/assignee-list.ts';
import { api } from '$lib/server/api.ts';
import { safeNext } from '$lib/server/safe-next.ts';
import { requireSupervisor } from '$lib/supervise/require-supervisor.ts';
import type { Actions, PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function taskIdOf(param: string): string {
  if (!UUID.test(param)) error(404, 'not found');
  return param;
}

export const load: PageServerLoad = async (event) => {
  await event.parent();
  requireSupervisor(event);
  const id = taskIdOf(event.params.taskId);
  const list = await api<AssigneeList>(event, `/api/tasks/${id}/assignees`);
  if (!list.ok) error(list.problem.status, list.problem.title);
  return {
    list: list.data,
    next: safeNext(event.url.searchParams.get('next') ?? '/inbox'),
    now: new Date().toISOString(),
  };
};

export const actions: Actions = {
  default: async (event) => {
    requireSupervisor(event);
    const id = taskIdOf(event.params.taskId);
    const form = await event.request.formData();
    const assigneeId = String(form.get('assigneeId') ?? '');
    if (assigneeId && !UUID.test(assigneeId)) return fail(400, { message: '' });
    const result = await api(event, `/api/tasks/${id}/reassign`, {
      method: 'POST',
      json: assigneeId ? { assigneeId } : {},
    });
    if (!result.ok) return fail(result.problem.status, { message: result.problem.title });
    redirect(
      303,
      safeNext(String(form.get('next') ?? event.url.searchParams.get('next') ?? '/inbox')),
    );
  },
};
