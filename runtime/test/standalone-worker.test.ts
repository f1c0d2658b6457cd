// The worker as its own process (`node runtime/src/worker.ts`), as worker
// pools run apart from the API: it shares the API's PostgreSQL database and
// task queue, carries a case the API opened to its first task, and stops
// cleanly on SIGTERM.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInCatalogue } from '../src/actions/built-in.ts';
import { temporalProcedures } from '../src/cases/procedures.ts';
import { publishExamples } from '../src/seed/examples.ts';
import { type TestDatabase, targets } from './databases.ts';
import START_DATA from './fixtures/municipal-request-start.json' with { type: 'json' };
import { createHarness, type Harness, read } from './harness.ts';
import { requiredTemporalAddress, temporalClient, uniqueTaskQueue } from './temporal.ts';

const workerMain = join(import.meta.dirname, '..', 'src', 'worker.ts');

describe('the standalone worker', { timeout: 240_000 }, () => {
  let database: TestDatabase;
  let h: Harness;
  let temporal: Awaited<ReturnType<typeof temporalClient>>;
  let child: ChildProcess;
  let output = '';
  beforeAll(async () => {
    const address = requiredTemporalAddress();
    database = await targets[0]!.open();
    const taskQueue = uniqueTaskQueue('standalone');
    temporal = await temporalClient();
    h = await createHarness(database, {
      procedures: temporalProcedures(temporal.client, taskQueue),
    });
    await publishExamples(database.db, { tenantId: 'central', actions: builtInCatalogue() });
    child = spawn(process.execPath, [workerMain], {
      env: {
        ...process.env,
        DATABASE_URL: database.url!,
        TEMPORAL_ADDRESS: address,
        SAQME_TASK_QUEUE: taskQueue,
        SAQME_DATA_DIR: mkdtempSync(join(tmpdir(), 'saqme-worker-')),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (d) => {
        output += d;
        if (output.includes('procedure worker polling')) resolve();
      });
      child.stderr!.on('data', (d) => {
        output += d;
      });
      child.on('exit', (code) => reject(new Error(`worker exited with ${code}: ${output}`)));
    });
  }, 180_000);
  afterAll(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await temporal?.close();
    await database?.close();
  });

  it('runs a case the API opened, and exits cleanly on SIGTERM', async () => {
    const clerk = await h.login('tbilisi.clerk');
    const res = await h.request('/api/cases', {
      method: 'POST',
      cookie: clerk,
      json: { serviceId: 'municipal-request', data: START_DATA },
    });
    expect(res.status).toBe(201);
    const { id } = await read(res);
    const deadline = Date.now() + 120_000;
    let task: { nodeId: string } | undefined;
    while (!task && Date.now() < deadline) {
      const { items } = await read(await h.request('/api/tasks', { cookie: clerk }));
      task = items.find((t: { caseId: string }) => t.caseId === id);
      if (!task) await new Promise((r) => setTimeout(r, 250));
    }
    expect(task?.nodeId).toBe('Task_Register');
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
