// In-memory activity ports for tests: definitions by service id, scripted
// action results, and the projection, audit and notifications they receive.
import type { ScenarioActionResult } from '@saqme/engine';
import {
  type ActionRequest,
  type AuditEntry,
  businessError,
  type CaseProjection,
  type LoadedDefinition,
  type Notification,
  type ProcedureActivityDeps,
  type TaskProjection,
} from '../../src/index.ts';

export function publish(deps: MemoryDeps, loaded: LoadedDefinition): void {
  deps.services.set(loaded.ref.serviceId, loaded);
  deps.services.set(loaded.ref.hash, loaded);
}

export type ActionScript = (request: ActionRequest) => Promise<unknown>;

export class MemoryDeps implements ProcedureActivityDeps {
  /** By service id (the current version) and by hash (pinned versions). */
  readonly services = new Map<string, LoadedDefinition>();
  /** Per case: the action script (scenario defaults or a test's own). */
  readonly scripts = new Map<string, ActionScript>();
  readonly actionCalls: ActionRequest[] = [];
  readonly cases = new Map<string, CaseProjection>();
  readonly tasks = new Map<string, TaskProjection>();
  readonly audits: AuditEntry[] = [];
  readonly notifications: Notification[] = [];

  definitions = {
    load: async (ref: { serviceId: string; hash?: string }) => {
      const loaded = this.services.get(ref.hash ?? ref.serviceId);
      if (!loaded) throw businessError('SERVICE_UNKNOWN', `no service ${ref.serviceId}`);
      return loaded;
    },
  };

  actions = {
    run: async (request: ActionRequest) => {
      this.actionCalls.push(request);
      // A sub-case (`<parent>/<node>/<visit>`) answers from its parent's script.
      const parts = request.caseId.split('/');
      let script: ActionScript | undefined;
      for (let n = parts.length; n > 0 && !script; n--)
        script = this.scripts.get(parts.slice(0, n).join('/'));
      if (!script) throw businessError('NO_SCRIPT', `no action script for ${request.caseId}`);
      return await script(request);
    },
  };

  projection = {
    upsertCase: async (p: CaseProjection) => {
      const old = this.cases.get(p.caseId);
      if (!old || old.seq < p.seq) this.cases.set(p.caseId, p);
    },
    upsertTask: async (p: TaskProjection) => {
      const key = `${p.caseId}|${p.taskId}`;
      const old = this.tasks.get(key);
      if (!old || old.seq < p.seq) this.tasks.set(key, p);
    },
  };

  audit = {
    append: async (entries: AuditEntry[]) => {
      for (const entry of entries) {
        if (!this.audits.some((a) => a.caseId === entry.caseId && a.seq === entry.seq))
          this.audits.push(entry);
      }
    },
  };

  notifier = {
    send: async (n: Notification) => {
      if (!this.notifications.some((x) => x.key === n.key)) this.notifications.push(n);
    },
  };
}

interface Answer {
  promise: Promise<ScenarioActionResult>;
  resolve(result: ScenarioActionResult): void;
}

/** Answers to a scenario's `action` steps, by node; an action waiting for one is parked. */
export class ExplicitAnswers {
  private readonly answers = new Map<string, Answer>();
  parked = 0;

  private entry(node: string): Answer {
    let e = this.answers.get(node);
    if (!e) {
      let resolve!: (r: ScenarioActionResult) => void;
      const promise = new Promise<ScenarioActionResult>((r) => {
        resolve = r;
      });
      e = { promise, resolve };
      this.answers.set(node, e);
    }
    return e;
  }

  async wait(node: string): Promise<ScenarioActionResult> {
    this.parked++;
    try {
      return await this.entry(node).promise;
    } finally {
      this.parked--;
    }
  }

  answer(node: string, result: ScenarioActionResult): void {
    this.entry(node).resolve(result);
  }
}

/** A scenario's action results as a script: defaults by action name, else the explicit answer. */
export function scenarioScript(
  defaults: Record<string, ScenarioActionResult> | undefined,
  explicit = new ExplicitAnswers(),
): ActionScript {
  return async (request) => {
    const result = defaults?.[request.action] ?? (await explicit.wait(request.node));
    // Exhausted: a plain (retryable) error until the definition's retry policy gives up.
    if (result.exhausted) throw new Error(result.error?.message ?? 'the system is unavailable');
    if (result.error) throw businessError(result.error.code, result.error.message);
    return result.output ?? null;
  };
}
