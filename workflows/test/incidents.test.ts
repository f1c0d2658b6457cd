import { WorkflowUpdateFailedError } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CaseStatusKey,
  cancelIncidentUpdate,
  completeTaskUpdate,
  messageSignal,
  RETRIES_EXHAUSTED,
  retryIncidentUpdate,
  skipIncidentUpdate,
  stateQuery,
} from '../src/index.ts';
import { definitionFixture } from './support/bundles.ts';
import { quiesce } from './support/run-scenario.ts';
import { startCase } from './support/start-case.ts';
import { startTestEnv, type TestEnv } from './support/temporal.ts';

const service = definitionFixture('consular-confirmation');
let env: TestEnv;

beforeAll(async () => {
  env = await startTestEnv();
});
afterAll(async () => {
  await env?.close();
});

/** A registry that is down until `healed` is set. */
function flakyRegistry() {
  const state = { healed: false, calls: 0 };
  const script = async () => {
    state.calls++;
    if (!state.healed) throw new Error('registry unavailable');
    return { found: true };
  };
  return { state, script };
}

async function incidentOf(handle: Awaited<ReturnType<typeof startCase>>) {
  for (let i = 0; i < 200; i++) {
    const view = await handle.query(stateQuery);
    if (view.incidents.length > 0) return view;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('no incident was raised');
}

describe('an action that exhausts its retries', () => {
  it('puts the case in an incident that an operator retries with a new idempotency key', async () => {
    const registry = flakyRegistry();
    const handle = await startCase(env, service.loaded, registry.script);
    const view = await incidentOf(handle);
    expect(view.status).toBe('incident');
    expect(view.incidents[0]).toMatchObject({ actionId: 'Check/1', code: RETRIES_EXHAUSTED });
    expect(registry.state.calls).toBe(3);
    expect((await handle.describe()).typedSearchAttributes.get(CaseStatusKey)).toBe('incident');
    expect((await handle.describe()).status.name).toBe('RUNNING');

    registry.state.healed = true;
    const outcome = await handle.executeUpdate(retryIncidentUpdate, {
      args: [{ actionId: 'Check/1', by: 'operator-1' }],
    });
    expect(outcome.status).toBe('running');
    const after = await quiesce(handle);
    expect(after.incidents).toEqual([]);
    expect(after.variables.check).toEqual({ found: true });
    const keys = env.deps.actionCalls
      .filter((c) => c.caseId === handle.workflowId)
      .map((c) => c.idempotencyKey);
    expect(keys).toEqual([
      `${handle.workflowId}/Check/1`,
      `${handle.workflowId}/Check/1`,
      `${handle.workflowId}/Check/1`,
      `${handle.workflowId}/Check/1#2`,
    ]);
    const task = after.openTasks[0]!;
    await handle.executeUpdate(completeTaskUpdate, {
      args: [{ taskId: task.taskId, data: { approved: true }, by: 'clerk-1' }],
    });
    await handle.signal(messageSignal, { name: 'ministry-confirmation' });
    expect((await handle.result()).outcome).toBe('approved');
  });

  it('lets the operator skip the action with a stand-in result', async () => {
    const registry = flakyRegistry();
    const handle = await startCase(env, service.loaded, registry.script);
    await incidentOf(handle);
    const rejected = await handle
      .executeUpdate(skipIncidentUpdate, { args: [{ actionId: 'Check/7', by: 'operator-1' }] })
      .catch((e: unknown) => e);
    expect(rejected).toBeInstanceOf(WorkflowUpdateFailedError);
    await handle.executeUpdate(skipIncidentUpdate, {
      args: [{ actionId: 'Check/1', by: 'operator-1', output: { found: false } }],
    });
    const view = await quiesce(handle);
    expect(view.variables.check).toEqual({ found: false });
    expect(view.currentSteps.sort()).toEqual(['Task_Review', 'Wait_Confirm']);
    await handle.terminate('test done');
  });

  it('lets the operator cancel the case, which then ends cancelled rather than failed', async () => {
    const registry = flakyRegistry();
    const handle = await startCase(env, service.loaded, registry.script);
    await incidentOf(handle);
    await handle.executeUpdate(cancelIncidentUpdate, {
      args: [{ actionId: 'Check/1', by: 'operator-1' }],
    });
    expect((await handle.result()).status).toBe('cancelled');
    expect(env.deps.cases.get(handle.workflowId)?.status).toBe('cancelled');
  });
});

describe('cancelling the workflow', () => {
  it('cancels the case: open tasks are closed and the result says cancelled', async () => {
    const handle = await startCase(env, service.loaded, async () => ({ found: true }));
    const view = await quiesce(handle);
    const task = view.openTasks[0]!;
    await handle.cancel();
    const result = await handle.result();
    expect(result.status).toBe('cancelled');
    expect(env.deps.tasks.get(`${handle.workflowId}|${task.taskId}`)?.status).toBe('cancelled');
    expect(env.deps.audits.filter((a) => a.caseId === handle.workflowId).at(-1)?.type).toBe(
      'caseCancelled',
    );
  });
});
