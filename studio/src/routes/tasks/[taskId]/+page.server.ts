// A task: its generated form, the case's earlier data and documents, and
// the step's guide. Claiming, giving back and completing are form posts, so
// the page works without JavaScript; completion forwards the posted form
// (files included, as multipart) to the runtime, whose 422 field issues come
// back beside the fields.
import { applyIntent, fromFormData } from '@saqme/forms';
import { error, fail, redirect } from '@sveltejs/kit';
import { formIssues } from '$lib/api/problem-issues.ts';
import { formFileOf } from '$lib/clerk/form-file.ts';
import { submissionsOf } from '$lib/clerk/submissions.ts';
import { loadTask } from '$lib/clerk/task.server.ts';
import { getLocale } from '$lib/paraglide/runtime.js';
import { api } from '$lib/server/api.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  await event.parent();
  const { task, kase, definition } = await loadTask(event, event.params.taskId);
  const form = formFileOf(definition, task.formKey) ?? null;
  const node = definition.nodes[task.nodeId];
  return {
    task,
    kase: {
      id: kase.id,
      number: kase.number ?? null,
      status: kase.status,
      serviceId: kase.serviceId,
      documents: kase.documents,
    },
    serviceTitle: definition.service.title,
    title: task.title ?? node?.name ?? { ka: task.nodeId, en: task.nodeId },
    form,
    validatorUrl: `/tasks/validators/${encodeURIComponent(kase.serviceId)}/${kase.serviceVersion}/${encodeURIComponent(task.formKey)}`,
    guide: node?.guide ?? null,
    hasServiceGuide: Boolean(definition.service.guide),
    submissions: submissionsOf(definition, kase.timeline),
    now: new Date().toISOString(),
  };
};

async function claim(event: Parameters<Actions[string]>[0], verb: 'claim' | 'unclaim') {
  const result = await api(event, `/api/tasks/${event.params.taskId}/${verb}`, {
    method: 'POST',
    json: {},
  });
  if (!result.ok) return fail(result.problem.status, { message: result.problem.title });
  return { message: '' };
}

export const actions: Actions = {
  claim: (event) => claim(event, 'claim'),
  unclaim: (event) => claim(event, 'unclaim'),
  complete: async (event) => {
    const { task, kase, definition } = await loadTask(event, event.params.taskId);
    const form = formFileOf(definition, task.formKey);
    if (!form) error(404, 'not found');
    const posted = await event.request.formData();
    const { data, intent } = fromFormData(form, posted);
    // A no-JavaScript "add" or "remove" of a repeatable group: the same form again.
    if (intent) return { values: applyIntent(data, intent), issues: [], message: '' };
    const response = await event.fetch(`/api/tasks/${task.id}/complete`, {
      method: 'POST',
      // The runtime and SvelteKit both refuse a form post that names no origin.
      headers: {
        accept: 'application/json',
        'accept-language': getLocale(),
        origin: event.url.origin,
      },
      body: posted,
    });
    if (response.ok) {
      redirect(303, `/inbox?completed=${encodeURIComponent(kase.number ?? kase.id.slice(0, 8))}`);
    }
    const problem = (await response.json().catch(() => ({}))) as {
      title?: string;
      issues?: { code: string; path: string; message: string }[];
    };
    const issues = formIssues(problem.issues ?? []);
    return fail(response.status, {
      values: data,
      issues,
      message: issues.length ? '' : (problem.title ?? String(response.status)),
    });
  },
};
