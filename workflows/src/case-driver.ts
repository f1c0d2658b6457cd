// Drives the pure engine for one case inside the workflow: feeds it events,
// carries out its commands through effects (timers, activities, children),
// keeps the task and incident views, the timeline and the search attributes.
import {
  type CaseState,
  type EngineCommand,
  type EngineEvent,
  type Rejection,
  start,
  step,
  type TimelineEntry,
} from '@saqme/engine';
import { ApplicationFailure, upsertSearchAttributes } from '@temporalio/workflow';
import type { LoadedDefinition } from './activities.ts';
import type { CaseClock } from './case-clock.ts';
import { Effects } from './effects.ts';
import { auditData, eventNode, messageEvent } from './event-facts.ts';
import type { CaseResult } from './generated/case-result.ts';
import type { CaseStatus, CaseView, IncidentView, TaskView } from './generated/case-view.ts';
import type { ProcedureInput } from './generated/procedure-input.ts';
import type { MessageSignal } from './generated/requests.ts';
import { engineFeatures } from './patches.ts';
import { type PendingWrites, ProjectionLane } from './projection-lane.ts';
import {
  CaseStatusKey,
  CurrentStepsKey,
  ServiceIdKey,
  ServiceVersionKey,
  TenantIdKey,
} from './search-attributes.ts';

/** Timeline entries kept (oldest dropped first); the audit chain keeps everything. */
export const MAX_TIMELINE = 2000;

/** What a run hands the next one when it continues as new. */
export interface CaseContinuation {
  /** Carried so the next run registers its handlers before any await: no Update finds it without them. */
  loaded: LoadedDefinition;
  state: CaseState;
  tasks: TaskView[];
  incidents: IncidentView[];
  timeline: TimelineEntry[];
  messages: MessageSignal[];
  seq: number;
  writes: PendingWrites;
}

export class CaseDriver {
  readonly input: ProcedureInput;
  readonly loaded: LoadedDefinition;
  readonly clock: CaseClock;
  lane = new ProjectionLane();
  readonly effects: Effects;
  state!: CaseState;
  readonly tasks = new Map<string, TaskView>();
  readonly incidents = new Map<string, IncidentView>();
  timeline: TimelineEntry[] = [];
  private messages: MessageSignal[] = [];
  private seq = 0;
  private shown = '';

  constructor(input: ProcedureInput, loaded: LoadedDefinition, clock: CaseClock) {
    this.input = input;
    this.loaded = loaded;
    this.clock = clock;
    this.effects = new Effects(this);
  }

  get definition() {
    return this.loaded.definition;
  }

  now(): string {
    return this.clock.now(Date.now());
  }

  nextSeq(): number {
    return ++this.seq;
  }

  begin(): void {
    const at = this.now();
    const { input, loaded } = this;
    const identity = input.caseNumber
      ? {
          case: {
            id: input.caseId,
            number: input.caseNumber,
            tenant: input.tenantId,
            service: loaded.ref.serviceId,
          },
        }
      : {};
    const first = start(this.definition, { data: input.data, ...identity }, at, engineFeatures());
    if (first.rejected) {
      throw ApplicationFailure.create({
        type: first.rejected.code,
        message: first.rejected.message.en,
        nonRetryable: true,
        details: [first.rejected],
      });
    }
    this.state = first.state;
    this.audit('caseStarted', this.input.initiator, undefined, { data: this.input.data });
    this.handle(first.commands, at);
    this.settle();
  }

  resume(c: CaseContinuation): void {
    this.state = c.state;
    for (const t of c.tasks) this.tasks.set(t.taskId, t);
    for (const i of c.incidents) this.incidents.set(i.actionId, i);
    this.timeline = c.timeline;
    this.messages = c.messages;
    this.seq = c.seq;
    this.lane = new ProjectionLane(c.writes);
    for (const token of this.state.tokens)
      for (const t of token.boundaryTimers ?? []) this.effects.startTimer(t.id, t.fireAt);
    this.settle();
  }

  continuation(writes: PendingWrites): CaseContinuation {
    return {
      loaded: this.loaded,
      writes,
      state: this.state,
      tasks: [...this.tasks.values()],
      incidents: [...this.incidents.values()],
      timeline: this.timeline,
      messages: this.messages,
      seq: this.seq,
    };
  }

  get finished(): boolean {
    return this.state.status !== 'running';
  }

  /** Applies one event; a rejection (late timer, stale result) changes nothing and is returned. */
  dispatch(event: EngineEvent, actor?: string): Rejection | undefined {
    const at = this.now();
    this.record({ at, kind: 'event', detail: event });
    const result = step(this.definition, this.state, event, at, engineFeatures());
    if (result.rejected) {
      this.record({ at, kind: 'rejected', detail: result.rejected });
      return result.rejected;
    }
    this.state = result.state;
    this.audit(event.type, actor, eventNode(this.state, event), auditData(event));
    this.handle(result.commands, at);
    this.deliverBufferedMessages();
    this.settle();
    return undefined;
  }

