// Writes a moddle definitions tree back to BPMN XML, DI and `gov` attributes kept.
import type { ModdleElement } from 'bpmn-moddle';
import { createModdle } from './moddle.ts';

export async function exportBpmn(definitions: ModdleElement): Promise<string> {
  const { xml } = await createModdle().toXML(definitions, { format: true });
  return xml;
}
