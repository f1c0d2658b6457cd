// Reads a task with its case and the case's pinned definition from the
// runtime, as the task page, its actions and its validator need them; a
// refusal of the runtime becomes the page's error.
import type { Definition } from '@saqme/engine';
import { error, type RequestEvent } from '@sveltejs/kit';
import type { ServiceVersion } from '$lib/api/generated/service-version.ts';
import type { Task } from '$lib/api/generated/task.ts';
import { api } from '$lib/server/api.ts';
import type { CaseDetail } from './case-detail.ts';

type Event = Pick<RequestEvent, 'fetch'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function must<T>(event: Event, path: string): Promise<T> {
  const result = await api<T>(event, path);
  if (!result.ok) error(result.problem.status, result.problem.title);
  return result.data;
}

export async function loadDefinition(
  event: Event,
  serviceId: string,
  version: number,
): Promise<Definition> {
  const found = await must<ServiceVersion>(
    event,
    `/api/services/${encodeURIComponent(serviceId)}/versions/${version}`,
  );
  return found.definition as unknown as Definition;
}

export async function loadCase(event: Event, caseId: string): Promise<CaseDetail> {
  if (!UUID.test(caseId)) error(404, 'not found');
  return must<CaseDetail>(event, `/api/cases/${caseId}`);
}

export async function loadTask(event: Event, taskId: string) {
  if (!UUID.test(taskId)) error(404, 'not found');
  const task = await must<Task>(event, `/api/tasks/${taskId}`);
  const kase = await loadCase(event, task.caseId);
  const definition = await loadDefinition(event, kase.serviceId, kase.serviceVersion);
  return { task, kase, definition };
}
