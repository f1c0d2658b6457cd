// Generated from runtime/src/http/schemas/task-reassign.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * A supervisor gives the task to a user of the tenant, or (no assigneeId) back to the pool; roles replace the candidate roles.
 */
export interface TaskReassign {
  assigneeId?: string;
  /**
   * @minItems 1
   */
  roles?: [
    'analyst' | 'clerk' | 'supervisor' | 'auditor' | 'admin',
    ...('analyst' | 'clerk' | 'supervisor' | 'auditor' | 'admin')[]
  ];
}
