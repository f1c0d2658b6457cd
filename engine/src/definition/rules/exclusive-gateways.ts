// Exclusive gateways must always choose a flow: with FEEL, any condition on a
// missing value is null (false), so only a default flow or a condition that
// is literally true guarantees one. Conditions elsewhere would be ignored.
import { feelBody } from '../../expression/feel-body.ts';
import { BPMN, type RuleContext } from '../rule-context.ts';

export function exclusiveGateways({ graph, d }: RuleContext): void {
  for (const flow of Object.values(graph.flows)) {
    const source = graph.nodes[flow.source];
    if (flow.condition && source && source.type !== 'exclusiveGateway') {
      d.add('FLOW_CONDITION_IGNORED', { path: BPMN, element: flow.id }, { id: flow.id });
    }
  }
  for (const gw of Object.values(graph.nodes)) {
    if (gw.type !== 'exclusiveGateway' || gw.outgoing.length < 2) continue;
    let alwaysTrue = false;
    for (const id of gw.outgoing) {
      if (id === gw.default) continue;
      const condition = graph.flows[id]?.condition;
      if (!condition) d.add('FLOW_CONDITION_MISSING', { path: BPMN, element: id }, { id });
      else if (feelBody(condition) === 'true') alwaysTrue = true;
    }
    if (!gw.default && !alwaysTrue) {
      d.add('GATEWAY_NO_DEFAULT', { path: BPMN, element: gw.id }, { id: gw.id });
    }
  }
}
