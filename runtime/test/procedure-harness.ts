// A harness whose cases really run: a fresh PostgreSQL database with the
// examples published, the real Temporal dev server, and the procedure worker
// in this process on a task queue of its own.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtInActions, builtInCatalogue } from '../src/actions/built-in.ts';
import { createSealer } from '../src/actions/seal/index.ts';
import { temporalProcedures } from '../src/cases/procedures.ts';
import { publishExamples } from '../src/seed/examples.ts';
import { startWorker } from '../src/worker.ts';
import { type TestDatabase, targets } from './databases.ts';
import { createHarness, type Harness, read } from './harness.ts';
import { requiredTemporalAddress, temporalClient, uniqueTaskQueue } from './temporal.ts';

export interface ProcedureHarness extends Harness {
  database: TestDatabase;
  /** Polls until the probe gives a value (the workflow and its activities run apart). */
  until<T>(what: string, probe: () => Promise<T | undefined>): Promise<T>;
  /** Waits for an open task of the case at the node, as the inbox of `cookie` shows it. */
  taskAt(cookie: string, caseId: string, node: string): Promise<{ id: string; nodeId: string }>;
  close(): Promise<void>;
}

export async function procedureHarness(name: string): Promise<ProcedureHarness> {
  const address = requiredTemporalAddress();
  const database = await targets[0]!.open();
  const dataDir = mkdtempSync(join(tmpdir(), `saqme-${name}-`));
  const sealer = createSealer({ dataDir });
  const taskQueue = uniqueTaskQueue(name);
  const temporal = await temporalClient();
  const h = await createHarness(database, {
    procedures: temporalProcedures(temporal.client, taskQueue),
    sealer,
  });
  await publishExamples(database.db, { tenantId: 'central', actions: builtInCatalogue() });
  const worker = await startWorker({
    db: database.db,
    actions: builtInActions({ db: database.db, dataDir, sealer }),
    temporalAddress: address,
    taskQueue,
  });
  async function until<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
    // Generous: the machine running the suite may be busy; a healthy run takes seconds.
    const deadline = Date.now() + 120_000;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return {
    ...h,
    database,
    until,
    taskAt: (cookie, caseId, node) =>
      until(`task ${node}`, async () => {
        const { items } = await read(await h.request('/api/tasks', { cookie }));
        return items.find(
          (t: { caseId: string; nodeId: string }) => t.caseId === caseId && t.nodeId === node,
        );
      }),
    async close() {
      await worker.stop();
      await temporal.close();
      await database.close();
    },
  };
}
