// `case` is the case identity the runtime gives at start; a form or a result
// stored under that name would hide it from FEEL.
import { BPMN, CASE_VARIABLE, formVariable, type RuleContext } from '../rule-context.ts';

export function reservedVariables({ graph, service, d }: RuleContext): void {
  if (formVariable(service.startForm) === CASE_VARIABLE)
    d.add('VARIABLE_RESERVED', { path: 'service.json#/startForm' }, { name: CASE_VARIABLE });
  for (const n of Object.values(graph.nodes)) {
    const variable = n.variable ?? (n.type === 'userTask' && n.form ? formVariable(n.form) : '');
    if (variable === CASE_VARIABLE)
      d.add('VARIABLE_RESERVED', { path: BPMN, element: n.id }, { name: CASE_VARIABLE });
  }
}
