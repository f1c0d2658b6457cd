// Generated from workflows/src/schemas/requests.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * Arguments of the procedure's Updates and signals.
 */
export type ProcedureRequest =
  | CompleteTaskRequest
  | ReassignTaskRequest
  | ResolveIncidentRequest
  | CancelCaseRequest
  | MessageSignal
  | UpdateOutcome;

export interface CompleteTaskRequest {
  taskId: string;
  data: {
    [k: string]: unknown;
  };
  by: string;
  /**
   * Language of field errors; ka by default.
   */
  locale?: 'ka' | 'en';
}
export interface ReassignTaskRequest {
  taskId: string;
  /**
   * Absent: back to the candidate roles' pool.
   */
  assignee?: string;
  roles?: string[];
  by: string;
}
export interface ResolveIncidentRequest {
  actionId: string;
  by: string;
  /**
   * skip: the result the skipped action stands in for.
   */
  output?: {
    [k: string]: unknown;
  };
}
export interface CancelCaseRequest {
  by: string;
  reason?: string;
}
export interface MessageSignal {
  name: string;
  data?: unknown;
}
/**
 * What an accepted Update returns: the case after the change.
 */
export interface UpdateOutcome {
  status: 'running' | 'incident' | 'completed' | 'cancelled';
  openTasks: string[];
}
