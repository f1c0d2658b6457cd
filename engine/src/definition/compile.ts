// compile(bundle): reads and checks every file of a service bundle and builds
// the executable definition (a plain JSON graph with a content hash). The
// definition is returned only when no diagnostic is an error.
import { parseBpmn } from '../bpmn/import-bpmn.ts';
import { readProcess } from '../bpmn/read-process.ts';
import type { Definition, DefinitionForm } from '../generated/definition.ts';
import type { Diagnostic } from '../generated/diagnostic.ts';
import type { ScenarioFile } from '../generated/scenario.ts';
import type { Bundle } from './bundle.ts';
import { canonicalJson, sha256 } from './content-hash.ts';
import { Diagnostics } from './diagnostics.ts';
import { readBundle } from './read-bundle.ts';
import {
  CASE_VARIABLE,
  type CompileOptions,
  caseVariableSchema,
  formVariable,
  type RuleContext,
} from './rule-context.ts';
import { callGraph } from './rules/call-graph.ts';
import { endOutcomes } from './rules/end-outcomes.ts';
import { exclusiveGateways } from './rules/exclusive-gateways.ts';
import { expressions } from './rules/expressions.ts';
import { guide } from './rules/guide.ts';
import { parallelJoins } from './rules/parallel-joins.ts';
import { reservedVariables } from './rules/reserved-variables.ts';
import { scenarios } from './rules/scenarios.ts';
import { structure } from './rules/structure.ts';
import { tasks } from './rules/tasks.ts';
import { timers } from './rules/timers.ts';

export interface CompileResult {
  definition?: Definition;
  diagnostics: Diagnostic[];
  scenarios: Record<string, ScenarioFile>;
}

const RULES = [
  structure,
  parallelJoins,
  exclusiveGateways,
  tasks,
  endOutcomes,
  reservedVariables,
  timers,
  expressions,
  callGraph,
  guide,
  scenarios,
];

function scope(ctx: Omit<RuleContext, 'variables'>): RuleContext['variables'] {
  const vars: RuleContext['variables'] = new Map([[CASE_VARIABLE, caseVariableSchema]]);
  const formSchema = (key?: string) =>
    key ? (ctx.forms[key]?.schema as Record<string, unknown>) : undefined;
  vars.set(formVariable(ctx.service.startForm), formSchema(ctx.service.startForm));
  for (const n of Object.values(ctx.graph.nodes)) {
    if (n.type === 'userTask' && n.form)
      vars.set(n.variable ?? formVariable(n.form), formSchema(n.form));
    else if (n.variable) {
      const output =
        n.type === 'serviceTask' && n.action
          ? (ctx.service.actions?.[n.action]?.output ?? ctx.options.actions?.[n.action]?.output)
          : undefined;
      vars.set(n.variable, output as Record<string, unknown> | undefined);
    }
  }
  return vars;
}

export async function compile(
  bundle: Bundle,
  options: CompileOptions = {},
): Promise<CompileResult> {
  const d = new Diagnostics();
  const read = readBundle(bundle, d);
  const imported = read.bpmn !== undefined ? await parseBpmn(read.bpmn, d) : undefined;
  const graph = imported ? readProcess(imported.definitions, d) : undefined;
  const { service } = read;
  if (!graph || !service) return { diagnostics: d.list, scenarios: read.scenarios };

  const base = {
    graph,
    service,
    forms: read.forms,
    guide: read.guide,
    scenarios: read.scenarios,
    options,
    d,
  };
  const ctx: RuleContext = { ...base, variables: scope(base) };
  for (const rule of RULES) rule(ctx);
  if (d.hasErrors) return { diagnostics: d.list, scenarios: read.scenarios };

  for (const [id, text] of Object.entries(read.guide)) {
    const node = graph.nodes[id];
    if (node) node.guide = { ka: text.ka ?? text.en ?? '', en: text.en ?? text.ka ?? '' };
  }
  const forms: Record<string, DefinitionForm> = {};
  for (const [key, form] of Object.entries(read.forms)) {
    forms[key] = {
      key,
      schema: form.schema,
      ...(form.title ? { title: form.title } : {}),
      ...(form.ui ? { ui: form.ui } : {}),
    };
  }
  const actions: Definition['actions'] = {};
  for (const [name, a] of Object.entries(service.actions ?? {})) {
    actions[name] = { title: a.title, ...(a.retry ? { retry: a.retry } : {}) };
  }
  for (const n of Object.values(graph.nodes)) {
    // An action only the installation's catalogue knows still gets a title in the definition.
    const entry = n.action ? options.actions?.[n.action] : undefined;
    if (n.action && entry && !actions[n.action])
      actions[n.action] = { title: entry.title ?? { ka: n.action, en: n.action } };
  }
  const serviceGuide = read.guide.service;
  const calledServices = [
    ...new Set(
      Object.values(graph.nodes).flatMap((n) =>
        n.type === 'callActivity' && n.service ? [n.service] : [],
      ),
    ),
  ];
  const body: Omit<Definition, 'hash'> = {
    schemaVersion: 1,
    service: {
      id: service.id,
      title: service.title,
      roles: service.roles.map((r) => r.id),
      tenants: service.tenants ?? ['*'],
      startForm: service.startForm,
      startVariable: formVariable(service.startForm),
      calledServices,
      ...(service.public === true ? { public: true as const } : {}),
      ...(service.sla
        ? {
            sla: {
              calendar: service.sla.calendar ?? 'calendar-days',
              holidays: service.sla.holidays ?? [],
            },
          }
        : {}),
      ...(serviceGuide
        ? {
            guide: {
              ka: serviceGuide.ka ?? serviceGuide.en ?? '',
              en: serviceGuide.en ?? serviceGuide.ka ?? '',
            },
          }
        : {}),
    },
    forms,
    actions,
    start: Object.values(graph.nodes).find((n) => n.type === 'startEvent')!.id,
    nodes: graph.nodes,
    flows: graph.flows,
  };
  const definition: Definition = { ...body, hash: sha256(canonicalJson(body)) };
  return { definition, diagnostics: d.list, scenarios: read.scenarios };
}
