import { Client, Connection } from '@temporalio/client';
import { bundleWorkflowCode, NativeConnection, Worker } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';
import { makeDefinition, NOW } from '../make-definition.ts';

const here = decodeURIComponent(import.meta.url.replace(/^file:\/\//, '').replace(/[^/]+$/, ''));
const quiet = { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} } as never;

const definition = makeDefinition(
  [
    { id: 's', type: 'startEvent' },
    { id: 'g', type: 'exclusiveGateway', defaultTo: 't' },
    { id: 't', type: 'userTask', form: 'f', roles: ['clerk'] },
    { id: 'e', type: 'endEvent', outcome: 'done' },
  ],
  [
    ['s', 'g'],
    ['g', 't'],
    ['t', 'e'],
  ],
);

describe('the engine in the Temporal workflow sandbox', () => {
  it('bundles with bundleWorkflowCode and runs a case inside a real workflow', async () => {
    const address = process.env.TEMPORAL_ADDRESS;
    expect(address, 'TEMPORAL_ADDRESS must point at a Temporal server').toBeTruthy();
    const { code } = await bundleWorkflowCode({
      workflowsPath: `${here}case.workflow.ts`,
      logger: quiet,
    });
    expect(code).toContain('engineCase');

    const taskQueue = `engine-sandbox-${Date.now()}`;
    const connection = await NativeConnection.connect({ address: address! });
    const worker = await Worker.create({ connection, taskQueue, workflowBundle: { code } });
    const client = new Client({ connection: await Connection.connect({ address: address! }) });
    const result = await worker.runUntil(
      client.workflow.execute('engineCase', {
        taskQueue,
        workflowId: taskQueue,
        args: [definition, NOW],
      }),
    );
    expect(result).toBe('completed:42');
    await client.connection.close();
    await connection.close();
  }, 120_000);
});
