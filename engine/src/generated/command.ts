// Generated from engine/src/schemas/command.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * What the driver (Temporal workflow or simulator) must do after a step; each carries everything needed to do it.
 */
export type EngineCommand =
  | OpenTaskCommand
  | CloseTaskCommand
  | RunActionCommand
  | StartTimerCommand
  | CancelTimerCommand
  | StartChildCommand
  | CancelChildCommand
  | CancelActionCommand
  | RaiseIncidentCommand
  | CompleteCaseCommand;

export interface OpenTaskCommand {
  type: 'openTask';
  taskId: string;
  node: string;
  form: string;
  roles: string[];
  title: Localized;
  /**
   * Earliest interrupting boundary timer (the SLA).
   */
  dueAt?: string;
}
export interface Localized {
  ka: string;
  en: string;
}
export interface CloseTaskCommand {
  type: 'closeTask';
  taskId: string;
  reason: 'completed' | 'cancelled';
}
export interface RunActionCommand {
  type: 'runAction';
  actionId: string;
  node: string;
  action: string;
  input: unknown;
  /**
   * <node>/<visit>/<attempt>: stable per (node, visit), changes only on an operator retry.
   */
  idempotencyKey: string;
  retry: RetryPolicy;
}
export interface RetryPolicy {
  maximumAttempts?: number;
  initialInterval?: string;
  backoffCoefficient?: number;
  maximumInterval?: string;
}
export interface StartTimerCommand {
  type: 'startTimer';
  timerId: string;
  node: string;
  fireAt: string;
}
export interface CancelTimerCommand {
  type: 'cancelTimer';
  timerId: string;
}
export interface StartChildCommand {
  type: 'startChild';
  childId: string;
  node: string;
  service: string;
  input: unknown;
}
export interface CancelChildCommand {
  type: 'cancelChild';
  childId: string;
}
/**
 * A running action is no longer awaited (interrupting timer, cancelled case); its late result is rejected.
 */
export interface CancelActionCommand {
  type: 'cancelAction';
  actionId: string;
}
export interface RaiseIncidentCommand {
  type: 'raiseIncident';
  actionId: string;
  node: string;
  error: {
    code: string;
    message?: string;
  };
}
export interface CompleteCaseCommand {
  type: 'completeCase';
  status: 'completed' | 'cancelled';
  outcome?: string;
  /**
   * The case ended through an error end event that nothing caught: the error it raised.
   */
  error?: {
    code: string;
    message?: string;
  };
}
