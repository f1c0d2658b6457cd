// Test wiring for the real Temporal server: a client and a worker running the
// procedure on a fresh task queue with in-memory activities.
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { createActivities, procedureWorkerOptions } from '../../src/index.ts';
import { requiredTemporalAddress } from '../temporal-server.ts';
import { MemoryDeps } from './memory-deps.ts';

export interface TestEnv {
  client: Client;
  worker: Worker;
  deps: MemoryDeps;
  taskQueue: string;
  running: Promise<void>;
  close(): Promise<void>;
}

export async function startTestEnv(deps = new MemoryDeps()): Promise<TestEnv> {
  const address = requiredTemporalAddress();
  const taskQueue = `procedure-test-${randomUUID()}`;
  const workerConnection = await NativeConnection.connect({ address });
  const connection = await Connection.connect({ address });
  const worker = await Worker.create({
    connection: workerConnection,
    taskQueue,
    ...procedureWorkerOptions(),
    activities: createActivities(deps),
  });
  const running = worker.run();
  return {
    client: new Client({ connection }),
    worker,
    deps,
    taskQueue,
    running,
    async close() {
      worker.shutdown();
      await running;
      await connection.close();
      await workerConnection.close();
    },
  };
}
