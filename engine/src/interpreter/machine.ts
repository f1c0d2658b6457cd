// The interpreter's working memory for one call of start() or step(): moves
// tokens through the graph until each waits for an event, and collects the
// commands the driver must carry out. All ids derive from visit counters, so
// equal inputs always give equal states and commands.
import { compileFeel } from '../expression/compile-feel.ts';
import type { EngineCommand } from '../generated/command.ts';
import type { Definition, DefinitionNode } from '../generated/definition.ts';
import type { CaseState, Token } from '../generated/state.ts';
import { armBoundaries, openTask, runAction, startChild, startTimer } from './activities.ts';
import { nextCompensation } from './compensation.ts';
import { endWithError } from './errors.ts';
import { type EngineFeatures, LATEST_FEATURES } from './features.ts';
import { choose, parallel } from './gateways.ts';

/** Node entries allowed in one step before a loop without wait states is stopped. */
export const MAX_ENTRIES_PER_STEP = 10_000;
/** Visited-path entries kept in the state (oldest dropped first). */
export const MAX_PATH = 10_000;

export function formVariableOf(key: string): string {
  return key.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

export class Machine {
  readonly def: Definition;
  readonly state: CaseState;
  readonly now: string;
  readonly features: EngineFeatures;
  readonly commands: EngineCommand[] = [];
  private readonly queue: { node: string; flow?: string }[] = [];
  private entries = 0;

  constructor(
    def: Definition,
    state: CaseState,
    now: string,
    features: EngineFeatures = LATEST_FEATURES,
  ) {
    this.def = def;
    this.state = state;
    this.now = now;
    this.features = features;
  }

  node(id: string): DefinitionNode {
    const n = this.def.nodes[id];
    if (!n) throw new Error(`definition ${this.def.hash} has no node ${id}`);
    return n;
  }

  record(node: string): void {
    this.state.path.push({ node, at: this.now });
    if (this.state.path.length > MAX_PATH)
      this.state.path.splice(0, this.state.path.length - MAX_PATH);
  }

  /** What FEEL sees: the case variables and, when the driver gave one, the case identity as `case`. */
  feelContext(): Record<string, unknown> {
    const vars = this.state.variables as Record<string, unknown>;
    return this.state.case ? { ...vars, case: this.state.case } : vars;
  }

  evaluate(
    source: string,
    extra?: Record<string, unknown>,
  ): { ok: true; value: unknown } | { ok: false; message: string } {
    const compiled = compileFeel(source);
    if (!compiled.ok) return { ok: false, message: compiled.error.message.en };
    try {
      const context = extra ? { ...this.feelContext(), ...extra } : this.feelContext();
      return { ok: true, value: compiled.evaluate(context, this.now) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Queues a token arriving at a node. */
  arrive(node: string, flow?: string): void {
    this.queue.push(flow === undefined ? { node } : { node, flow });
  }

  /** Sends a token along every outgoing flow of a node. */
  leave(id: string): void {
    for (const f of this.node(id).outgoing) this.arrive(this.def.flows[f]!.target, f);
  }

  nextId(node: string): string {
    const visit = (this.state.visits[node] ?? 0) + 1;
    this.state.visits[node] = visit;
    return `${node}/${visit}`;
  }

  incident(token: Token, code: string, message: string): void {
    token.wait = 'incident';
    token.error = { code, message };
    this.state.tokens.push(token);
    this.commands.push({
      type: 'raiseIncident',
      actionId: token.id,
      node: token.node,
      error: token.error,
    });
  }

  /** Drops the arrivals not yet run: the case or its scope has ended. */
  dropQueued(): void {
    this.queue.length = 0;
  }

  /** Cancels every token (tasks withdrawn, timers, actions and sub-cases stopped) and every queued arrival. */
  cancelAll(): void {
    for (const token of this.state.tokens) this.release(token, 'cancelled');
    this.state.tokens = [];
    this.state.joins = {};
    this.dropQueued();
  }

  /** Runs queued arrivals until every token waits (a cancellation's handlers one after another). */
  run(): void {
    do this.drain();
    while (nextCompensation(this));
    this.finishIfDone();
  }

  private drain(): void {
    while (this.queue.length > 0) {
      const { node, flow } = this.queue.shift()!;
      if (++this.entries > MAX_ENTRIES_PER_STEP) {
        this.queue.length = 0;
        this.incident(
          { id: this.nextId(node), node, wait: 'incident' },
          'LOOP_LIMIT',
          `more than ${MAX_ENTRIES_PER_STEP} steps without waiting`,
        );
        break;
      }
      this.enter(this.node(node), flow);
    }
  }

  private enter(n: DefinitionNode, flow: string | undefined): void {
    this.record(n.id);
    switch (n.type) {
      case 'startEvent':
      case 'boundaryTimer':
      case 'boundaryError': {
        this.leave(n.id);
        return;
      }
      case 'endEvent':
        if (n.errorCode && this.features.errorEvents) {
          endWithError(this, { code: n.errorCode }, n.outcome);
          return;
        }
        if (n.outcome) this.state.outcome = n.outcome;
        return;
      case 'exclusiveGateway': {
        choose(this, n);
        return;
      }
      case 'parallelGateway': {
        parallel(this, n, flow);
        return;
      }
      case 'userTask': {
        openTask(this, n);
        return;
      }
      case 'serviceTask': {
        runAction(this, n, this.nextId(n.id), 1);
        return;
      }
      case 'callActivity': {
        startChild(this, n);
        return;
      }
      case 'timerEvent': {
        startTimer(this, n);
        return;
      }
      case 'messageEvent':
        this.state.tokens.push({ id: this.nextId(n.id), node: n.id, wait: 'message' });
        return;
      case 'receiveTask': {
        // A message wait that, unlike the catch event, carries boundary timers (its deadline).
        const token: Token = { id: this.nextId(n.id), node: n.id, wait: 'message' };
        armBoundaries(this, n, token);
        this.state.tokens.push(token);
        return;
      }
    }
  }

  /**
   * Cancels what an activity token holds open: its boundary timers, and the
   * task, child or running action (`settled` when the action or child already ended).
   */
  release(token: Token, reason: 'completed' | 'cancelled', settled = false): void {
    for (const t of token.boundaryTimers ?? []) {
      if (t.id !== token.id || reason === 'cancelled')
        this.commands.push({ type: 'cancelTimer', timerId: t.id });
    }
    if (token.wait === 'task') this.commands.push({ type: 'closeTask', taskId: token.id, reason });
    if (token.wait === 'child' && reason === 'cancelled' && !settled)
      this.commands.push({ type: 'cancelChild', childId: token.id });
    if (token.wait === 'action' && reason === 'cancelled' && !settled)
      this.commands.push({ type: 'cancelAction', actionId: token.id });
  }

  removeToken(token: Token): void {
    this.state.tokens = this.state.tokens.filter((t) => t !== token);
  }

  private finishIfDone(): void {
    if (this.state.status !== 'running' || this.state.tokens.length > 0) return;
    this.state.status = 'completed';
    this.state.joins = {};
    this.commands.push({
      type: 'completeCase',
      status: 'completed',
      ...(this.state.outcome ? { outcome: this.state.outcome } : {}),
    });
  }
}
