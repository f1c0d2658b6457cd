// Graph helpers shared by the structural rules. Boundary events count as
// successors of their activity: a token can leave through them.
import type { ProcessGraph } from '../../bpmn/read-process.ts';

export function successors(graph: ProcessGraph, id: string): string[] {
  const node = graph.nodes[id];
  if (!node) return [];
  const out: string[] = [];
  for (const f of node.outgoing) {
    const target = graph.flows[f]?.target;
    if (target && graph.nodes[target]) out.push(target);
  }
  for (const b of node.boundaries ?? []) if (graph.nodes[b]) out.push(b);
  return out;
}

/** Immediate dominators from `start` (Cooper, Harvey and Kennedy's iterative algorithm). */
export function immediateDominators(graph: ProcessGraph, start: string): Map<string, string> {
  const order: string[] = [];
  const seen = new Set<string>();
  const stack: [string, number][] = [[start, 0]];
  seen.add(start);
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const succ = successors(graph, top[0]);
    if (top[1] < succ.length) {
      const next = succ[top[1]++]!;
      if (!seen.has(next)) {
        seen.add(next);
        stack.push([next, 0]);
      }
    } else {
      order.push(top[0]);
      stack.pop();
    }
  }
  const rpo = order.reverse();
  const index = new Map(rpo.map((id, i) => [id, i]));
  const preds = new Map<string, string[]>();
  for (const id of rpo)
    for (const s of successors(graph, id)) preds.set(s, [...(preds.get(s) ?? []), id]);
  const idom = new Map<string, string>([[start, start]]);
  const intersect = (a: string, b: string) => {
    let x = a;
    let y = b;
    while (x !== y) {
      while (index.get(x)! > index.get(y)!) x = idom.get(x)!;
      while (index.get(y)! > index.get(x)!) y = idom.get(y)!;
    }
    return x;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const id of rpo.slice(1)) {
      const processed = (preds.get(id) ?? []).filter((p) => idom.has(p));
      if (processed.length === 0) continue;
      const dom = processed.slice(1).reduce(intersect, processed[0]!);
      if (idom.get(id) !== dom) {
        idom.set(id, dom);
        changed = true;
      }
    }
  }
  return idom;
}
