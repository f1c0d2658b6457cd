// A parallel join waits for a token on every incoming flow. If the branches
// were chosen by an exclusive gateway rather than forked, it waits forever.
// The nearest splitting dominator of the join tells which case it is.
import { BPMN, type RuleContext } from '../rule-context.ts';
import { immediateDominators } from './graph.ts';

export function parallelJoins({ graph, d }: RuleContext): void {
  const start = Object.values(graph.nodes).find((n) => n.type === 'startEvent');
  if (!start) return;
  const joins = Object.values(graph.nodes).filter(
    (n) => n.type === 'parallelGateway' && n.incoming.length > 1,
  );
  if (joins.length === 0) return;
  const idom = immediateDominators(graph, start.id);
  for (const join of joins) {
    if (!idom.has(join.id)) continue;
    let at = idom.get(join.id)!;
    let verdict: 'fork' | 'exclusive' | 'none' = 'none';
    for (let guard = 0; guard < 10_000; guard++) {
      const node = graph.nodes[at]!;
      // Several outgoing flows from anything but an exclusive gateway fork;
      // an exclusive gateway or a boundary event (which fires only sometimes) chooses.
      if (node.type === 'exclusiveGateway' && node.outgoing.length > 1) verdict = 'exclusive';
      else if (node.outgoing.length > 1) verdict = 'fork';
      else if ((node.boundaries ?? []).length > 0) verdict = 'exclusive';
      if (verdict !== 'none' || at === start.id) break;
      at = idom.get(at)!;
    }
    if (verdict === 'exclusive') {
      d.add('PARALLEL_JOIN_DEADLOCK', { path: BPMN, element: join.id }, { id: join.id, split: at });
    } else if (verdict === 'none') {
      d.add('PARALLEL_JOIN_WITHOUT_FORK', { path: BPMN, element: join.id }, { id: join.id });
    }
  }
}
