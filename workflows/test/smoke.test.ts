import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';
import { createSmokeActivities } from './smoke/activities.ts';
import { requiredTemporalAddress } from './temporal-server.ts';

describe('the provisioned Temporal server', () => {
  it('runs a workflow with one activity to completion and records it in history', async () => {
    const address = requiredTemporalAddress();
    const taskQueue = `smoke-${randomUUID()}`;
    const calls: string[] = [];
    const workerConnection = await NativeConnection.connect({ address });
    const connection = await Connection.connect({ address });
    try {
      const worker = await Worker.create({
        connection: workerConnection,
        taskQueue,
        workflowsPath: new URL('./smoke/greet.workflow.ts', import.meta.url).pathname,
        activities: createSmokeActivities(calls),
      });
      const client = new Client({ connection });
      const result = await worker.runUntil(
        client.workflow.execute('smokeGreeting', {
          taskQueue,
          workflowId: taskQueue,
          args: ['ნინო'],
        }),
      );
      expect(result).toBe(`გამარჯობა, ნინო (pid ${process.pid})`);
      expect(calls).toEqual(['ნინო']);

      const history = await client.workflow.getHandle(taskQueue).fetchHistory();
      const types = (history.events ?? []).map((e) => e.eventType);
      expect(types.length).toBeGreaterThan(5);
      const description = await client.workflow.getHandle(taskQueue).describe();
      expect(description.status.name).toBe('COMPLETED');
    } finally {
      await connection.close();
      await workerConnection.close();
    }
  });
});
