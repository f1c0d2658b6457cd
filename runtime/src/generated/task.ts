// Generated from runtime/src/http/schemas/task.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * An open user task in the inbox (from the projection).
 */
export interface Task {
  id: string;
  caseId: string;
  nodeId: string;
  formKey: string;
  candidateRoles: ('analyst' | 'clerk' | 'supervisor' | 'auditor' | 'admin')[];
  assigneeId: string | null;
  status: 'open' | 'claimed' | 'completed' | 'cancelled';
  createdAt: string;
  dueAt: string | null;
  /**
   * The task's name in ka and en, from the definition.
   */
  title?: {
    ka: string;
    en: string;
    [k: string]: unknown;
  } | null;
  caseNumber?: string | null;
  /**
   * The service of the task's case.
   */
  serviceId?: string;
  /**
   * The display name of the user who holds the task.
   */
  assigneeName?: string | null;
}
