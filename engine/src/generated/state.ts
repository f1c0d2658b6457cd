// Generated from engine/src/schemas/state.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * The interpreter's whole state for one case: plain JSON, serializable at any step.
 */
export interface CaseState {
  schemaVersion: 1;
  definitionHash: string;
  serviceId: string;
  case?: CaseIdentity;
  status: 'running' | 'completed' | 'cancelled';
  outcome?: string;
  /**
   * Set when the case ended through an error end event that nothing caught.
   */
  error?: {
    code: string;
    message?: string;
  };
  variables: {
    [k: string]: unknown;
  };
  /**
   * How many times each node was entered; ids derive from it, so they are deterministic.
   */
  visits: {
    [k: string]: number;
  };
  tokens: Token[];
  /**
   * Parallel joins: tokens waiting per incoming flow.
   */
  joins: {
    [k: string]: {
      [k: string]: number;
    };
  };
  path: {
    node: string;
    at: string;
  }[];
  /**
   * Completed activities that carry a compensation handler, in completion order: what a cancellation undoes.
   */
  compensable?: {
    node: string;
    handler: string;
    /**
     * The completed activity's token id.
     */
    id: string;
  }[];
  /**
   * While a cancellation runs compensation handlers: the handler nodes still to run, in order.
   */
  compensating?: string[];
}
/**
 * The case identity the runtime gave at start; FEEL reads it as `case`. Absent when the driver gave none.
 */
export interface CaseIdentity {
  /**
   * The runtime's case id.
   */
  id: string;
  /**
   * The human case number, e.g. MR-2026-000123.
   */
  number: string;
  tenant: string;
  /**
   * The service id.
   */
  service: string;
  /**
   * The published version of the service.
   */
  version?: number;
}
/**
 * A token waiting at a node for an event.
 */
export interface Token {
  /**
   * <node>/<visit>: also the task, action, timer or child id.
   */
  id: string;
  node: string;
  wait: 'task' | 'action' | 'timer' | 'message' | 'child' | 'incident';
  attempt?: number;
  error?: {
    code: string;
    message?: string;
  };
  /**
   * Boundary timers armed on this activity: timer id and boundary node.
   */
  boundaryTimers?: {
    id: string;
    node: string;
    fireAt: string;
  }[];
}
