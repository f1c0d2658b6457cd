// Generated from engine/src/schemas/state.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * The interpreter's whole state for one case: plain JSON, serializable at any step.
 */
export interface CaseState {
  schemaVersion: 1;
  definitionHash: string;
  serviceId: string;
  status: 'running' | 'completed' | 'cancelled';
  outcome?: string;
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
