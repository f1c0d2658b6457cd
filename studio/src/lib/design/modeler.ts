// bpmn-js with our `gov` extension, and the few diagram services the studio
// talks to. Imported only by the designer's lazily loaded chunk.
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn.css';
import { govDescriptor } from '@saqme/engine';
import Modeler from 'bpmn-js/lib/Modeler';
import { translations } from './modeler-translations.ts';

export interface ModdleElement {
  $type: string;
  id?: string;
  name?: string;
  get(name: string): unknown;
  [key: string]: unknown;
}

export interface DiagramElement {
  id: string;
  type: string;
  businessObject: ModdleElement;
  source?: DiagramElement;
  target?: DiagramElement;
  labelTarget?: DiagramElement;
}

export interface Services {
  modeling: {
    updateProperties(element: DiagramElement, props: Record<string, unknown>): void;
    updateModdleProperties(
      element: DiagramElement,
      moddleElement: ModdleElement,
      props: Record<string, unknown>,
    ): void;
  };
  moddle: { create(type: string, attrs?: Record<string, unknown>): ModdleElement };
  canvas: {
    addMarker(element: string, marker: string): void;
    removeMarker(element: string, marker: string): void;
    scrollToElement(element: DiagramElement): void;
    zoom(level: 'fit-viewport' | number, center?: 'auto'): number;
    getRootElement(): DiagramElement;
  };
  selection: { select(element: DiagramElement | null): void };
  elementRegistry: {
    get(id: string): DiagramElement | undefined;
    getAll(): DiagramElement[];
  };
  eventBus: {
    on(event: string, callback: (e: never) => void): void;
    off(event: string, callback: (e: never) => void): void;
  };
}

export function createModeler(container: HTMLElement, locale: 'ka' | 'en') {
  const modeler = new Modeler({
    container,
    moddleExtensions: { gov: govDescriptor },
    additionalModules: [
      {
        translate: [
          'value',
          (template: string, replacements: Record<string, string> = {}) =>
            (locale === 'ka' ? (translations[template] ?? template) : template).replace(
              /{([^}]+)}/g,
              (_, key: string) => replacements[key] ?? `{${key}}`,
            ),
        ],
      },
    ],
  });
  const services: Services = {
    modeling: modeler.get('modeling'),
    moddle: modeler.get('moddle'),
    canvas: modeler.get('canvas'),
    selection: modeler.get('selection'),
    elementRegistry: modeler.get('elementRegistry'),
    eventBus: modeler.get('eventBus'),
  };
  return { modeler, services };
}