  /** A message nobody waits for yet is kept until a catch event for it is reached. */
  message(signal: MessageSignal): void {
    if (this.waitsFor(signal.name)) this.dispatch(messageEvent(signal));
    else this.messages.push(signal);
  }

  private waitsFor(name: string): boolean {
    return this.state.tokens.some(
      (t) => t.wait === 'message' && this.definition.nodes[t.node]?.message === name,
    );
  }

  private deliverBufferedMessages(): void {
    const i = this.messages.findIndex((m) => this.waitsFor(m.name));
    if (i < 0 || this.finished) return;
    const [signal] = this.messages.splice(i, 1);
    this.dispatch(messageEvent(signal!));
  }

  private record(entry: TimelineEntry): void {
    this.timeline.push(entry);
    if (this.timeline.length > MAX_TIMELINE)
      this.timeline.splice(0, this.timeline.length - MAX_TIMELINE);
  }

  audit(type: string, actor?: string, node?: string, data?: unknown): void {
    this.lane.appendAudit({
      caseId: this.input.caseId,
      tenantId: this.input.tenantId,
      seq: this.nextSeq(),
      type,
      at: this.now(),
      ...(actor ? { actor } : {}),
      ...(node ? { node } : {}),
      ...(data !== undefined ? { data } : {}),
    });
  }

  private handle(commands: EngineCommand[], at: string): void {
    for (const c of commands) {
      this.record({ at, kind: 'command', detail: c });
      this.effects.run(c, at);
    }
  }

  status(): CaseStatus {
    if (this.state.status !== 'running') return this.state.status;
    return this.incidents.size > 0 ? 'incident' : 'running';
  }

  currentSteps(): string[] {
    return [...new Set(this.state.tokens.map((t) => t.node))];
  }

  /** After every change: drop settled incidents, and publish status and steps when they moved. */
  private settle(): void {
    for (const id of this.incidents.keys()) {
      if (!this.state.tokens.some((t) => t.id === id && t.wait === 'incident'))
        this.incidents.delete(id);
    }
    this.effects.cancelOrphans();
    const status = this.status();
    const steps = this.currentSteps();
    const shown = `${status}|${steps.join(',')}|${this.state.outcome ?? ''}`;
    if (shown === this.shown) return;
    const first = this.shown === '';
    this.shown = shown;
    const ref = this.loaded.ref;
    upsertSearchAttributes([
      ...(first
        ? [
            { key: ServiceIdKey, value: ref.serviceId },
            { key: ServiceVersionKey, value: ref.version },
            { key: TenantIdKey, value: this.input.tenantId },
          ]
        : []),
      { key: CaseStatusKey, value: status },
      { key: CurrentStepsKey, value: steps },
    ]);
    this.lane.projectCase({
      caseId: this.input.caseId,
      tenantId: this.input.tenantId,
      serviceId: ref.serviceId,
      version: ref.version,
      hash: ref.hash,
      initiator: this.input.initiator,
      ...(this.input.parent ? { parentCaseId: this.input.parent.caseId } : {}),
      status,
      ...(this.state.outcome ? { outcome: this.state.outcome } : {}),
      currentSteps: steps,
      ...(this.finished ? { variables: this.state.variables } : {}),
      seq: this.nextSeq(),
      at: this.now(),
    });
    if (this.finished) {
      this.audit(status === 'cancelled' ? 'caseCancelled' : 'caseCompleted', undefined, undefined, {
        outcome: this.state.outcome ?? null,
      });
      this.lane.notify({
        caseId: this.input.caseId,
        tenantId: this.input.tenantId,
        kind: 'caseFinished',
        key: `${this.input.caseId}/finished`,
        user: this.input.initiator,
        title: this.definition.service.title,
        at: this.now(),
      });
    }
  }

  view(): CaseView {
    const ref = this.loaded.ref;
    return {
      caseId: this.input.caseId,
      tenantId: this.input.tenantId,
      serviceId: ref.serviceId,
      version: ref.version,
      hash: ref.hash,
      status: this.status(),
      ...(this.state.outcome ? { outcome: this.state.outcome } : {}),
      variables: this.state.variables,
      currentSteps: this.currentSteps(),
      openTasks: [...this.tasks.values()],
      incidents: [...this.incidents.values()],
      timers: this.state.tokens
        .flatMap((t) => t.boundaryTimers ?? [])
        .map((t) => ({ timerId: t.id, node: t.node, fireAt: t.fireAt }))
        .sort((a, b) => (a.fireAt < b.fireAt ? -1 : a.fireAt > b.fireAt ? 1 : 0)),
      actionsInFlight: this.effects.actionsInFlight(),
      path: this.state.path,
      now: this.now(),
    };
  }

  result(): CaseResult {
    return {
      caseId: this.input.caseId,
      status: this.state.status === 'cancelled' ? 'cancelled' : 'completed',
      ...(this.state.outcome ? { outcome: this.state.outcome } : {}),
      ...(this.state.error ? { error: this.state.error } : {}),
      variables: this.state.variables,
      path: this.state.path.map((p) => p.node),
    };
  }
}
