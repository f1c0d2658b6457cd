// An end event that can finish the case must say how it ended (gov:outcome).
// Ends reached only through non-interrupting timers (a reminder, a warning to
// a supervisor) finish a side branch, never the case's decision, so they need none.
import type { ProcessGraph } from '../../bpmn/read-process.ts';
import { BPMN, type RuleContext } from '../rule-context.ts';
import { successors } from './graph.ts';

/** Nodes reachable from the start without leaving through a non-interrupting timer. */
function decidingNodes(graph: ProcessGraph): Set<string> {
  const starts = Object.values(graph.nodes).filter((n) => n.type === 'startEvent');
  const seen = new Set(starts.map((n) => n.id));
  const queue = [...seen];
  while (queue.length) {
    for (const next of successors(graph, queue.pop()!)) {
      const node = graph.nodes[next]!;
      if (node.type === 'boundaryTimer' && node.interrupting === false) continue;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

export function endOutcomes({ graph, d }: RuleContext): void {
  const deciding = decidingNodes(graph);
  for (const n of Object.values(graph.nodes)) {
    // An error end event's error code is its outcome when nothing catches it.
    if (n.type === 'endEvent' && !n.outcome && !n.errorCode && deciding.has(n.id))
      d.add('END_NO_OUTCOME', { path: BPMN, element: n.id }, { id: n.id });
  }
}
