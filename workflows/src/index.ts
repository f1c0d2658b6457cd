// Public API of @saqme/workflows: the generic `procedure` workflow's contract
// for the runtime (input, Updates, signals, queries, activities, worker options).

export { RETRIES_EXHAUSTED } from './action-failure.ts';
export type {
  DefinitionRef,
  LoadedDefinition,
  ProcedureActivities,
  ProcedureActivityDeps,
} from './activities.ts';
export { ACTIVITY_NAMES } from './activities.ts';
export { businessError } from './business-error.ts';
export type { CaseContinuation } from './case-driver.ts';
export { createActivities } from './create-activities.ts';
export type * from './generated/activity-payloads.ts';
export type { CaseResult } from './generated/case-result.ts';
export type {
  CaseStatus,
  CaseView,
  IncidentView,
  TaskView,
  TimerView,
} from './generated/case-view.ts';
export type { CaseClockOptions, ProcedureInput, ServiceRef } from './generated/procedure-input.ts';
export type {
  CancelCaseRequest,
  CompleteTaskRequest,
  MessageSignal,
  ReassignTaskRequest,
  ResolveIncidentRequest,
  UpdateOutcome,
} from './generated/requests.ts';
export {
  advanceClockSignal,
  cancelCaseUpdate,
  cancelIncidentUpdate,
  completeTaskUpdate,
  messageSignal,
  PROCEDURE_WORKFLOW,
  reassignTaskUpdate,
  retryIncidentUpdate,
  skipIncidentUpdate,
  stateQuery,
  timelineQuery,
} from './procedure-api.ts';
export {
  CaseStatusKey,
  CurrentStepsKey,
  ServiceIdKey,
  ServiceVersionKey,
  TenantIdKey,
} from './search-attributes.ts';
export {
  PROCEDURE_TASK_QUEUE,
  type ProcedureWorkerOptions,
  procedureWorkerOptions,
} from './worker-options.ts';
