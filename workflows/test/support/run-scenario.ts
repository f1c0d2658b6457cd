// Plays a scenario file against the real procedure workflow, the way the
// simulator plays it against the engine: tasks completed through the
// completeTask Update, messages as signals, the passing of time on a case
// clock running `speed` times faster than real time.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ScenarioFile } from '@saqme/engine';
import type { WorkflowHandle } from '@temporalio/client';
import {
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

/** One virtual day per real second: a ten-day SLA takes ten seconds. */
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

export async function runScenarioOnTemporal(
  env: TestEnv,
  service: ServiceUnderTest,
  scenario: ScenarioFile,
  finished: boolean,
): Promise<TemporalRun> {
  const workflowId = `${service.loaded.ref.serviceId}-${randomUUID()}`;
  const explicit = new ExplicitAnswers();
  env.deps.scripts.set(workflowId, scenarioScript(scenario.actions, explicit));
  const input: ProcedureInput = {
    definition: service.loaded.ref,
    caseId: workflowId,
    tenantId: 'tbilisi',
    initiator: 'citizen-1',
    data: scenario.start.data,
    clock: { origin: new Date(scenario.start.at).toISOString(), speed: SCENARIO_SPEED },
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
    if (step.do === 'wait') await sleep(durationMs(step.duration ?? '') / SCENARIO_SPEED);
    else if (step.do === 'completeTask') {
      const task = view.openTasks.find((t) => t.node === step.node);
      if (!task) failures.push(`no open task at ${step.node}`);
      else
        await handle.executeUpdate(completeTaskUpdate, {
          args: [{ taskId: task.taskId, data: step.data ?? {}, by: 'clerk-1', locale: 'en' }],
        });
    } else if (step.do === 'message')
      await handle.signal(messageSignal, { name: step.name ?? '', data: step.data ?? null });
    else if (step.do === 'cancel')
      await handle.executeUpdate(cancelCaseUpdate, { args: [{ by: 'citizen-1' }] });
    else explicit.answer(step.node ?? '', step.result ?? {});
    view = await quiesce(handle, () => explicit.parked);
  }
  if (finished) {
    const result: CaseResult = await handle.result();
    return {
      workflowId,
      path: result.path,
      status: result.status,
      ...(result.outcome ? { outcome: result.outcome } : {}),
      failures,
    };
  }
  return {
    workflowId,
    path: view.path.map((p) => p.node),
    status: view.status,
    ...(view.outcome ? { outcome: view.outcome } : {}),
    failures,
  };
}
