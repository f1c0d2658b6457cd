// Reads the diagram interchange (DI) of an imported BPMN model into plain
// shapes and edges, so tests can check that bpmn-js has a real drawing.
import { exportBpmn, importBpmn } from '@saqme/engine';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Diagram {
  /** Flow elements of the process by id, with their BPMN type. */
  elements: Map<string, { type: string; attachedTo?: string; source?: string; target?: string }>;
  shapes: Map<string, Box>;
  edges: Map<string, { x: number; y: number }[]>;
}

/** bpmn-moddle's elements are dynamic; this is the part of them the tests read. */
interface Element {
  $type: string;
  id?: string;
  flowElements?: Element[];
  rootElements?: Element[];
  diagrams?: { plane: { planeElement?: Element[] } }[];
  bpmnElement?: Element;
  bounds?: Box;
  waypoint?: { x: number; y: number }[];
  attachedToRef?: Element;
  sourceRef?: Element;
  targetRef?: Element;
}

/** Imports BPMN XML through the engine; throws when the engine reports anything. */
export async function importModel(xml: string): Promise<Element> {
  const { definitions, diagnostics } = await importBpmn(xml);
  if (!definitions || diagnostics.length > 0)
    throw new Error(`import failed: ${JSON.stringify(diagnostics.map((x) => x.message.en))}`);
  return definitions as unknown as Element;
}

export async function roundTrip(xml: string): Promise<string> {
  const model = await importModel(xml);
  return exportBpmn(model as unknown as Parameters<typeof exportBpmn>[0]);
}

export function diagramOf(definitions: Element): Diagram {
  const process = (definitions.rootElements ?? []).find((e) => e.$type === 'bpmn:Process');
  const elements: Diagram['elements'] = new Map();
  for (const e of process?.flowElements ?? []) {
    elements.set(e.id!, {
      type: e.$type,
      ...(e.attachedToRef ? { attachedTo: e.attachedToRef.id! } : {}),
      ...(e.sourceRef ? { source: e.sourceRef.id!, target: e.targetRef!.id! } : {}),
    });
  }
  const shapes: Diagram['shapes'] = new Map();
  const edges: Diagram['edges'] = new Map();
  for (const di of definitions.diagrams?.[0]?.plane.planeElement ?? []) {
    const id = di.bpmnElement?.id ?? '';
    if (di.$type === 'bpmndi:BPMNShape' && di.bounds) {
      const { x, y, width, height } = di.bounds;
      shapes.set(id, { x, y, width, height });
    }
    if (di.$type === 'bpmndi:BPMNEdge')
      edges.set(
        id,
        (di.waypoint ?? []).map(({ x, y }) => ({ x, y })),
      );
  }
  return { elements, shapes, edges };
}
