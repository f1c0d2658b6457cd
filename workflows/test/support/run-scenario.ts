// Plays a scenario file against the real procedure workflow, the way the
// simulator plays it against the engine: tasks completed through the
// completeTask Update, messages as signals, the passing of time on a case
// clock running `speed` times faster than real time.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ScenarioFile } from '@saqme/engine';
import { type WorkflowHandle, WorkflowUpdateFailedError } from '@temporalio/client';
import {
  advanceClockSignal,
  type CaseResult,
  type CaseView,
  cancelCaseUpdate,
  completeTaskUpdate,
  messageSignal,
  PROCEDURE_WORKFLOW,
  type ProcedureInput,
  stateQuery,
} from '../../src/index.ts';
import type { ServiceUnderTest } from './bundles.ts';
import { ExplicitAnswers, scenarioScript } from './memory-deps.ts';
import type { TestEnv } from './temporal.ts';

/** Cases that tests start directly run their clock this much faster: a ten-day SLA takes ten seconds. */
export const SCENARIO_SPEED = 86_400;

export interface TemporalRun {
  workflowId: string;
  path: string[];
  status: string;
  outcome?: string;
  failures: string[];
}

const DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

function durationMs(text: string): number {
  const m = DURATION.exec(text);
  if (!m) throw new Error(`unsupported duration ${text}`);
  const [d, h, min, s] = m.slice(1).map((v) => Number(v ?? 0)) as number[];
  return ((d! * 24 + h!) * 60 + min!) * 60_000 + s! * 1000;
}

/**
 * Waits until no action is in flight (but those parked for an explicit
 * answer), checked twice, so actions settle as they do in the simulator.
 */
export async function quiesce(handle: WorkflowHandle, parked = () => 0): Promise<CaseView> {
  let calm = 0;
  for (let i = 0; i < 400; i++) {
    const view = await handle.query(stateQuery);
    if (view.status === 'completed' || view.status === 'cancelled') return view;
    calm = view.actionsInFlight <= parked() ? calm + 1 : 0;
    if (calm >= 2) return view;
    await sleep(25);
  }
  throw new Error('the case did not settle');
}

/**
 * Lets `ms` of case time pass on the held case clock the way the simulator
 * does: to each timer due in that span in turn (a real Temporal timer then
 * fires), waiting for what it started to settle, then to the end of the span.
 */
async function wait(handle: WorkflowHandle, from: CaseView, ms: number, parked: () => number) {
  const until = new Date(Date.parse(from.now) + ms).toISOString();
  let view = from;
  for (let i = 0; i < 1000; i++) {
    if (view.status === 'completed' || view.status === 'cancelled') return view;
    const next = view.timers.find((t) => t.fireAt <= until);
    if (!next) break;
    await handle.signal(advanceClockSignal, { to: next.fireAt });
    for (let j = 0; j < 400; j++) {
      view = await quiesce(handle, parked);
      if (!view.timers.some((t) => t.timerId === next.timerId)) break;
      await sleep(10);
    }
  }
  await handle.signal(advanceClockSignal, { to: until });
  return quiesce(handle, parked);
}

/** Checks that an Update was refused for the expected field issues; returns what went wrong. */
async function refusal(
  update: Promise<unknown>,
  expected: { path: string; code: string }[],
): Promise<string[]> {
  const error = await update.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof WorkflowUpdateFailedError)) return ['an invalid submission was accepted'];
  const cause = error.cause as unknown as {
    details?: { issues?: { path: string; code: string }[] }[];
  };
  const issues = cause.details?.[0]?.issues ?? [];
  return expected
    .filter((e) => !issues.some((i) => i.path === e.path && i.code === e.code))
    .map((e) => `expected issue ${e.code} at ${e.path}`);
}

export async function runScenarioOnTemporal(
  env: TestEnv,
  service: ServiceUnderTest,
  scenario: ScenarioFile,
  finished: boolean,
): Promise<TemporalRun> {
  const workflowId = `${service.loaded.ref.serviceId}-${randomUUID()}`;
  const identity = scenario.start.case;
  const caseId = identity ? `${identity.id}-${workflowId}` : workflowId;
  const explicit = new ExplicitAnswers();
  env.deps.scripts.set(caseId, scenarioScript(scenario.actions, explicit));
  const input: ProcedureInput = {
    definition: service.loaded.ref,
    caseId,
    ...(identity ? { caseNumber: identity.number } : {}),
    tenantId: identity?.tenant ?? 'tbilisi',
    initiator: 'citizen-1',
    data: scenario.start.data,
    clock: { origin: new Date(scenario.start.at).toISOString(), manual: true },
  };
  const handle = await env.client.workflow.start(PROCEDURE_WORKFLOW, {
    taskQueue: env.taskQueue,
    workflowId,
    args: [input],
  });
  const failures: string[] = [];
  let view = await quiesce(handle, () => explicit.parked);
  for (const step of scenario.steps ?? []) {
    if (view.status === 'completed' || view.status === 'cancelled') break;
    if (step.do === 'wait')
      view = await wait(handle, view, durationMs(step.duration ?? ''), () => explicit.parked);
    else if (step.do === 'completeTask') {
      const task = view.openTasks.find((t) => t.node === step.node);
      if (!task) failures.push(`no open task at ${step.node}; at ${view.currentSteps.join(', ')}`);
      else {
        const update = handle.executeUpdate(completeTaskUpdate, {
          args: [{ taskId: task.taskId, data: step.data ?? {}, by: 'clerk-1', locale: 'en' }],
        });
        if (step.expectInvalid) failures.push(...(await refusal(update, step.expectInvalid)));
        else await update;
      }
    } else if (step.do === 'child') failures.push('child steps: a call activity runs its service');
    else if (step.do === 'message')
      await handle.signal(messageSignal, { name: step.name ?? '', data: step.data ?? null });
    else if (step.do === 'cancel')
      await handle.executeUpdate(cancelCaseUpdate, { args: [{ by: 'citizen-1' }] });
    else explicit.answer(step.node ?? '', step.result ?? {});
    view = await quiesce(handle, () => explicit.parked);
  }
  if (finished && failures.length === 0) {
    const result: CaseResult = await Promise.race([
      handle.result(),
      sleep(60_000).then(() => Promise.reject(new Error('the case did not finish'))),
    ]);
    return {
      workflowId,
      path: result.path,
      status: result.status,
      ...(result.outcome ? { outcome: result.outcome } : {}),
      failures,
    };
  }
  // The scenario ends here; the case would wait for ever on a server other runs share.
  if (view.status !== 'completed' && view.status !== 'cancelled')
    await handle.terminate('scenario finished');
  return {
    workflowId,
    path: view.path.map((p) => p.node),
    status: view.status,
    ...(view.outcome ? { outcome: view.outcome } : {}),
    failures,
  };
}
