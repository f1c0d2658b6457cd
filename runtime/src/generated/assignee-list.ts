// Generated from runtime/src/http/schemas/assignee-list.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * The users of the session's tenant to whom a supervisor may give a task: enabled, and holding one of its candidate roles there.
 */
export interface AssigneeList {
  /**
   * The task being given, as the dialog names it.
   */
  task: {
    id: string;
    title: {
      ka: string;
      en: string;
    } | null;
    caseNumber: string | null;
    serviceId: string;
    assigneeId: string | null;
    candidateRoles: ('analyst' | 'clerk' | 'supervisor' | 'auditor' | 'admin')[];
    dueAt: string | null;
  };
  items: {
    id: string;
    username: string;
    displayName: string;
    /**
     * The user's roles in the tenant that the task is offered to.
     */
    roles: ('analyst' | 'clerk' | 'supervisor' | 'auditor' | 'admin')[];
  }[];
}
