// Business errors against incidents on the real server: a refused branch
// withdraws its siblings, while exhausted retries and failed sub-case
// workflows become incidents that no error boundary catches.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  businessError,
  type CaseView,
  RETRIES_EXHAUSTED,
  retryIncidentUpdate,
  skipIncidentUpdate,
  stateQuery,
} from '../src/index.ts';
import { servicesUnderTest } from './support/bundles.ts';
import { graph } from './support/graph.ts';
import { publish } from './support/memory-deps.ts';
import { startCase } from './support/start-case.ts';
import { startTestEnv, type TestEnv } from './support/temporal.ts';

const eligibility = (await servicesUnderTest()).find(
  (s) => s.name === 'engine/test/fixtures/eligibility-checks',
)!.loaded;
const quick = { maximumAttempts: 2, initialInterval: 'PT0.1S' };
const checked = graph(
  'registry-lookup',
  [
    { id: 'Start', type: 'startEvent' },
    { id: 'Check', type: 'serviceTask', action: 'registry.check', variable: 'check' },
    { id: 'Any', type: 'boundaryError', attachedTo: 'Check' },
    { id: 'End_Failed', type: 'endEvent', outcome: 'failed' },
    { id: 'End_Done', type: 'endEvent', outcome: 'done' },
  ],
  [
    ['Start', 'Check'],
    ['Any', 'End_Failed'],
    ['Check', 'End_Done'],
  ],
  { 'registry.check': { title: { ka: 'შემოწმება', en: 'Check' }, retry: quick } },
);
const late = graph(
  'late-service',
  [
    { id: 'Start', type: 'startEvent' },
    { id: 'End_Ok', type: 'endEvent', outcome: 'ok' },
  ],
  [['Start', 'End_Ok']],
);
const caller = graph(
  'caller',
  [
    { id: 'Start', type: 'startEvent' },
    { id: 'Call', type: 'callActivity', service: 'late-service', variable: 'sub' },
    { id: 'Any', type: 'boundaryError', attachedTo: 'Call' },
    { id: 'End_Failed', type: 'endEvent', outcome: 'failed' },
    { id: 'End_Done', type: 'endEvent', outcome: 'done' },
  ],
  [
    ['Start', 'Call'],
    ['Any', 'End_Failed'],
    ['Call', 'End_Done'],
  ],
);
let env: TestEnv;

beforeAll(async () => {
  env = await startTestEnv();
});
afterAll(async () => {
  await env?.close();
});

async function until(
  handle: Awaited<ReturnType<typeof startCase>>,
  ok: (view: CaseView) => boolean,
): Promise<CaseView> {
  for (let i = 0; i < 400; i++) {
    const view = await handle.query(stateQuery);
    if (ok(view)) return view;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the case never reached the expected state');
}

describe('a business error in one branch of a parallel split', () => {
  it('withdraws the sibling task (projected cancelled), stops the timers and ends the case', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const handle = await startCase(
      env,
      eligibility,
      async () => {
        await gate;
        throw businessError('NOT_ELIGIBLE', 'the registry says no');
      },
      { personalNumber: '01001012345' },
    );
    const open = await until(handle, (v) => v.openTasks.length === 1 && v.timers.length === 2);
    expect(open.timers.map((t) => t.node).sort()).toEqual(['Timer_Cooldown', 'Timer_Remind']);
    release();
    const result = await handle.result();
    expect(result).toMatchObject({
      status: 'completed',
      outcome: 'not-eligible',
      error: { code: 'NOT_ELIGIBLE' },
    });
    const task = env.deps.tasks.get(`${handle.workflowId}|${open.openTasks[0]!.taskId}`);
    expect(task?.status).toBe('cancelled');
    const history = await handle.fetchHistory();
    const cancelled = history.events?.filter((e) => e.timerCanceledEventAttributes) ?? [];
    expect(cancelled).toHaveLength(2);
  });
});

describe('an action whose retries ran out', () => {
  it('is an incident even where a catch-all error boundary waits; a retry goes on', async () => {
    const registry = { healed: false };
    const handle = await startCase(env, checked, async () => {
      if (!registry.healed) throw new Error('registry unavailable');
      return { found: true };
    });
    const view = await until(handle, (v) => v.incidents.length > 0);
    expect(view.status).toBe('incident');
    expect(view.incidents[0]).toMatchObject({ actionId: 'Check/1', code: RETRIES_EXHAUSTED });
    registry.healed = true;
    await handle.executeUpdate(retryIncidentUpdate, {
      args: [{ actionId: 'Check/1', by: 'operator-1' }],
    });
    expect(await handle.result()).toMatchObject({
      outcome: 'done',
      variables: { check: { found: true } },
    });
  });

  it('leaves a business error to the catch-all boundary', async () => {
    const handle = await startCase(env, checked, async () => {
      throw businessError('REFUSED');
    });
    expect((await handle.result()).outcome).toBe('failed');
  });
});

describe('a sub-case whose workflow failed', () => {
  it('is an incident on the call activity; retry starts the sub-case again', async () => {
    env.deps.services.delete('late-service');
    const handle = await startCase(env, caller, async () => null);
    const view = await until(handle, (v) => v.incidents.length > 0);
    expect(view.incidents[0]).toMatchObject({ actionId: 'Call/1', node: 'Call' });
    publish(env.deps, late);
    await handle.executeUpdate(retryIncidentUpdate, {
      args: [{ actionId: 'Call/1', by: 'operator-1' }],
    });
    const result = await handle.result();
    expect(result.outcome).toBe('done');
    expect(result.path).toEqual(['Start', 'Call', 'Call', 'End_Done']);
    const sub = env.client.workflow.getHandle(`${handle.workflowId}/Call/2`);
    expect((await sub.result()).outcome).toBe('ok');
  });

  it('is skipped with an operator output', async () => {
    env.deps.services.delete('late-service');
    const handle = await startCase(env, caller, async () => null);
    await until(handle, (v) => v.incidents.length > 0);
    await handle.executeUpdate(skipIncidentUpdate, {
      args: [{ actionId: 'Call/1', by: 'operator-1', output: { manual: true } }],
    });
    expect(await handle.result()).toMatchObject({
      outcome: 'done',
      variables: { sub: { manual: true } },
    });
  });
});
