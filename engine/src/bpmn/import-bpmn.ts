// Reads process.bpmn through bpmn-moddle, after size and nesting checks.
// Reader errors and warnings become diagnostics; nothing throws.
import type { ModdleElement } from 'bpmn-moddle';
import { Diagnostics } from '../definition/diagnostics.ts';
import type { Diagnostic } from '../generated/diagnostic.ts';
import { LIMITS } from './limits.ts';
import { createModdle } from './moddle.ts';
import { scanXml } from './scan-xml.ts';

const PATH = 'process.bpmn';

export interface ImportedBpmn {
  /** The moddle `bpmn:Definitions` root, diagram interchange (DI) included. */
  definitions: ModdleElement;
}

export async function parseBpmn(
  xml: string,
  diagnostics: Diagnostics,
): Promise<ImportedBpmn | undefined> {
  if (xml.length > LIMITS.bpmnChars) {
    diagnostics.add('BPMN_LIMIT', { path: PATH }, { limit: `${LIMITS.bpmnChars} characters` });
    return undefined;
  }
  const shape = scanXml(xml, LIMITS.bpmnDepth, LIMITS.bpmnElements);
  if (shape.depth > LIMITS.bpmnDepth) {
    diagnostics.add('BPMN_LIMIT', { path: PATH }, { limit: `nesting depth ${LIMITS.bpmnDepth}` });
    return undefined;
  }
  if (shape.elements > LIMITS.bpmnElements) {
    diagnostics.add('BPMN_LIMIT', { path: PATH }, { limit: `${LIMITS.bpmnElements} XML elements` });
    return undefined;
  }
  try {
    const result = await createModdle().fromXML(xml);
    for (const w of result.warnings.slice(0, 20)) {
      diagnostics.add(
        'BPMN_XML_WARNING',
        { path: PATH },
        { detail: w.message.split('\n')[0] ?? '' },
      );
    }
    if (result.rootElement?.$type !== 'bpmn:Definitions') {
      diagnostics.add('BPMN_XML_INVALID', { path: PATH }, { detail: 'no bpmn:definitions root' });
      return undefined;
    }
    return { definitions: result.rootElement };
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    diagnostics.add('BPMN_XML_INVALID', { path: PATH }, { detail: detail ?? '' });
    return undefined;
  }
}

/** Reads BPMN XML for tools (studio, scripts): the moddle tree, or diagnostics saying why not. */
export async function importBpmn(
  xml: string,
): Promise<{ definitions?: ModdleElement; diagnostics: Diagnostic[] }> {
  const d = new Diagnostics();
  const imported = await parseBpmn(xml, d);
  return imported
    ? { definitions: imported.definitions, diagnostics: d.list }
    : { diagnostics: d.list };
}
