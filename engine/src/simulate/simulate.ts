// The simulator: runs a definition against a scenario on a virtual clock,
// carrying out the interpreter's commands the way a driver would (actions
// answered from the scenario, timers fired as time passes), then checks the
// scenario's expectations. Pure and synchronous: the studio runs it in the browser.
import { addDuration, parseDuration } from '../expression/duration.ts';
import type { Localized } from '../expression/localized.ts';
import type { EngineCommand } from '../generated/command.ts';
import type { Definition } from '../generated/definition.ts';
import type { EngineEvent } from '../generated/event.ts';
import type { ScenarioFile, ScenarioStep } from '../generated/scenario.ts';
import type { CaseState } from '../generated/state.ts';
import { start } from '../interpreter/start.ts';
import { step } from '../interpreter/step.ts';
import { type CheckFailure, checkExpectations } from './check.ts';
import { checkAccepted, checkRefusal, type FormIssue } from './form-checks.ts';
import { badDuration, formInvalid, limitMessage, notOpen } from './messages.ts';
import { resultEvent } from './result-event.ts';
import type { SimulateOptions, SimulationResult, TimelineEntry } from './simulation-types.ts';

/** Events one simulation may apply before it is stopped (a loop of actions never ends otherwise). */
export const MAX_SIMULATION_EVENTS = 10_000;

export type { SimulateOptions, SimulationResult, TimelineEntry } from './simulation-types.ts';

/** Sub-service nesting the simulator follows before leaving a child to scenario steps. */
const MAX_CHILD_DEPTH = 8;

class Run {
  readonly def: Definition;
  readonly scenario: ScenarioFile;
  now: string;
  state!: CaseState;
  readonly timeline: TimelineEntry[] = [];
  readonly failures: CheckFailure[] = [];
  readonly tasks = new Map<string, string>();
  readonly actions = new Map<string, { node: string; action: string }>();
  readonly timers = new Map<string, string>();
  private readonly inbox: EngineEvent[] = [];
  private events = 0;
  readonly children = new Map<string, string>();
  private readonly record: boolean;
  private readonly options: SimulateOptions;
  private readonly depth: number;

  constructor(def: Definition, scenario: ScenarioFile, options: SimulateOptions, depth: number) {
    this.def = def;
    this.scenario = scenario;
    this.now = new Date(Date.parse(scenario.start.at)).toISOString();
    this.record = options.timeline !== false;
    this.options = options;
    this.depth = depth;
  }

  private startChild(childId: string, service: string, input: unknown): void {
    const child = this.options.services?.[service];
    if (!child || this.depth >= MAX_CHILD_DEPTH) return;
    const data =
      input !== null && typeof input === 'object' ? (input as Record<string, unknown>) : {};
    // The sub-case belongs to the parent's case file: same number and tenant, its own id.
    const parent = this.state.case;
    const identity = parent
      ? { case: { ...parent, id: `${parent.id}/${childId}`, service: child.service.id } }
      : {};
    const { validateTask: _, ...options } = this.options;
    const sub = runScenario(
      child,
      { ...this.scenario, start: { at: this.now, data, ...identity }, steps: [], expect: {} },
      options,
      this.depth + 1,
    );
    if (sub.state.status === 'completed') {
      this.inbox.push({
        type: 'childCompleted',
        childId,
        ...(sub.state.outcome ? { outcome: sub.state.outcome } : {}),
        output: sub.state.variables,
        ...(sub.state.error ? { error: sub.state.error } : {}),
      });
    }
  }

  /** The injected validator's issues for a submission (recorded as a refusal), or undefined without one. */
  validate(form: string, data: Record<string, unknown>): FormIssue[] | undefined {
    const issues = this.options.validateTask?.(form, data, { now: this.now });
    if (issues && issues.length > 0 && this.record)
      this.timeline.push({
        at: this.now,
        kind: 'rejected',
        detail: { code: 'FORM_INVALID', message: formInvalid },
      });
    return issues;
  }

  fail(code: string, path: string, message: Localized): void {
    this.failures.push({ code, path, message });
  }

  handle(commands: EngineCommand[]): void {
    for (const c of commands) {
      if (this.record) this.timeline.push({ at: this.now, kind: 'command', detail: c });
      if (c.type === 'openTask') this.tasks.set(c.taskId, c.node);
      else if (c.type === 'closeTask') this.tasks.delete(c.taskId);
      else if (c.type === 'startTimer') this.timers.set(c.timerId, c.fireAt);
      else if (c.type === 'cancelTimer') this.timers.delete(c.timerId);
      else if (c.type === 'startChild') {
        this.children.set(c.childId, c.node);
        this.startChild(c.childId, c.service, c.input);
      } else if (c.type === 'cancelChild') this.children.delete(c.childId);
      else if (c.type === 'runAction') {
        this.actions.set(c.actionId, { node: c.node, action: c.action });
        const auto = this.scenario.actions?.[c.action];
        if (auto) this.inbox.push(resultEvent(c.actionId, auto));
      }
    }
  }

