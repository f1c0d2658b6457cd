// Generated from runtime/src/http/schemas/diagram-diff.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

export type Status = 'added' | 'removed' | 'changed';

/**
 * What changed between two published versions, element by element of the compiled definitions (ids are the BPMN element ids), and field by field of their forms; with both versions' process.bpmn to draw.
 */
export interface DiagramDiff {
  from: number;
  to: number;
  fromBpmn: string;
  toBpmn: string;
  elements: ElementChange[];
  forms: FormChange[];
}
export interface ElementChange {
  id: string;
  kind: 'node' | 'flow';
  /**
   * The node type (userTask, exclusiveGateway, ...) or sequenceFlow.
   */
  type: string;
  status: Status;
  /**
   * The element's name in the newer version that has it.
   */
  name: Localized | null;
  /**
   * For a changed element, the definition properties that differ (name, form, roles, condition, target, ...).
   */
  properties: string[];
}
export interface Localized {
  ka: string;
  en: string;
}
export interface FormChange {
  form: string;
  /**
   * The field's name; null when the whole form was added or removed.
   */
  field: string | null;
  status: Status;
  /**
   * For a changed field: schema keywords (type, format, minLength, ...), `required`, and UI keys (ui.label, ui.widget, ...) that differ.
   */
  properties: string[];
}
