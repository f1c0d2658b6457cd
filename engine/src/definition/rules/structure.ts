// Graph shape: one start event, every node reachable from it, every node able
// to reach an end event, and no dead ends.
import type { DefinitionNode } from '../../generated/definition.ts';
import { BPMN, type RuleContext } from '../rule-context.ts';
import { successors } from './graph.ts';

export function structure({ graph, d }: RuleContext): void {
  const nodes = Object.values(graph.nodes);
  const starts = nodes.filter((n) => n.type === 'startEvent');
  if (starts.length !== 1) d.add('START_EVENT_COUNT', { path: BPMN }, { count: starts.length });
  for (const n of nodes) {
    if (n.type !== 'endEvent' && !n.forCompensation && n.outgoing.length === 0) {
      d.add('NODE_NO_OUTGOING', { path: BPMN, element: n.id }, { id: n.id });
    }
  }
  if (starts.length === 0) return;
  const reached = new Set<string>(starts.map((s) => s.id));
  const queue = [...reached];
  while (queue.length) {
    for (const next of successors(graph, queue.pop()!)) {
      if (!reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  const predecessors = new Map<string, string[]>();
  for (const n of nodes) {
    for (const s of successors(graph, n.id))
      predecessors.set(s, [...(predecessors.get(s) ?? []), n.id]);
  }
  const ends = nodes.filter((n: DefinitionNode) => n.type === 'endEvent').map((n) => n.id);
  const finishing = new Set(ends);
  const back = [...ends];
  while (back.length) {
    for (const p of predecessors.get(back.pop()!) ?? []) {
      if (!finishing.has(p)) {
        finishing.add(p);
        back.push(p);
      }
    }
  }
  // A compensation handler is entered by a cancellation, never by a flow.
  for (const n of nodes) {
    if (n.forCompensation) continue;
    if (!reached.has(n.id)) d.add('NODE_UNREACHABLE', { path: BPMN, element: n.id }, { id: n.id });
    else if (!finishing.has(n.id) && n.outgoing.length > 0) {
      d.add('NODE_NO_PATH_TO_END', { path: BPMN, element: n.id }, { id: n.id });
    }
  }
}
