// Incidents: actions that exhausted their retries. A supervisor retries the
// action, skips it, or cancels the case; each is a plain form post.
import { error, fail } from '@sveltejs/kit';
import { api } from '$lib/server/api.ts';
import type { Actions, PageServerLoad } from './$types';

/** One entry of GET /api/incidents (the runtime declares it inline, without a schema file). */
interface Incident {
  caseId: string;
  number: string | null;
  serviceId: string;
  actionId: string;
  node: string;
  code: string;
  message?: string;
  at: string;
}

export const load: PageServerLoad = async (event) => {
  await event.parent();
  const list = await api<{ items: Incident[] }>(event, '/api/incidents');
  if (!list.ok) error(list.problem.status, list.problem.title);
  return { incidents: list.data.items };
};

function resolver(action: 'retry' | 'skip' | 'cancel') {
  return async (event: Parameters<Actions[string]>[0]) => {
    const form = await event.request.formData();
    const caseId = String(form.get('caseId') ?? '');
    const actionId = String(form.get('actionId') ?? '');
    if (!/^[0-9a-f-]{36}$/i.test(caseId) || !actionId) return fail(400, { message: '' });
    const path = `/api/cases/${caseId}/incidents/${encodeURIComponent(actionId)}/${action}`;
    const result = await api(event, path, { method: 'POST', json: {} });
    if (!result.ok) return fail(result.problem.status, { message: result.problem.title });
    return { message: '' };
  };
}

export const actions: Actions = {
  retry: resolver('retry'),
  skip: resolver('skip'),
  cancel: resolver('cancel'),
};
