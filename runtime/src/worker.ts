// The procedure worker: runs the generic `procedure` workflow and the
// runtime's activities on PROCEDURE_TASK_QUEUE. The launcher runs it in its
// own process (startWorker); `node runtime/src/worker.ts` runs it alone, for
// worker pools that scale apart from the API (same DATABASE_URL,
// TEMPORAL_ADDRESS and SAQME_DATA_DIR, whose seal key they must share).

import { createActivities, PROCEDURE_TASK_QUEUE, procedureWorkerOptions } from '@saqme/workflows';
import { NativeConnection, Worker } from '@temporalio/worker';
import type { ActionRegistry } from './actions/registry.ts';
import { procedureActivityDeps } from './activities/index.ts';
import type { Db } from './db/client.ts';

export interface WorkerOptions {
  db: Db;
  actions: ActionRegistry;
  temporalAddress: string;
  namespace?: string;
  taskQueue?: string;
}

export interface RunningWorker {
  worker: Worker;
  /** Stops polling, lets running tasks finish, closes the connection. */
  stop(): Promise<void>;
}

export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const connection = await NativeConnection.connect({ address: options.temporalAddress });
  const worker = await Worker.create({
    connection,
    namespace: options.namespace ?? 'default',
    taskQueue: options.taskQueue ?? PROCEDURE_TASK_QUEUE,
    ...procedureWorkerOptions(),
    activities: createActivities(procedureActivityDeps(options.db, options.actions)),
  });
  const run = worker.run();
  return {
    worker,
    async stop() {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await run;
      await connection.close();
    },
  };
}

if (import.meta.main) {
  const { loadConfig } = await import('./config.ts');
  const { openDatabase } = await import('./db/client.ts');
  const { migrateDatabase } = await import('./db/migrate.ts');
  const { builtInActions } = await import('./actions/built-in.ts');
  const config = loadConfig();
  if (!config.temporalAddress) {
    console.error('TEMPORAL_ADDRESS is not set.');
    process.exit(1);
  }
  if (!config.databaseUrl) {
    // PGlite is one process's database: a separate worker needs PostgreSQL.
    console.error('DATABASE_URL is not set: a standalone worker needs PostgreSQL.');
    process.exit(1);
  }
  const database = await openDatabase({ url: config.databaseUrl });
  await migrateDatabase(database);
  const running = await startWorker({
    db: database.db,
    actions: builtInActions({ db: database.db, dataDir: config.dataDir }),
    temporalAddress: config.temporalAddress,
    namespace: config.temporalNamespace,
    ...(config.taskQueue ? { taskQueue: config.taskQueue } : {}),
  });
  console.log(
    `procedure worker polling ${config.taskQueue ?? PROCEDURE_TASK_QUEUE} on ${config.temporalAddress}`,
  );
  const stop = async () => {
    await running.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}
