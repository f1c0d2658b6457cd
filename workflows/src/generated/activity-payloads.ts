// Generated from workflows/src/schemas/activity-payloads.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * What the procedure hands its activities (implemented by the runtime).
 */
export type ActivityPayload =
  ActionRequest | CaseProjection | TaskProjection | AuditEntry | Notification;

/**
 * Run one action of a service task. The idempotency key is stable across Temporal's retries of the same visit and changes only when an operator retries an incident.
 */
export interface ActionRequest {
  caseId: string;
  tenantId: string;
  serviceId: string;
  actionId: string;
  node: string;
  action: string;
  input: unknown;
  /**
   * <caseId>/<node>/<visit>[#attempt]
   */
  idempotencyKey: string;
}
/**
 * The case row; `seq` grows with every write, so a stale write is ignored.
 */
export interface CaseProjection {
  caseId: string;
  tenantId: string;
  serviceId: string;
  version: number;
  hash: string;
  initiator: string;
  parentCaseId?: string;
  status: 'running' | 'incident' | 'completed' | 'cancelled';
  outcome?: string;
  currentSteps: string[];
  variables?: {
    [k: string]: unknown;
  };
  seq: number;
  at: string;
}
export interface TaskProjection {
  caseId: string;
  tenantId: string;
  taskId: string;
  node: string;
  form: string;
  roles: string[];
  title: Localized;
  dueAt?: string;
  assignee?: string;
  status: 'open' | 'completed' | 'cancelled';
  completedBy?: string;
  seq: number;
  at: string;
}
export interface Localized {
  ka: string;
  en: string;
}
/**
 * One audit event; (caseId, seq) identifies it, so a retried append is a no-op.
 */
export interface AuditEntry {
  caseId: string;
  tenantId: string;
  seq: number;
  type: string;
  actor?: string;
  node?: string;
  data?: unknown;
  at: string;
}
export interface Notification {
  caseId: string;
  tenantId: string;
  kind: 'taskOpened' | 'taskReassigned' | 'incidentRaised' | 'caseFinished';
  /**
   * Idempotency key of the notification.
   */
  key: string;
  roles?: string[];
  user?: string;
  title?: Localized;
  at: string;
}
