// Maps the executable process of a moddle tree to definition nodes and flows.
// Elements outside the supported set are reported by id and type, never dropped.
import type { ModdleElement } from 'bpmn-moddle';
import type { Diagnostics } from '../definition/diagnostics.ts';
import type { DefinitionFlow, DefinitionNode, TimerSpec } from '../generated/definition.ts';
import { LIMITS } from './limits.ts';
import { isCompensationBoundary, readCompensation } from './read-compensation.ts';

const PATH = 'process.bpmn';

export interface ProcessGraph {
  processId: string;
  nodes: Record<string, DefinitionNode>;
  flows: Record<string, DefinitionFlow>;
}

type Reader = (el: ModdleElement, node: DefinitionNode, d: Diagnostics) => boolean;

function attr(el: ModdleElement, name: string): string | undefined {
  const own = el[name] ?? el.$attrs?.[`gov:${name}`];
  if (typeof own === 'string' && own.trim() !== '') return own.trim();
  if (typeof own === 'number') return String(own);
  return undefined;
}

/** Camunda 7 keeps task settings in camunda:* attributes, Camunda 8 in zeebe:* extension elements. */
function foreign(
  el: ModdleElement,
  camunda: string,
  zeebeType: string,
  zeebeAttr: string,
): string | undefined {
  const c = el.$attrs?.[`camunda:${camunda}`];
  if (c) return c;
  const values: ModdleElement[] = el.extensionElements?.values ?? [];
  const z = values.find((v) => v.$type.toLowerCase() === `zeebe:${zeebeType}`.toLowerCase());
  const value = z?.[zeebeAttr] ?? z?.$attrs?.[zeebeAttr];
  return typeof value === 'string' ? value : undefined;
}

function definitionsOf(el: ModdleElement): ModdleElement[] {
  return el.eventDefinitions ?? [];
}

function timerOf(def: ModdleElement, node: DefinitionNode, d: Diagnostics): boolean {
  if (def.timeCycle) {
    d.add(
      'BPMN_UNSUPPORTED_ELEMENT',
      { path: PATH, element: node.id },
      { id: node.id, type: 'timeCycle' },
    );
    return false;
  }
  const duration = def.timeDuration?.body;
  const date = def.timeDate?.body;
  const timer: TimerSpec | undefined =
    typeof duration === 'string' && duration.trim()
      ? { kind: 'duration', expression: duration.trim() }
      : typeof date === 'string' && date.trim()
        ? { kind: 'date', expression: date.trim() }
        : undefined;
  if (timer) node.timer = timer;
  else d.add('TIMER_MISSING', { path: PATH, element: node.id }, { id: node.id });
  return true;
}

function single(el: ModdleElement, d: Diagnostics): ModdleElement | undefined {
  const defs = definitionsOf(el);
  if (defs.length === 1) return defs[0];
  const type =
    defs.length === 0 ? el.$type : `${el.$type} (${defs.map((x) => x.$type).join(', ')})`;
  d.add('BPMN_UNSUPPORTED_ELEMENT', { path: PATH, element: el.id }, { id: el.id ?? '?', type });
  return undefined;
}

/** Start and end events are supported only without event definitions (none events). */
function plain(el: ModdleElement, d: Diagnostics): boolean {
  const defs = definitionsOf(el);
  if (defs.length === 0) return true;
  const type = `${el.$type} (${defs.map((x) => x.$type).join(', ')})`;
  d.add('BPMN_UNSUPPORTED_ELEMENT', { path: PATH, element: el.id }, { id: el.id ?? '?', type });
  return false;
}

