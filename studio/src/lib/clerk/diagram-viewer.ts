// bpmn-js's navigated viewer (pan and zoom, no editing) with the case's path
// marked. Imported only from CaseDiagram's onMount, so it is a chunk of its
// own that the inbox never loads.
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import type { CasePath } from './case-path.ts';

interface Canvas {
  addMarker(element: string, marker: string): void;
  zoom(level: 'fit-viewport'): number;
}
interface Registry {
  get(id: string): unknown;
}

/** The diagram's names are Georgian; English pages show the gov:nameEn beside each. */
function inEnglish(xml: string): string {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  for (const el of doc.querySelectorAll('*')) {
    const en = el.getAttribute('gov:nameEn');
    if (en) el.setAttribute('name', en);
  }
  return new XMLSerializer().serializeToString(doc);
}

export async function showDiagram(
  container: HTMLElement,
  xml: string,
  path: CasePath,
  locale: 'ka' | 'en',
) {
  const viewer = new NavigatedViewer({ container });
  await viewer.importXML(locale === 'en' ? inEnglish(xml) : xml);
  const canvas = viewer.get<Canvas>('canvas');
  const registry = viewer.get<Registry>('elementRegistry');
  const mark = (ids: string[], marker: string) => {
    for (const id of ids) if (registry.get(id)) canvas.addMarker(id, marker);
  };
  mark(path.done, 'case-done');
  mark(path.flows, 'case-done');
  mark(path.current, 'case-current');
  canvas.zoom('fit-viewport');
  return () => viewer.destroy();
}
