// Carries out engine commands inside the workflow: Temporal timers for
// timers, activities for actions, child workflows for call activities, and
// projection writes for tasks and incidents. Each completion comes back to
// the driver as an engine event.
import type {
  EngineCommand,
  EngineEvent,
  OpenTaskCommand,
  RunActionCommand,
  StartChildCommand,
} from '@saqme/engine';
import {
  CancellationScope,
  ChildWorkflowCancellationType,
  getExternalWorkflowHandle,
  isCancellation,
  proxyActivities,
  sleep,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';
import { actionFailureEvent, childFailureEvent } from './action-failure.ts';
import type { ProcedureActivities } from './activities.ts';
import type { CaseDriver } from './case-driver.ts';
import type { CaseResult } from './generated/case-result.ts';
import type { ProcedureInput } from './generated/procedure-input.ts';
import { advanceClockSignal, PROCEDURE_WORKFLOW } from './procedure-api.ts';
import { temporalRetry } from './retry-policy.ts';

export class Effects {
  private readonly driver: CaseDriver;
  private readonly timers = new Map<string, CancellationScope>();
  private readonly actions = new Map<string, CancellationScope>();
  private readonly children = new Map<string, CancellationScope>();
  private readonly running = new Map<CancellationScope, Promise<unknown>>();
  private closing: Promise<unknown>[] = [];
  /** Timers a held clock has not reached yet, by id. */
  private readonly held = new Map<string, string>();

  constructor(driver: CaseDriver) {
    this.driver = driver;
  }

  actionsInFlight(): number {
    return this.actions.size;
  }

  /** Nothing in flight that a new run could not pick up from the state. */
  quiescent(): boolean {
    return this.actions.size === 0 && this.children.size === 0;
  }

  run(c: EngineCommand, at: string): void {
    switch (c.type) {
      case 'openTask':
        this.openTask(c, at);
        return;
      case 'closeTask': {
        const task = this.driver.tasks.get(c.taskId);
        this.driver.tasks.delete(c.taskId);
        if (!task) return;
        const { openedAt: _, ...row } = task;
        this.driver.lane.projectTask({
          ...this.base(),
          ...row,
          status: c.reason,
          seq: this.driver.nextSeq(),
          at,
        });
        return;
      }
      case 'runAction':
        this.runAction(c);
        return;
      case 'startTimer':
        this.startTimer(c.timerId, c.fireAt);
        return;
      case 'cancelTimer':
        this.held.delete(c.timerId);
        cancel(this.timers, c.timerId);
        return;
      case 'startChild':
        this.startChild(c);
        return;
      case 'cancelChild':
        this.cancelChild(c.childId);
        return;
      case 'raiseIncident': {
        this.driver.incidents.set(c.actionId, {
          actionId: c.actionId,
          node: c.node,
          code: c.error.code,
          ...(c.error.message ? { message: c.error.message } : {}),
          at,
        });
        this.driver.lane.notify({
          ...this.base(),
          kind: 'incidentRaised',
          key: `${this.driver.input.caseId}/incident/${c.actionId}`,
          roles: ['supervisor'],
          at,
        });
        return;
      }
      case 'completeCase':
        return;
    }
  }

  private base() {
    return { caseId: this.driver.input.caseId, tenantId: this.driver.input.tenantId };
  }

  private openTask(c: OpenTaskCommand, at: string): void {
    const task = {
      taskId: c.taskId,
      node: c.node,
      form: c.form,
      roles: c.roles,
      title: c.title,
      ...(c.dueAt ? { dueAt: c.dueAt } : {}),
      openedAt: at,
    };
    this.driver.tasks.set(c.taskId, task);
    const { openedAt: _, ...row } = task;
    this.driver.lane.projectTask({
      ...this.base(),
      ...row,
      status: 'open',
      seq: this.driver.nextSeq(),
      at,
    });
    this.driver.lane.notify({
      ...this.base(),
      kind: 'taskOpened',
      key: `${this.driver.input.caseId}/task/${c.taskId}`,
      roles: c.roles,
      title: c.title,
      at,
    });
  }

  /** Runs a callback of an effect and reports its event; cancellations end quietly. */
  private track<T>(
    map: Map<string, CancellationScope>,
    id: string,
    work: () => Promise<T>,
    toEvent: (value: T) => EngineEvent,
    onError: (error: unknown) => EngineEvent,
  ): void {
    const scope = new CancellationScope();
    map.set(id, scope);
    const done = scope.run(work);
    this.running.set(scope, done);
    done.finally(() => this.running.delete(scope)).catch(() => undefined);
    done.then(
      (value) => {
        if (map.get(id) !== scope) return;
        map.delete(id);
        this.driver.dispatch(toEvent(value));
      },
      (error: unknown) => {
        if (map.get(id) !== scope) return;
        map.delete(id);
        if (isCancellation(error)) return;
        this.driver.dispatch(onError(error));
      },
    );
  }

  startTimer(timerId: string, fireAt: string): void {
    const ms = this.driver.clock.delayUntil(fireAt, Date.now());
    if (ms === undefined) {
      this.held.set(timerId, fireAt);
      return;
    }
    this.track(
      this.timers,
      timerId,
      () => sleep(ms),
      () => ({ type: 'timerFired', timerId }),
      (error) => {
        throw error;
      },
    );
  }

  private runAction(c: RunActionCommand): void {
    const { runAction } = proxyActivities<ProcedureActivities>({
      startToCloseTimeout: (this.driver.input.limits?.actionTimeoutSeconds ?? 300) * 1000,
      retry: temporalRetry(c.retry),
    });
    const input = this.driver.input;
    this.track(
      this.actions,
      c.actionId,
      () =>
        runAction({
          caseId: input.caseId,
          tenantId: input.tenantId,
          serviceId: this.driver.loaded.ref.serviceId,
          actionId: c.actionId,
          node: c.node,
          action: c.action,
          input: c.input,
          idempotencyKey: `${input.caseId}/${c.idempotencyKey}`,
        }),
      (output) => ({ type: 'actionSucceeded', actionId: c.actionId, output: output ?? null }),
      (error) => actionFailureEvent(c.actionId, error),
    );
  }

  private startChild(c: StartChildCommand): void {
    const parent = this.driver.input;
    // The sub-case belongs to the parent's case file: same number and tenant, its own id.
    const args: ProcedureInput = {
      definition: { serviceId: c.service },
      caseId: `${parent.caseId}/${c.childId}`,
      ...(parent.caseNumber ? { caseNumber: parent.caseNumber } : {}),
      tenantId: parent.tenantId,
      initiator: parent.initiator,
      data: isRecord(c.input) ? c.input : {},
      parent: { caseId: parent.caseId, node: c.node },
      ...(parent.clock ? { clock: this.driver.clock.carry(Date.now()) } : {}),
    };
    this.track(
      this.children,
      c.childId,
      async () => {
        const handle = await startChild(PROCEDURE_WORKFLOW, {
          workflowId: `${workflowInfo().workflowId}/${c.childId}`,
          args: [args],
          cancellationType: ChildWorkflowCancellationType.WAIT_CANCELLATION_COMPLETED,
        });
        return (await handle.result()) as CaseResult;
      },
      (r) => ({
        type: 'childCompleted',
        childId: c.childId,
        ...(r.outcome ? { outcome: r.outcome } : {}),
        output: r.variables,
        ...(r.error ? { error: r.error } : {}),
      }),
      (error) => childFailureEvent(c.childId, error),
    );
  }

  /** After a held clock moved: arms the timers it has reached, earliest first. */
  armReached(): void {
    const due = [...this.held].sort(([a, x], [b, y]) => (x < y ? -1 : x > y ? 1 : a < b ? -1 : 1));
    for (const [id, at] of due) {
      if (this.driver.clock.delayUntil(at, Date.now()) === undefined) continue;
      this.held.delete(id);
      this.startTimer(id, at);
    }
  }

  /** A held clock moves for the whole case file: running sub-cases follow. */
  forwardClock(to: string): void {
    for (const childId of this.children.keys()) {
      getExternalWorkflowHandle(`${workflowInfo().workflowId}/${childId}`)
        .signal(advanceClockSignal, { to })
        .catch(() => undefined);
    }
  }

  /** A cancelled child runs its own cancellation; the case ends only after it has. */
  private cancelChild(childId: string): void {
    const scope = this.children.get(childId);
    const done = scope && this.running.get(scope);
    if (done) this.closing.push(done.catch(() => undefined));
    cancel(this.children, childId);
  }

  /** Resolves when every cancelled child has finished cancelling. */
  async settled(): Promise<void> {
    await Promise.all(this.closing);
  }

  /** Stops actions whose token the engine has dropped (an interrupting timer fired). */
  cancelOrphans(): void {
    for (const id of [...this.actions.keys()]) {
      if (!this.driver.state.tokens.some((t) => t.id === id && t.wait === 'action'))
        cancel(this.actions, id);
    }
  }
}

function cancel(map: Map<string, CancellationScope>, id: string): void {
  map.get(id)?.cancel();
  map.delete(id);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
