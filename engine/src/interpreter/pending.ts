// What a case waits for, read from its state: for drivers (which timers to
// arm after a restart, which task ids an update may complete), the CurrentSteps
// search attribute, and case views.
import type { Definition } from '../generated/definition.ts';
import type { CaseState } from '../generated/state.ts';

export interface Pending {
  /** Element ids where tokens wait, in order, without repeats. */
  steps: string[];
  tasks: { taskId: string; node: string; form: string; roles: string[] }[];
  actions: { actionId: string; node: string; action: string; attempt: number }[];
  timers: { timerId: string; node: string; fireAt: string }[];
  messages: { node: string; name: string }[];
  children: { childId: string; node: string; service: string }[];
  incidents: { actionId: string; node: string; code: string; message?: string }[];
}

export function pending(definition: Definition, state: CaseState): Pending {
  const out: Pending = {
    steps: [],
    tasks: [],
    actions: [],
    timers: [],
    messages: [],
    children: [],
    incidents: [],
  };
  for (const t of state.tokens) {
    const node = definition.nodes[t.node];
    if (!out.steps.includes(t.node)) out.steps.push(t.node);
    for (const timer of t.boundaryTimers ?? [])
      out.timers.push({ timerId: timer.id, node: timer.node, fireAt: timer.fireAt });
    if (t.wait === 'task')
      out.tasks.push({
        taskId: t.id,
        node: t.node,
        form: node?.form ?? '',
        roles: node?.roles ?? [],
      });
    if (t.wait === 'action')
      out.actions.push({
        actionId: t.id,
        node: t.node,
        action: node?.action ?? '',
        attempt: t.attempt ?? 1,
      });
    if (t.wait === 'message') out.messages.push({ node: t.node, name: node?.message ?? '' });
    if (t.wait === 'child')
      out.children.push({ childId: t.id, node: t.node, service: node?.service ?? '' });
    if (t.wait === 'incident') {
      out.incidents.push({
        actionId: t.id,
        node: t.node,
        code: t.error?.code ?? '',
        ...(t.error?.message ? { message: t.error.message } : {}),
      });
    }
  }
  return out;
}
