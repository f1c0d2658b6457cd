// Generated from engine/src/schemas/event.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * Something that happened outside the interpreter, fed to step().
 */
export type EngineEvent =
  | TaskCompletedEvent
  | MessageReceivedEvent
  | TimerFiredEvent
  | ActionSucceededEvent
  | ActionFailedEvent
  | ActionExhaustedEvent
  | ChildCompletedEvent
  | ChildFailedEvent
  | IncidentResolvedEvent
  | CancelCaseEvent;

export interface TaskCompletedEvent {
  type: 'taskCompleted';
  taskId: string;
  data: {
    [k: string]: unknown;
  };
  by?: string;
}
export interface MessageReceivedEvent {
  type: 'messageReceived';
  name: string;
  data?: unknown;
}
export interface TimerFiredEvent {
  type: 'timerFired';
  timerId: string;
}
export interface ActionSucceededEvent {
  type: 'actionSucceeded';
  actionId: string;
  output?: unknown;
}
/**
 * A business error of the action (the action said no): caught by a matching error boundary, else raised as an incident.
 */
export interface ActionFailedEvent {
  type: 'actionFailed';
  actionId: string;
  error: {
    code: string;
    message?: string;
  };
}
/**
 * The action kept failing until its retry policy ran out: always an incident (operator retry, skip or cancel), never caught by an error boundary.
 */
export interface ActionExhaustedEvent {
  type: 'actionExhausted';
  actionId: string;
  error: {
    code: string;
    message?: string;
  };
}
/**
 * The sub-case ended. With `error` it ended through an error end event: the call activity throws that error (caught by a matching error boundary, else it ends this case too).
 */
export interface ChildCompletedEvent {
  type: 'childCompleted';
  childId: string;
  outcome?: string;
  output?: unknown;
  error?: {
    code: string;
    message?: string;
  };
}
/**
 * The sub-case's workflow failed or was terminated (not a business error): an incident on the call activity, resolved by retry (a new sub-case), skip or cancel.
 */
export interface ChildFailedEvent {
  type: 'childFailed';
  childId: string;
  error: {
    code: string;
    message?: string;
  };
}
export interface IncidentResolvedEvent {
  type: 'incidentResolved';
  actionId: string;
  resolution: 'retry' | 'skip';
  output?: unknown;
}
export interface CancelCaseEvent {
  type: 'cancelCase';
  reason?: string;
  /**
   * false: end at once, without running the compensation handlers of completed activities (the case file is torn down from outside). Default true.
   */
  compensate?: boolean;
}
