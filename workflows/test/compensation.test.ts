// Cancelling a case on the real server runs the compensation handlers of what
// it completed before it ends: the residence permit refunds its fee.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActionRequest, cancelCaseUpdate, stateQuery } from '../src/index.ts';
import { servicesUnderTest } from './support/bundles.ts';
import { publish } from './support/memory-deps.ts';
import { quiesce } from './support/run-scenario.ts';
import { startCase } from './support/start-case.ts';
import { startTestEnv, type TestEnv } from './support/temporal.ts';

const services = await servicesUnderTest();
const loaded = (name: string) => services.find((s) => s.name === `engine/test/fixtures/${name}`)!;
const permit = loaded('residence-permit').loaded;
let env: TestEnv;

beforeAll(async () => {
  env = await startTestEnv();
  publish(env.deps, loaded('eligibility-checks').loaded);
});
afterAll(async () => {
  await env?.close();
});

describe('cancelling a case with a compensation handler', () => {
  it('refunds the fee once, cancels the running sub-case, then ends cancelled', async () => {
    let refund!: () => void;
    const refunded = new Promise<void>((r) => {
      refund = r;
    });
    const answers: Record<string, () => Promise<unknown>> = {
      'treasury.charge': async () => ({ receipt: 'R-1' }),
      'registry.check': async () => ({ eligible: true }),
      'treasury.refund': async () => {
        await refunded;
        return { refunded: true };
      },
    };
    const handle = await startCase(env, permit, (r: ActionRequest) => answers[r.action]!(), {
      personalNumber: '01001012345',
    });
    const sub = env.client.workflow.getHandle(`${handle.workflowId}/Call_Checks/1`);
    for (let i = 0; i < 200 && (await quiesce(handle)).currentSteps[0] !== 'Call_Checks'; i++)
      await new Promise((r) => setTimeout(r, 25));
    await quiesce(sub);

    const outcome = await handle.executeUpdate(cancelCaseUpdate, {
      args: [{ by: 'citizen-1', reason: 'withdrawn' }],
    });
    expect(outcome.status).toBe('running');
    const compensating = await handle.query(stateQuery);
    expect(compensating.currentSteps).toEqual(['Undo_Charge']);
    refund();
    const result = await handle.result();
    expect(result.status).toBe('cancelled');
    expect(result.path).toEqual(['Start', 'Task_Charge', 'Call_Checks', 'Undo_Charge']);
    const refunds = env.deps.actionCalls.filter(
      (c) => c.caseId === handle.workflowId && c.action === 'treasury.refund',
    );
    expect(refunds.map((c) => c.input)).toEqual([{ receipt: 'R-1' }]);
    expect((await sub.result()).status).toBe('cancelled');
    expect(env.deps.cases.get(handle.workflowId)?.status).toBe('cancelled');
  });
});
