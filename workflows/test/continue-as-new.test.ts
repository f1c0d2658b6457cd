import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CaseResult,
  completeTaskUpdate,
  PROCEDURE_WORKFLOW,
  type ProcedureInput,
  stateQuery,
  timelineQuery,
} from '../src/index.ts';
import { definitionFixture } from './support/bundles.ts';
import { publish } from './support/memory-deps.ts';
import { quiesce } from './support/run-scenario.ts';
import { startTestEnv, type TestEnv } from './support/temporal.ts';

const service = definitionFixture('review-rounds');
const ROUNDS = 12;
let env: TestEnv;

beforeAll(async () => {
  env = await startTestEnv();
  publish(env.deps, service.loaded);
});
afterAll(async () => {
  await env?.close();
});

describe('a long case', () => {
  it('continues as new past its history limit and keeps its state, tasks, timers and timeline', async () => {
    const caseId = `review-rounds-${Date.now()}`;
    env.deps.scripts.set(caseId, async (r) => ({ noted: r.input }));
    const input: ProcedureInput = {
      definition: service.loaded.ref,
      caseId,
      tenantId: 'tbilisi',
      initiator: 'citizen-1',
      data: { applicantName: 'ლევან გელაშვილი' },
      clock: { speed: 86_400 },
      limits: { historyEvents: 100 },
    };
    const first = await env.client.workflow.start(PROCEDURE_WORKFLOW, {
      taskQueue: env.taskQueue,
      workflowId: caseId,
      args: [input],
    });
    const handle = env.client.workflow.getHandle(caseId);
    for (let round = 1; round <= ROUNDS; round++) {
      let view = await quiesce(handle);
      for (let i = 0; view.openTasks.length === 0 && i < 200; i++) {
        await new Promise((r) => setTimeout(r, 25));
        view = await quiesce(handle);
      }
      await handle.executeUpdate(completeTaskUpdate, {
        args: [
          {
            taskId: view.openTasks[0]!.taskId,
            data: { more: round < ROUNDS, round },
            by: 'clerk-1',
          },
        ],
      });
    }
    const result: CaseResult = await handle.result();
    expect(result.outcome).toBe('reviewed');
    expect(result.path.filter((n) => n === 'Review')).toHaveLength(ROUNDS);
    expect(result.path.filter((n) => n === 'Pause')).toHaveLength(ROUNDS - 1);
    expect(result.variables.review).toEqual({ more: false, round: ROUNDS });
    const last = await handle.describe();
    expect(last.runId).not.toBe(first.firstExecutionRunId);
    const timeline = await handle.query(timelineQuery);
    expect(timeline.filter((e) => e.kind === 'event').length).toBeGreaterThan(ROUNDS * 2);
    expect((await handle.query(stateQuery)).status).toBe('completed');
    const audit = env.deps.audits.filter((a) => a.caseId === caseId).map((a) => a.seq);
    expect(new Set(audit).size).toBe(audit.length);
  });
});
