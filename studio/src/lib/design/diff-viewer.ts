// bpmn-js's read-only Viewer with our `gov` extension, for the diagram diff.
// Imported only by the diff page's lazily loaded chunk. Each changed element
// gets a marker class (coloured by CSS) and a badge (+, −, ~) so the change
// does not rest on colour alone.
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn.css';
import { govDescriptor } from '@saqme/engine';
import Viewer from 'bpmn-js/lib/NavigatedViewer';

export type DiffStatus = 'added' | 'removed' | 'changed';

const BADGE: Record<DiffStatus, string> = { added: '+', removed: '−', changed: '~' };

interface Canvas {
  addMarker(id: string, marker: string): void;
  zoom(level: 'fit-viewport', center?: 'auto'): number;
}
interface Overlays {
  add(id: string, overlay: { position: { top: number; right: number }; html: string }): string;
}
interface Registry {
  get(id: string): unknown;
}

export interface DiffViewer {
  destroy(): void;
}

/** Draws `xml` in `container` and marks the given elements; ids absent from this diagram are skipped. */
export async function showDiff(
  container: HTMLElement,
  xml: string,
  marks: { id: string; status: DiffStatus }[],
): Promise<DiffViewer> {
  const viewer = new Viewer({ container, moddleExtensions: { gov: govDescriptor } });
  await viewer.importXML(xml);
  const canvas = viewer.get<Canvas>('canvas');
  const overlays = viewer.get<Overlays>('overlays');
  const registry = viewer.get<Registry>('elementRegistry');
  for (const { id, status } of marks) {
    if (!registry.get(id)) continue;
    canvas.addMarker(id, `vdiff-${status}`);
    overlays.add(id, {
      position: { top: -8, right: 8 },
      html: `<span class="vdiff-badge vdiff-badge-${status}" aria-hidden="true">${BADGE[status]}</span>`,
    });
  }
  canvas.zoom('fit-viewport', 'auto');
  return { destroy: () => viewer.destroy() };
}
