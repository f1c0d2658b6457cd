import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson, type Definition, sha256 } from '@saqme/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeTaskUpdate, stateQuery } from '../src/index.ts';
import { ref } from './support/bundles.ts';
import { publish } from './support/memory-deps.ts';
import { quiesce } from './support/run-scenario.ts';
import { startCase } from './support/start-case.ts';
import { startTestEnv, type TestEnv } from './support/temporal.ts';

const raw = JSON.parse(
  readFileSync(join(import.meta.dirname, 'call-activity', 'services.json'), 'utf8'),
) as Record<'parent' | 'child', Omit<Definition, 'hash'>>;
const parent = ref({ ...raw.parent, hash: sha256(canonicalJson(raw.parent)) });
const child = ref({ ...raw.child, hash: sha256(canonicalJson(raw.child)) });
const script = async (r: { action: string }) => ({ ok: r.action });
let env: TestEnv;

beforeAll(async () => {
  env = await startTestEnv();
  publish(env.deps, child);
});
afterAll(async () => {
  await env?.close();
});

async function childCase(parentId: string) {
  const handle = env.client.workflow.getHandle(`${parentId}/Pay/1`);
  for (let i = 0; i < 200; i++) {
    try {
      const view = await quiesce(handle);
      if (view.openTasks.length > 0) return { handle, view };
    } catch {
      // the child has not started yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the child case did not start');
}

describe('a call activity', () => {
  it('runs the called service as a child workflow and continues with its result', async () => {
    const handle = await startCase(env, parent, script);
    const { handle: sub, view } = await childCase(handle.workflowId);
    expect(view.serviceId).toBe('fee-payment');
    expect(view.variables.receipt).toEqual({ ok: 'treasury.charge' });
    await sub.executeUpdate(completeTaskUpdate, {
      args: [{ taskId: view.openTasks[0]!.taskId, data: { approved: true }, by: 'clerk-1' }],
    });
    const result = await handle.result();
    expect(result.outcome).toBe('issued');
    expect(result.variables.payment).toMatchObject({ review: { approved: true } });
    expect(result.path).toEqual(['Start', 'Pay', 'Issue', 'End_Issued']);
  });

  it('cancels the child when an interrupting timer on the call activity fires', async () => {
    const handle = await startCase(env, parent, script);
    const { handle: sub } = await childCase(handle.workflowId);
    const result = await handle.result();
    expect(result.outcome).toBe('unpaid');
    expect((await sub.query(stateQuery)).status).toBe('cancelled');
    expect((await sub.describe()).status.name).toBe('COMPLETED');
  });
});
