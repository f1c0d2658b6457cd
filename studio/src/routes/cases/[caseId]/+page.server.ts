// One case: status, its data, timeline, documents and open tasks, and the
// service's diagram with the case's path (the layout of /cases admits the
// case readers; the runtime answers within the session's tenant only).
import type { Bundle } from '@saqme/engine';
import { casePath } from '$lib/clerk/case-path.ts';
import { mayWorkTasks } from '$lib/clerk/require-clerk.ts';
import { submissionsOf } from '$lib/clerk/submissions.ts';
import { loadCase, loadDefinition } from '$lib/clerk/task.server.ts';
import { api } from '$lib/server/api.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  await event.parent();
  const kase = await loadCase(event, event.params.caseId);
  const [definition, bundle] = await Promise.all([
    loadDefinition(event, kase.serviceId, kase.serviceVersion),
    api<Bundle>(
      event,
      `/api/services/${encodeURIComponent(kase.serviceId)}/versions/${kase.serviceVersion}/bundle`,
    ),
  ]);
  const names = Object.fromEntries(
    Object.entries(definition.nodes).map(([id, n]) => [id, n.name ?? { ka: id, en: id }]),
  );
  const { timeline, ...rest } = kase;
  return {
    // The timeline's form data is shown once, under the submissions.
    kase: rest,
    timeline: timeline.map((e) => ({
      seq: e.seq,
      actor: e.actor,
      type: e.type,
      node: e.payload.node ?? null,
      at: e.at,
    })),
    serviceTitle: definition.service.title,
    names,
    submissions: submissionsOf(definition, timeline),
    path: casePath(definition, timeline, kase.currentSteps, kase.outcome),
    xml: bundle.ok ? (bundle.data.files['process.bpmn'] ?? null) : null,
    worksTasks: mayWorkTasks(event.locals.session?.roles ?? []),
  };
};
