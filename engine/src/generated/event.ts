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
  | ChildCompletedEvent
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
 * A business error, or retries exhausted: caught by an error boundary or raised as an incident.
 */
export interface ActionFailedEvent {
  type: 'actionFailed';
  actionId: string;
  error: {
    code: string;
    message?: string;
  };
}
export interface ChildCompletedEvent {
  type: 'childCompleted';
  childId: string;
  outcome?: string;
  output?: unknown;
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
}
