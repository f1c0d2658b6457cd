// The activities the procedure calls, as an interface: the runtime builds them
// with createActivities(deps) from its database, action registry and notifier;
// tests use in-memory ones. Workflow code sees this file only through
// `import type`.
import type { Definition } from '@saqme/engine';
import type {
  ActionRequest,
  AuditEntry,
  CaseProjection,
  Notification,
  TaskProjection,
} from './generated/activity-payloads.ts';
import type { ServiceRef } from './generated/procedure-input.ts';

/** A published service version, pinned: what a running case stays on. */
export interface DefinitionRef {
  serviceId: string;
  version: number;
  hash: string;
}

export interface LoadedDefinition {
  ref: DefinitionRef;
  definition: Definition;
}

export interface ProcedureActivities {
  /** Loads a compiled definition; an unpinned ref (call activity) resolves the current published version. */
  loadDefinition(ref: ServiceRef, tenantId: string): Promise<LoadedDefinition>;
  /**
   * Runs a service task's action. A business failure is an ApplicationFailure
   * marked non-retryable whose `type` is the error code (see businessError);
   * anything else is retried under the definition's policy.
   */
  runAction(request: ActionRequest): Promise<unknown>;
  /** Upserts the case row; ignores a write whose seq is not newer. */
  projectCase(projection: CaseProjection): Promise<void>;
  /** Upserts the task row; ignores a write whose seq is not newer. */
  projectTask(projection: TaskProjection): Promise<void>;
  /** Appends entries, in order, to the tenant's audit chain; each once per (caseId, seq). */
  appendAudit(entries: AuditEntry[]): Promise<void>;
  /** Sends a notification once per key. */
  notify(notification: Notification): Promise<void>;
}

/** Activity names: what the runtime registers and the benchmark's hand-written workflow calls. */
export const ACTIVITY_NAMES = [
  'loadDefinition',
  'runAction',
  'projectCase',
  'projectTask',
  'appendAudit',
  'notify',
] as const satisfies readonly (keyof ProcedureActivities)[];

/** What the runtime's createActivities(deps) is built from: one port per concern. */
export interface ProcedureActivityDeps {
  definitions: {
    load(ref: ServiceRef, tenantId: string): Promise<LoadedDefinition>;
  };
  actions: {
    /** Throws businessError(code) for an expected failure; any other throw is retried. */
    run(request: ActionRequest): Promise<unknown>;
  };
  projection: {
    upsertCase(projection: CaseProjection): Promise<void>;
    upsertTask(projection: TaskProjection): Promise<void>;
  };
  audit: {
    /** Appends in order, in one transaction; an entry already there is skipped. */
    append(entries: AuditEntry[]): Promise<void>;
  };
  notifier: {
    send(notification: Notification): Promise<void>;
  };
}
