// Compensation as standard BPMN draws it: a boundary event with a
// compensateEventDefinition on an activity, joined by an association to a
// handler activity marked isForCompensation. The boundary becomes the host's
// `compensation` (the handler's id); the handler stays a node that no flow
// enters, run only when a cancelled case undoes what it completed.
import type { ModdleElement } from 'bpmn-moddle';
import type { Diagnostics } from '../definition/diagnostics.ts';
import type { ProcessGraph } from './read-process.ts';

const PATH = 'process.bpmn';
const HOSTS = ['userTask', 'serviceTask', 'receiveTask', 'callActivity'];
const HANDLERS = ['userTask', 'serviceTask'];

export function isCompensationBoundary(el: ModdleElement): boolean {
  return (
    el.$type === 'bpmn:BoundaryEvent' &&
    (el.eventDefinitions ?? []).some(
      (e: ModdleElement) => e.$type === 'bpmn:CompensateEventDefinition',
    )
  );
}

/** The handler an association joins to the boundary (either direction, as modelers differ). */
function handlerOf(process: ModdleElement, boundary: string): string | undefined {
  for (const a of process.artifacts ?? []) {
    if (a.$type !== 'bpmn:Association') continue;
    if (a.sourceRef?.id === boundary && a.targetRef?.id) return a.targetRef.id;
    if (a.targetRef?.id === boundary && a.sourceRef?.id) return a.sourceRef.id;
  }
  return undefined;
}

export function readCompensation(
  process: ModdleElement,
  elements: ModdleElement[],
  graph: ProcessGraph,
  d: Diagnostics,
): void {
  const used = new Set<string>();
  for (const el of elements.filter(isCompensationBoundary)) {
    const id: string = el.id ?? '';
    const at = { path: PATH, element: id };
    const host = graph.nodes[el.attachedToRef?.id ?? ''];
    if (!host || !HOSTS.includes(host.type)) {
      d.add('COMPENSATION_TARGET', at, { id });
      continue;
    }
    const handlerId = handlerOf(process, id);
    if (!handlerId) {
      d.add('COMPENSATION_NO_HANDLER', at, { id });
      continue;
    }
    const handler = graph.nodes[handlerId];
    if (
      !handler?.forCompensation ||
      !HANDLERS.includes(handler.type) ||
      handler.incoming.length > 0 ||
      handler.outgoing.length > 0
    ) {
      d.add('COMPENSATION_HANDLER_INVALID', { path: PATH, element: handlerId }, { id: handlerId });
      used.add(handlerId);
      continue;
    }
    if (host.compensation) {
      d.add('COMPENSATION_DUPLICATE', { path: PATH, element: host.id }, { id: host.id });
      continue;
    }
    host.compensation = handlerId;
    used.add(handlerId);
  }
  for (const el of elements) {
    const id: string = el.id ?? '';
    if (!el.isForCompensation || used.has(id)) continue;
    const node = graph.nodes[id];
    const at = { path: PATH, element: id };
    if (node && !HANDLERS.includes(node.type)) d.add('COMPENSATION_HANDLER_INVALID', at, { id });
    else if (node) d.add('COMPENSATION_HANDLER_UNUSED', at, { id });
  }
}
