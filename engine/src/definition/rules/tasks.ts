// References from tasks and events to the rest of the bundle: forms, roles,
// actions (service.json or the installation's catalogue), sub-services, and
// where boundary events may sit.
import { BPMN, type RuleContext } from '../rule-context.ts';

export function tasks({ graph, service, forms, options, d }: RuleContext): void {
  const roles = new Set(service.roles.map((r) => r.id));
  const actions = service.actions ?? {};
  if (!forms[service.startForm]) {
    d.add('FORM_UNKNOWN', { path: 'service.json#/startForm' }, { name: service.startForm });
  }
  for (const n of Object.values(graph.nodes)) {
    const at = { path: BPMN, element: n.id };
    if (n.type === 'userTask') {
      if (!n.form) d.add('USER_TASK_NO_FORM', at, { id: n.id });
      else if (!forms[n.form]) d.add('FORM_UNKNOWN', at, { name: n.form });
      if (!n.roles?.length) d.add('USER_TASK_NO_ROLE', at, { id: n.id });
      for (const r of n.roles ?? []) if (!roles.has(r)) d.add('ROLE_UNKNOWN', at, { name: r });
    }
    if (n.type === 'serviceTask') {
      if (!n.action) d.add('ACTION_MISSING', at, { id: n.id });
      else if (options.actions) {
        if (!options.actions[n.action]) d.add('ACTION_NOT_IN_CATALOGUE', at, { name: n.action });
      } else if (!actions[n.action]) d.add('ACTION_UNKNOWN', at, { name: n.action });
    }
    if (n.type === 'callActivity') {
      if (!n.service) d.add('CALL_NO_SERVICE', at, { id: n.id });
      else if (!service.services?.includes(n.service) && !options.services?.[n.service]) {
        d.add('CALL_UNKNOWN_SERVICE', at, { name: n.service });
      }
    }
    if (n.type === 'boundaryError' || n.type === 'boundaryTimer') {
      const host = n.attachedTo ? graph.nodes[n.attachedTo] : undefined;
      const hosts =
        n.type === 'boundaryError'
          ? ['serviceTask', 'callActivity']
          : ['userTask', 'serviceTask', 'callActivity', 'receiveTask'];
      if (!host || !hosts.includes(host.type)) d.add('BOUNDARY_ERROR_TARGET', at, { id: n.id });
    }
  }
}
