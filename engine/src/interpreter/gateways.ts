// Gateways: an exclusive gateway takes the first flow whose FEEL condition is
// true, else its default; a parallel gateway forks to every outgoing flow and,
// as a join, waits until a token has arrived on each incoming flow.
import type { DefinitionNode } from '../generated/definition.ts';
import type { Machine } from './machine.ts';

/** Exclusive gateway: the first true condition in document order wins. */
export function choose(m: Machine, n: DefinitionNode): void {
  for (const f of n.outgoing) {
    const flow = m.def.flows[f]!;
    if (f === n.default) continue;
    if (flow.condition === undefined) {
      m.arrive(flow.target, f);
      return;
    }
    const result = m.evaluate(flow.condition);
    if (!result.ok) {
      m.incident(
        { id: m.nextId(n.id), node: n.id, wait: 'incident' },
        'CONDITION_FAILED',
        result.message,
      );
      return;
    }
    if (result.value === true) {
      m.arrive(flow.target, f);
      return;
    }
  }
  if (n.default) {
    m.arrive(m.def.flows[n.default]!.target, n.default);
    return;
  }
  m.incident(
    { id: m.nextId(n.id), node: n.id, wait: 'incident' },
    'NO_FLOW',
    'no condition is true and there is no default flow',
  );
}

/** Parallel gateway: fork, join, or both. */
export function parallel(m: Machine, n: DefinitionNode, flow: string | undefined): void {
  if (n.incoming.length <= 1 || flow === undefined) {
    m.leave(n.id);
    return;
  }
  m.state.joins[n.id] ??= {};
  const waiting = m.state.joins[n.id]!;
  waiting[flow] = (waiting[flow] ?? 0) + 1;
  if (!n.incoming.every((f) => (waiting[f] ?? 0) > 0)) return;
  for (const f of n.incoming) {
    waiting[f]! -= 1;
    if (waiting[f] === 0) delete waiting[f];
  }
  if (Object.keys(waiting).length === 0) delete m.state.joins[n.id];
  m.leave(n.id);
}
