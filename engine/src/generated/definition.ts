// Generated from engine/src/schemas/definition.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

export type NodeType =
  | 'startEvent'
  | 'endEvent'
  | 'userTask'
  | 'serviceTask'
  | 'exclusiveGateway'
  | 'parallelGateway'
  | 'timerEvent'
  | 'messageEvent'
  | 'receiveTask'
  | 'boundaryTimer'
  | 'boundaryError'
  | 'callActivity';

/**
 * A compiled, executable service: a plain JSON graph with a content hash.
 */
export interface Definition {
  schemaVersion: 1;
  /**
   * SHA-256 (hex) of the canonical JSON of everything else.
   */
  hash: string;
  service: {
    id: string;
    title: Localized;
    roles: string[];
    tenants: string[];
    startForm: string;
    startVariable: string;
    /**
     * Citizens may apply online; present only when true, so other definitions keep their hash.
     */
    public?: true;
    guide?: Localized;
    /**
     * How timer days count: calendar days, or working days (Monday to Friday in Tbilisi, except holidays).
     */
    sla?: {
      calendar?: 'calendar-days' | 'working-days';
      holidays?: string[];
    };
    calledServices?: string[];
  };
  forms: {
    [k: string]: DefinitionForm;
  };
  actions: {
    [k: string]: {
      title: Localized;
      retry?: RetryPolicy;
    };
  };
  start: string;
  nodes: {
    [k: string]: DefinitionNode;
  };
  flows: {
    [k: string]: DefinitionFlow;
  };
}
export interface Localized {
  ka: string;
  en: string;
}
export interface DefinitionForm {
  key: string;
  title?: Localized;
  schema: {
    [k: string]: unknown;
  };
  ui?: {
    [k: string]: unknown;
  };
}
export interface RetryPolicy {
  maximumAttempts?: number;
  initialInterval?: string;
  backoffCoefficient?: number;
  maximumInterval?: string;
}
export interface DefinitionNode {
  id: string;
  type: NodeType;
  name?: Localized;
  guide?: Localized;
  incoming: string[];
  outgoing: string[];
  /**
   * endEvent: the case outcome.
   */
  outcome?: string;
  /**
   * userTask: form key.
   */
  form?: string;
  /**
   * userTask: candidate roles.
   */
  roles?: string[];
  /**
   * userTask, serviceTask, messageEvent, receiveTask, callActivity: the variable receiving the result.
   */
  variable?: string;
  /**
   * serviceTask: action name.
   */
  action?: string;
  /**
   * serviceTask, callActivity: FEEL giving the input.
   */
  input?: string;
  /**
   * serviceTask, callActivity: FEEL mapping the raw result (as `result`) to the stored value.
   */
  output?: string;
  retry?: RetryPolicy;
  /**
   * exclusiveGateway: the default flow id.
   */
  default?: string;
  timer?: TimerSpec;
  /**
   * boundary events: the activity id.
   */
  attachedTo?: string;
  interrupting?: boolean;
  /**
   * boundaryError: the error code caught (absent catches every business error); endEvent: the error this error end event raises.
   */
  errorCode?: string;
  /**
   * messageEvent, receiveTask: message name.
   */
  message?: string;
  /**
   * callActivity: the called service id.
   */
  service?: string;
  /**
   * activities: ids of attached boundary events.
   */
  boundaries?: string[];
  /**
   * activities: the handler node that undoes this activity when a completed case is cancelled (compensation boundary event).
   */
  compensation?: string;
  /**
   * userTask, serviceTask: a compensation handler (isForCompensation), entered only by a cancellation, never by a flow.
   */
  forCompensation?: boolean;
}
export interface TimerSpec {
  kind: 'duration' | 'date';
  /**
   * An ISO-8601 duration or instant, or FEEL when it starts with '='.
   */
  expression: string;
}
export interface DefinitionFlow {
  id: string;
  source: string;
  target: string;
  /**
   * FEEL condition.
   */
  condition?: string;
}