  apply(event?: EngineEvent): void {
    if (event) this.inbox.push(event);
    while (this.inbox.length > 0) {
      if (++this.events > MAX_SIMULATION_EVENTS || this.state.status !== 'running') {
        if (this.events > MAX_SIMULATION_EVENTS)
          this.fail('SIMULATION_LIMIT', '', limitMessage(MAX_SIMULATION_EVENTS));
        this.inbox.length = 0;
        return;
      }
      const next = this.inbox.shift()!;
      if (
        next.type === 'actionSucceeded' ||
        next.type === 'actionFailed' ||
        next.type === 'actionExhausted'
      )
        this.actions.delete(next.actionId);
      if (this.record) this.timeline.push({ at: this.now, kind: 'event', detail: next });
      const result = step(this.def, this.state, next, this.now, this.options.features);
      if (result.rejected) {
        if (this.record)
          this.timeline.push({ at: this.now, kind: 'rejected', detail: result.rejected });
        this.fail('SCENARIO_STEP_REJECTED', result.rejected.path, result.rejected.message);
      }
      this.state = result.state;
      this.handle(result.commands);
    }
  }

  advance(until: string): void {
    for (;;) {
      let earliest: [string, string] | undefined;
      for (const [id, at] of this.timers) {
        if (
          at <= until &&
          (!earliest || at < earliest[1] || (at === earliest[1] && id < earliest[0]))
        )
          earliest = [id, at];
      }
      if (!earliest || this.state.status !== 'running') break;
      this.timers.delete(earliest[0]);
      if (earliest[1] > this.now) this.now = earliest[1];
      this.apply({ type: 'timerFired', timerId: earliest[0] });
    }
    if (until > this.now) this.now = until;
  }

  doStep(s: ScenarioStep, index: number): void {
    const at = `scenarios#/steps/${index}`;
    if (s.do === 'wait') {
      const d = parseDuration(s.duration ?? '');
      if (!d) {
        this.fail('SCENARIO_BAD_DURATION', at, badDuration(s.duration ?? ''));
        return;
      }
      this.advance(addDuration(this.now, d));
      return;
    }
    if (s.do === 'completeTask') {
      const taskId = [...this.tasks].find(([, node]) => node === s.node)?.[0];
      if (!taskId) {
        this.fail('SCENARIO_TASK_NOT_OPEN', at, notOpen(s.node ?? ''));
        return;
      }
      const form = this.def.nodes[s.node ?? '']?.form ?? '';
      const issues = this.validate(form, s.data ?? {});
      const failure = s.expectInvalid
        ? checkRefusal(form, s.expectInvalid, issues)
        : checkAccepted(form, issues);
      if (failure) this.fail(failure.code, at, failure.message);
      // A refused submission leaves the task open, as the driver's update validator does.
      if (!s.expectInvalid && !failure)
        this.apply({ type: 'taskCompleted', taskId, data: s.data ?? {} });
      return;
    }
    if (s.do === 'message') {
      this.apply({ type: 'messageReceived', name: s.name ?? '', data: s.data ?? null });
      return;
    }
    if (s.do === 'cancel') {
      this.apply({ type: 'cancelCase' });
      return;
    }
    if (s.do === 'child') {
      const childId = [...this.children].find(([, node]) => node === s.node)?.[0];
      if (!childId) {
        this.fail('SCENARIO_CHILD_NOT_RUNNING', at, notOpen(s.node ?? ''));
        return;
      }
      const r = s.result ?? {};
      const outcome = s.name ? { outcome: s.name } : {};
      this.apply(
        r.exhausted
          ? { type: 'childFailed', childId, error: r.error ?? { code: 'CHILD_FAILED' } }
          : {
              type: 'childCompleted',
              childId,
              ...outcome,
              output: r.output ?? null,
              ...(r.error ? { error: r.error } : {}),
            },
      );
      return;
    }
    const actionId = [...this.actions].find(([, a]) => a.node === s.node)?.[0];
    if (!actionId) {
      this.fail('SCENARIO_ACTION_NOT_RUNNING', at, notOpen(s.node ?? ''));
      return;
    }
    this.apply(resultEvent(actionId, s.result ?? {}));
  }
}

/** Runs a scenario against a compiled definition and checks its expectations. */
export function simulate(
  definition: Definition,
  scenario: ScenarioFile,
  options: SimulateOptions = {},
): SimulationResult {
  return runScenario(definition, scenario, options, 0);
}

function runScenario(
  definition: Definition,
  scenario: ScenarioFile,
  options: SimulateOptions,
  depth: number,
): SimulationResult {
  const run = new Run(definition, scenario, options, depth);
  const startForm = definition.service.startForm;
  (scenario.start.invalid ?? []).forEach((attempt, i) => {
    const failure = checkRefusal(
      startForm,
      attempt.expectInvalid,
      run.validate(startForm, attempt.data),
    );
    if (failure) run.fail(failure.code, `scenarios#/start/invalid/${i}`, failure.message);
  });
  const accepted = checkAccepted(startForm, run.validate(startForm, scenario.start.data));
  if (accepted) run.fail(accepted.code, 'scenarios#/start/data', accepted.message);
  const { case: identity } = scenario.start;
  const first = start(
    definition,
    {
      data: scenario.start.data,
      ...(identity ? { case: { service: definition.service.id, ...identity } } : {}),
    },
    run.now,
    options.features,
  );
  if (first.rejected) run.fail(first.rejected.code, 'scenarios#/start', first.rejected.message);
  run.state = first.state;
  run.handle(first.commands);
  run.apply();
  (scenario.steps ?? []).forEach((s, i) => {
    if (run.state.status === 'running') run.doStep(s, i);
  });
  return finish(run);
}

function finish(run: Run): SimulationResult {
  const path = run.state.path.map((p) => p.node);
  const failures = [...run.failures, ...checkExpectations(run.scenario.expect, run.state, path)];
  return {
    path,
    timeline: run.timeline,
    status: run.state.status,
    ...(run.state.outcome ? { outcome: run.state.outcome } : {}),
    state: run.state,
    failures,
    ok: failures.length === 0,
  };
}
