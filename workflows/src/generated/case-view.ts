// Generated from workflows/src/schemas/case-view.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * Also the CaseStatus search attribute.
 */
export type CaseStatus = 'running' | 'incident' | 'completed' | 'cancelled';

/**
 * The `state` query: a running case as the office sees it.
 */
export interface CaseView {
  caseId: string;
  tenantId: string;
  serviceId: string;
  version: number;
  hash: string;
  status: CaseStatus;
  outcome?: string;
  variables: {
    [k: string]: unknown;
  };
  currentSteps: string[];
  openTasks: TaskView[];
  incidents: IncidentView[];
  /**
   * Armed timers (SLA deadlines, waits), earliest first.
   */
  timers: TimerView[];
  actionsInFlight: number;
  path: {
    node: string;
    at: string;
  }[];
  /**
   * The case clock when the query ran.
   */
  now: string;
}
export interface TaskView {
  taskId: string;
  node: string;
  form: string;
  roles: string[];
  title: Localized;
  dueAt?: string;
  assignee?: string;
  openedAt: string;
}
export interface Localized {
  ka: string;
  en: string;
}
export interface IncidentView {
  actionId: string;
  node: string;
  code: string;
  message?: string;
  at: string;
}
export interface TimerView {
  timerId: string;
  node: string;
  fireAt: string;
}
