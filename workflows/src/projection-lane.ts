// Projection, audit and notification writes run beside the case, never
// blocking it. Writes collect while a flush is in flight; the next flush sends
// the latest case row, the latest row of each task, the audit entries in order
// (one call) and the notifications, all at once: rows carry a seq, so their
// writes may land in any order. Flushes run outside cancellation, so a
// cancelled case still records how it ended; unsent writes move to the next
// run on continue-as-new.
import { CancellationScope, log, proxyActivities } from '@temporalio/workflow';
import type { ProcedureActivities } from './activities.ts';
import type {
  AuditEntry,
  CaseProjection,
  Notification,
  TaskProjection,
} from './generated/activity-payloads.ts';

const writes = proxyActivities<ProcedureActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: 500, maximumInterval: 30_000 },
});

/** Writes not yet sent: what a continued run takes over. */
export interface PendingWrites {
  case?: CaseProjection;
  tasks: TaskProjection[];
  audit: AuditEntry[];
  notifications: Notification[];
}

const empty = (): PendingWrites => ({ tasks: [], audit: [], notifications: [] });

export class ProjectionLane {
  private pending: PendingWrites = empty();
  private flushing: Promise<void> | undefined;
  private paused = false;

  constructor(carried?: PendingWrites) {
    if (carried) {
      this.pending = carried;
      this.kick();
    }
  }

  projectCase(projection: CaseProjection): void {
    this.pending.case = projection;
    this.kick();
  }

  projectTask(projection: TaskProjection): void {
    this.pending.tasks = this.pending.tasks.filter((t) => t.taskId !== projection.taskId);
    this.pending.tasks.push(projection);
    this.kick();
  }

  appendAudit(entry: AuditEntry): void {
    this.pending.audit.push(entry);
    this.kick();
  }

  notify(notification: Notification): void {
    this.pending.notifications.push(notification);
    this.kick();
  }

  get busy(): boolean {
    return this.flushing !== undefined;
  }

  private hasPending(): boolean {
    const p = this.pending;
    return p.case !== undefined || p.tasks.length + p.audit.length + p.notifications.length > 0;
  }

  private kick(): void {
    if (this.flushing || this.paused || !this.hasPending()) return;
    const batch = this.pending;
    this.pending = empty();
    this.flushing = CancellationScope.nonCancellable(() => send(batch))
      .catch((error: unknown) => log.error('projection failed', { error: String(error) }))
      .finally(() => {
        this.flushing = undefined;
        this.kick();
      });
  }

  /** Resolves when everything written so far is sent. */
  async drained(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  /** Sends again after a hand-over that did not happen. */
  resume(): void {
    this.paused = false;
    this.kick();
  }

  /** Stops sending, waits for the flush in flight, and hands over the rest. */
  async handOver(): Promise<PendingWrites> {
    this.paused = true;
    while (this.flushing) await this.flushing;
    return this.pending;
  }
}

async function send(batch: PendingWrites): Promise<void> {
  await Promise.all([
    ...(batch.case ? [writes.projectCase(batch.case)] : []),
    ...batch.tasks.map((t) => writes.projectTask(t)),
    ...(batch.audit.length > 0 ? [writes.appendAudit(batch.audit)] : []),
    ...batch.notifications.map((n) => writes.notify(n)),
  ]);
}
