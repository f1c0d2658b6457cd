// Projection, audit and notification activities run one after another beside
// the case, never blocking it: the case row and task rows are written in the
// order the case changed, and a burst of case changes collapses into one
// write of the latest. They run outside cancellation, so a cancelled case
// still records how it ended.
import { CancellationScope, log, proxyActivities } from '@temporalio/workflow';
import type { ProcedureActivities } from './activities.ts';
import type {
  AuditEntry,
  CaseProjection,
  Notification,
  TaskProjection,
} from './generated/activity-payloads.ts';

const projections = proxyActivities<ProcedureActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: 500, maximumInterval: 30_000 },
});

export class ProjectionLane {
  private tail: Promise<void> = Promise.resolve();
  private pendingCase: CaseProjection | undefined;
  private audit: AuditEntry[] = [];
  pending = 0;

  private enqueue(work: () => Promise<void>): void {
    this.pending++;
    this.tail = this.tail
      .then(() => CancellationScope.nonCancellable(work))
      .catch((error: unknown) => log.error('projection failed', { error: String(error) }))
      .finally(() => {
        this.pending--;
      });
  }

  projectCase(projection: CaseProjection): void {
    const queued = this.pendingCase !== undefined;
    this.pendingCase = projection;
    if (queued) return;
    this.enqueue(async () => {
      const latest = this.pendingCase!;
      this.pendingCase = undefined;
      await projections.projectCase(latest);
    });
  }

  projectTask(projection: TaskProjection): void {
    this.enqueue(() => projections.projectTask(projection));
  }

  appendAudit(entry: AuditEntry): void {
    this.audit.push(entry);
    if (this.audit.length > 1) return;
    this.enqueue(async () => {
      const batch = this.audit;
      this.audit = [];
      for (const e of batch) await projections.appendAudit(e);
    });
  }

  notify(notification: Notification): void {
    this.enqueue(() => projections.notify(notification));
  }

  /** Resolves when everything queued so far is written. */
  drained(): Promise<void> {
    return this.tail;
  }
}
