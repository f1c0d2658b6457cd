// What every lint rule sees: the read process, the bundle's files, the
// variables in scope (with their schemas) and the diagnostics sink.
import type { ProcessGraph } from '../bpmn/read-process.ts';
import type { ActionCatalogue } from '../generated/action-catalogue.ts';
import type { Definition } from '../generated/definition.ts';
import type { FormFile } from '../generated/form.ts';
import type { ScenarioFile } from '../generated/scenario.ts';
import type { ServiceFile } from '../generated/service.ts';
import stateSchema from '../schemas/state.schema.json' with { type: 'json' };
import type { Diagnostics } from './diagnostics.ts';

export interface CompileOptions {
  /** Compiled definitions of sub-services, by service id: resolves call activities and finds cycles. */
  services?: Record<string, Pick<Definition, 'service'>>;
  /**
   * The installation's action catalogue: when given, every service task must name an
   * action in it (service.json#actions then only adds titles, retries and output schemas).
   */
  actions?: ActionCatalogue;
}

export interface RuleContext {
  graph: ProcessGraph;
  service: ServiceFile;
  forms: Record<string, FormFile>;
  guide: Record<string, { file: string }>;
  scenarios: Record<string, ScenarioFile>;
  /** Variable name -> JSON Schema of its value, or undefined when any value is allowed. */
  variables: Map<string, Record<string, unknown> | undefined>;
  options: CompileOptions;
  d: Diagnostics;
}

export const BPMN = 'process.bpmn';

/** The FEEL variable holding the case identity; no form or result may take this name. */
export const CASE_VARIABLE = 'case';

/** The schema of `case` for FEEL path checks (the state schema's CaseIdentity). */
export const caseVariableSchema = stateSchema.$defs.CaseIdentity as Record<string, unknown>;

/** The variable a form's data lands in: its key in camelCase (citizen-request -> citizenRequest). */
export function formVariable(key: string): string {
  return key.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
