// Public API of @saqme/engine: the pure core of Saqme.
export { exportBpmn } from './bpmn/export-bpmn.ts';
export { type ImportedBpmn, importBpmn } from './bpmn/import-bpmn.ts';
export { LIMITS } from './bpmn/limits.ts';
export { govDescriptor } from './bpmn/moddle.ts';
export type { Bundle } from './definition/bundle.ts';
export { type CompileResult, compile } from './definition/compile.ts';
export { canonicalJson, sha256 } from './definition/content-hash.ts';
export {
  catalog as diagnosticCatalog,
  type DiagnosticCode,
} from './definition/diagnostic-catalog.ts';
export type { CompileOptions } from './definition/rule-context.ts';
export { formVariable } from './definition/rule-context.ts';
export { compileFeel, type FeelCompiled, type FeelError } from './expression/compile-feel.ts';
export { type Duration, parseDuration } from './expression/duration.ts';
export { freeVariablePaths } from './expression/feel-names.ts';
export type { Localized } from './expression/localized.ts';
export type { ActionCatalogue, ActionCatalogueEntry } from './generated/action-catalogue.ts';
export type * from './generated/command.ts';
export type {
  Definition,
  DefinitionFlow,
  DefinitionForm,
  DefinitionNode,
  NodeType,
  TimerSpec,
} from './generated/definition.ts';
export type { Diagnostic } from './generated/diagnostic.ts';
export type * from './generated/event.ts';
export type { FormFile } from './generated/form.ts';
export type {
  ScenarioActionResult,
  ScenarioExpectedIssue,
  ScenarioFile,
  ScenarioInvalidStart,
  ScenarioStep,
} from './generated/scenario.ts';
export type { ServiceFile } from './generated/service.ts';
export type { CaseIdentity, CaseState, Token } from './generated/state.ts';
export {
  ENGINE_FEATURES,
  type EngineFeature,
  type EngineFeatures,
  featuresBy,
  LATEST_FEATURES,
} from './interpreter/features.ts';
export { type Interpreter, interpreter } from './interpreter/interpreter.ts';
export { type Pending, pending } from './interpreter/pending.ts';
export { type StartInput, start } from './interpreter/start.ts';
export { step } from './interpreter/step.ts';
export type { Rejection, StepResult } from './interpreter/step-result.ts';
export { schemas } from './schemas/index.ts';
export type { CheckFailure } from './simulate/check.ts';
export type { FormIssue, TaskValidator } from './simulate/form-checks.ts';
export { RETRIES_EXHAUSTED } from './simulate/result-event.ts';
export {
  MAX_SIMULATION_EVENTS,
  type SimulateOptions,
  type SimulationResult,
  simulate,
  type TimelineEntry,
} from './simulate/simulate.ts';
export { type BundleSimulation, simulateBundle } from './simulate/simulate-bundle.ts';
