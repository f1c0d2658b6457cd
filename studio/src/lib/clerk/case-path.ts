// Where a case has been and where it stands, for the diagram: the steps its
// timeline names (plus the start), the gateways passed between them, the end
// it reached, the flows between two of them, and the projection's current
// steps.
import type { Definition } from '@saqme/engine';
import type { TimelineEvent } from './case-detail.ts';

export interface CasePath {
  done: string[];
  current: string[];
  flows: string[];
}

export function casePath(
  definition: Definition,
  timeline: TimelineEvent[],
  currentSteps: string[],
  outcome: string | null = null,
): CasePath {
  const { nodes, flows } = definition;
  const current = currentSteps.filter((id) => nodes[id]);
  const done = new Set<string>([definition.start]);
  for (const e of timeline) {
    const node = e.payload.node;
    if (node && nodes[node] && !current.includes(node)) done.add(node);
  }
  const reached = () => new Set([...done, ...current]);
  const from = (id: string) => nodes[id]!.incoming.map((f) => flows[f]!.source);
  const to = (id: string) => nodes[id]!.outgoing.map((f) => flows[f]!.target);
  // Gateways leave no trace in the timeline: one was passed when a step before
  // it and a step after it were both reached.
  for (let changed = true; changed; ) {
    changed = false;
    const seen = reached();
    for (const [id, n] of Object.entries(nodes)) {
      if (seen.has(id) || !n.type.endsWith('Gateway')) continue;
      if (from(id).some((s) => done.has(s)) && to(id).some((t) => seen.has(t))) {
        done.add(id);
        changed = true;
      }
    }
  }
  if (outcome !== null) {
    for (const [id, n] of Object.entries(nodes)) {
      if (n.type === 'endEvent' && n.outcome === outcome && from(id).some((s) => done.has(s)))
        done.add(id);
    }
  }
  const all = reached();
  const passed = Object.entries(flows)
    .filter(([, f]) => done.has(f.source) && all.has(f.target))
    .map(([id]) => id);
  return { done: [...done], current, flows: passed };
}