const readers: Record<string, Reader> = {
  'bpmn:StartEvent': (el, node, d) => {
    node.type = 'startEvent';
    return plain(el, d);
  },
  'bpmn:EndEvent': (el, node, d) => {
    node.type = 'endEvent';
    const outcome = attr(el, 'outcome');
    if (outcome) node.outcome = outcome;
    const defs = definitionsOf(el);
    if (defs.length !== 1 || defs[0]!.$type !== 'bpmn:ErrorEventDefinition') return plain(el, d);
    const code = defs[0]!.errorRef?.errorCode;
    if (typeof code === 'string' && code.trim()) node.errorCode = code.trim();
    else d.add('ERROR_END_NO_CODE', { path: PATH, element: node.id }, { id: node.id });
    return true;
  },
  'bpmn:UserTask': (el, node) => {
    node.type = 'userTask';
    if (el.isForCompensation === true) node.forCompensation = true;
    const form = attr(el, 'form') ?? foreign(el, 'formKey', 'formDefinition', 'formKey');
    if (form) node.form = form.replace(/^camunda-forms:bpmn:/, '');
    const roles =
      attr(el, 'candidateRoles') ??
      foreign(el, 'candidateGroups', 'assignmentDefinition', 'candidateGroups');
    node.roles = (roles ?? '')
      .split(',')
      .map((r) => r.trim())
      .filter(Boolean);
    const variable = attr(el, 'resultVariable');
    if (variable) node.variable = variable;
    return true;
  },
  'bpmn:ServiceTask': (el, node) => {
    node.type = 'serviceTask';
    if (el.isForCompensation === true) node.forCompensation = true;
    const action = attr(el, 'action') ?? foreign(el, 'topic', 'taskDefinition', 'type');
    if (action) node.action = action;
    for (const key of ['input', 'output', 'resultVariable'] as const) {
      const v = attr(el, key);
      if (v) node[key === 'resultVariable' ? 'variable' : key] = v;
    }
    const attempts = Number(attr(el, 'maximumAttempts'));
    if (Number.isInteger(attempts) && attempts > 0)
      node.retry = { maximumAttempts: Math.min(attempts, 100) };
    return true;
  },
  'bpmn:CallActivity': (el, node) => {
    node.type = 'callActivity';
    const service = attr(el, 'service') ?? attr(el, 'calledElement');
    if (service) node.service = service;
    for (const key of ['input', 'output', 'resultVariable'] as const) {
      const v = attr(el, key);
      if (v) node[key === 'resultVariable' ? 'variable' : key] = v;
    }
    return true;
  },
  'bpmn:ReceiveTask': (el, node, d) => {
    node.type = 'receiveTask';
    const variable = attr(el, 'resultVariable');
    if (variable) node.variable = variable;
    const name = el.messageRef?.name ?? el.messageRef?.id;
    if (name) node.message = name;
    else d.add('MESSAGE_MISSING', { path: PATH, element: node.id }, { id: node.id });
    return true;
  },
  'bpmn:ExclusiveGateway': (el, node) => {
    node.type = 'exclusiveGateway';
    if (el.default?.id) node.default = el.default.id;
    return true;
  },
  'bpmn:ParallelGateway': (_el, node) => {
    node.type = 'parallelGateway';
    return true;
  },
  'bpmn:IntermediateCatchEvent': (el, node, d) => {
    const def = single(el, d);
    if (!def) return false;
    const variable = attr(el, 'resultVariable');
    if (variable) node.variable = variable;
    if (def.$type === 'bpmn:TimerEventDefinition') {
      node.type = 'timerEvent';
      return timerOf(def, node, d);
    }
    if (def.$type === 'bpmn:MessageEventDefinition') {
      node.type = 'messageEvent';
      const name = def.messageRef?.name ?? def.messageRef?.id;
      if (name) node.message = name;
      else d.add('MESSAGE_MISSING', { path: PATH, element: node.id }, { id: node.id });
      return true;
    }
    d.add(
      'BPMN_UNSUPPORTED_ELEMENT',
      { path: PATH, element: node.id },
      { id: node.id, type: def.$type },
    );
    return false;
  },
  'bpmn:BoundaryEvent': (el, node, d) => {
    const def = single(el, d);
    if (!def) return false;
    if (el.attachedToRef?.id) node.attachedTo = el.attachedToRef.id;
    node.interrupting = el.cancelActivity !== false;
    if (def.$type === 'bpmn:TimerEventDefinition') {
      node.type = 'boundaryTimer';
      return timerOf(def, node, d);
    }
    if (def.$type === 'bpmn:ErrorEventDefinition') {
      node.type = 'boundaryError';
      node.interrupting = true;
      const code = def.errorRef?.errorCode;
      if (code) node.errorCode = code;
      return true;
    }
    d.add(
      'BPMN_UNSUPPORTED_ELEMENT',
      { path: PATH, element: node.id },
      { id: node.id, type: def.$type },
    );
    return false;
  },
};

function executableProcess(definitions: ModdleElement, d: Diagnostics): ModdleElement | undefined {
  const processes = (definitions.rootElements ?? []).filter(
    (e: ModdleElement) => e.$type === 'bpmn:Process',
  );
  const withFlow = processes.filter((p: ModdleElement) => (p.flowElements ?? []).length > 0);
  const candidates = withFlow.length > 0 ? withFlow : processes;
  if (candidates.length === 0) d.add('BPMN_NO_PROCESS', { path: PATH });
  else if (candidates.length > 1) d.add('BPMN_MULTIPLE_PROCESSES', { path: PATH });
  return candidates.length === 1 ? candidates[0] : undefined;
}

function localized(el: ModdleElement): { ka: string; en: string } | undefined {
  const ka = typeof el.name === 'string' ? el.name.trim() : '';
  const en = attr(el, 'nameEn') ?? ka;
  return ka || en ? { ka: ka || en, en } : undefined;
}

export function readProcess(definitions: ModdleElement, d: Diagnostics): ProcessGraph | undefined {
  const process = executableProcess(definitions, d);
  if (!process) return undefined;
  const elements: ModdleElement[] = process.flowElements ?? [];
  if (elements.length > LIMITS.processElements) {
    d.add('BPMN_LIMIT', { path: PATH }, { limit: `${LIMITS.processElements} flow elements` });
    return undefined;
  }
  const graph: ProcessGraph = { processId: process.id ?? 'process', nodes: {}, flows: {} };
  for (const el of elements) {
    const id = el.id ?? '';
    if (el.$type === 'bpmn:SequenceFlow') {
      const flow: DefinitionFlow = {
        id,
        source: el.sourceRef?.id ?? '',
        target: el.targetRef?.id ?? '',
      };
      const body = el.conditionExpression?.body;
      if (typeof body === 'string' && body.trim()) flow.condition = body.trim();
      graph.flows[id] = flow;
      continue;
    }
    // Read after every activity exists (readCompensation): not a node a token visits.
    if (isCompensationBoundary(el)) continue;
    const reader = readers[el.$type];
    const node: DefinitionNode = { id, type: 'startEvent', incoming: [], outgoing: [] };
    const name = localized(el);
    if (name) node.name = name;
    if (!reader) {
      d.add('BPMN_UNSUPPORTED_ELEMENT', { path: PATH, element: id }, { id, type: el.$type });
      continue;
    }
    if (reader(el, node, d)) graph.nodes[id] = node;
  }
  for (const flow of Object.values(graph.flows)) {
    graph.nodes[flow.source]?.outgoing.push(flow.id);
    graph.nodes[flow.target]?.incoming.push(flow.id);
  }
  for (const node of Object.values(graph.nodes)) {
    const host = node.attachedTo ? graph.nodes[node.attachedTo] : undefined;
    if (host) host.boundaries = [...(host.boundaries ?? []), node.id];
  }
  readCompensation(process, elements, graph, d);
  return graph;
}
