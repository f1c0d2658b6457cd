// Sub-services must not call back into their callers, directly or not.
import { BPMN, type RuleContext } from '../rule-context.ts';

export function callGraph({ graph, service, options, d }: RuleContext): void {
  const called = (id: string): string[] =>
    id === service.id
      ? Object.values(graph.nodes).flatMap((n) =>
          n.type === 'callActivity' && n.service ? [n.service] : [],
        )
      : (options.services?.[id]?.service.calledServices ?? []);
  const path: string[] = [];
  const done = new Set<string>();
  const visit = (id: string): string[] | undefined => {
    if (path.includes(id)) return [...path.slice(path.indexOf(id)), id];
    if (done.has(id) || path.length > 100) return undefined;
    path.push(id);
    for (const next of called(id)) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    done.add(id);
    return undefined;
  };
  const cycle = visit(service.id);
  if (cycle) {
    const element = Object.values(graph.nodes).find(
      (n) => n.type === 'callActivity' && n.service === cycle[1],
    )?.id;
    d.add('CALL_CYCLE', element ? { path: BPMN, element } : { path: BPMN }, {
      cycle: cycle.join(' → '),
    });
  }
}
