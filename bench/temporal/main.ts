// `pnpm bench temporal`: what the generic design costs on a real Temporal dev
// server with one worker. (a) 200 cases of a ten-step service through the
// generic `procedure` workflow, then through a hand-written workflow calling
// the same business, projection and audit activities; (b) completeTask
// Update round trips (form validated in the workflow) on a review loop.
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import {
  type CaseView,
  completeTaskUpdate,
  createActivities,
  PROCEDURE_WORKFLOW,
  type ProcedureActivities,
  type ProcedureInput,
  procedureWorkerOptions,
  stateQuery,
} from '@saqme/workflows';
import { Client, Connection, type WorkflowHandle } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import type { HandwrittenInput } from './handwritten.workflow.ts';
import { reviewLoop, tenSteps } from './services.ts';

const CASES = 200;
const ROUND_TRIPS = 200;
const REVIEW_CASES = 4;

const address = process.env.TEMPORAL_ADDRESS;
if (!address) {
  console.error('TEMPORAL_ADDRESS is not set: eval "$(scripts/temporal.sh)" first');
  process.exit(2);
}
Runtime.install({ logger: new DefaultLogger('WARN') });

const services = new Map([tenSteps(), reviewLoop()].map((l) => [l.ref.serviceId, l]));
const calls: Record<string, number> = {};
const count = (name: string) => {
  calls[name] = (calls[name] ?? 0) + 1;
};
const activities: ProcedureActivities = createActivities({
  definitions: {
    load: async (ref) => {
      count('loadDefinition');
      return services.get(ref.serviceId)!;
    },
  },
  actions: {
    run: async (request) => {
      count('runAction');
      return { recorded: request.idempotencyKey };
    },
  },
  projection: {
    upsertCase: async () => count('projectCase'),
    upsertTask: async () => count('projectTask'),
  },
  audit: { append: async () => count('appendAudit') },
  notifier: { send: async () => count('notify') },
});

const connection = await Connection.connect({ address });
const client = new Client({ connection });
const workerConnection = await NativeConnection.connect({ address });

async function withWorker<T>(
  workflowsPath: string,
  preload: string[],
  work: (taskQueue: string) => Promise<T>,
): Promise<T> {
  const taskQueue = `bench-${randomUUID()}`;
  const worker = await Worker.create({
    connection: workerConnection,
    taskQueue,
    workflowsPath,
    reuseV8Context: true,
    bundlerOptions: { preloadModules: preload },
    activities,
  });
  return worker.runUntil(work(taskQueue));
}

async function throughput(label: string, start: (i: number) => Promise<WorkflowHandle>) {
  for (const k of Object.keys(calls)) delete calls[k];
  const begin = performance.now();
  const handles = await Promise.all(Array.from({ length: CASES }, (_, i) => start(i)));
  await Promise.all(handles.map((h) => h.result()));
  const seconds = (performance.now() - begin) / 1000;
  const perSecond = CASES / seconds;
  console.log(
    `${label}: ${CASES} cases in ${seconds.toFixed(1)} s = ${perSecond.toFixed(2)} cases/s; activities ${JSON.stringify(calls)}`,
  );
  return perSecond;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const procedure = procedureWorkerOptions();
const tenStepRef = tenSteps().ref;
const reviewRef = reviewLoop().ref;
const input = (serviceRef: ProcedureInput['definition'], caseId: string): ProcedureInput => ({
  definition: serviceRef,
  caseId,
  tenantId: 'tbilisi',
  initiator: 'citizen-1',
  data: {},
});

const warmup = 20;
const { generic, latencies } = await withWorker(
  procedure.workflowsPath,
  procedure.bundlerOptions.preloadModules,
  async (taskQueue) => {
    const run = (i: number, prefix: string) =>
      client.workflow.start(PROCEDURE_WORKFLOW, {
        taskQueue,
        workflowId: `${prefix}-${i}-${randomUUID()}`,
        args: [input(tenStepRef, `${prefix}-${i}`)],
      });
    await Promise.all(
      (await Promise.all(Array.from({ length: warmup }, (_, i) => run(i, 'warm')))).map((h) =>
        h.result(),
      ),
    );
    const generic = await throughput('generic procedure', (i) => run(i, 'generic'));

    const latencies: number[] = [];
    for (let c = 0; c < REVIEW_CASES; c++) {
      const handle = await client.workflow.start(PROCEDURE_WORKFLOW, {
        taskQueue,
        workflowId: `review-${c}-${randomUUID()}`,
        args: [input(reviewRef, `review-${c}`)],
      });
      let view: CaseView = await handle.query(stateQuery);
      while (view.openTasks.length === 0) view = await handle.query(stateQuery);
      let taskId = view.openTasks[0]!.taskId;
      const trips = ROUND_TRIPS / REVIEW_CASES;
      for (let t = 0; t < trips; t++) {
        const data = { more: t < trips - 1, personalNumber: '01001012345', note: `ნაბიჯი ${t}` };
        const begin = performance.now();
        const outcome = await handle.executeUpdate(completeTaskUpdate, {
          args: [{ taskId, data, by: 'clerk-1' }],
        });
        latencies.push(performance.now() - begin);
        taskId = outcome.openTasks[0] ?? '';
      }
      await handle.result();
    }
    return { generic, latencies };
  },
);

const handwrittenPath = fileURLToPath(new URL('./handwritten.workflow.ts', import.meta.url));
const handwritten = await withWorker(handwrittenPath, [], async (taskQueue) => {
  const run = (i: number, prefix: string) =>
    client.workflow.start('handwrittenTenSteps', {
      taskQueue,
      workflowId: `${prefix}-${i}-${randomUUID()}`,
      args: [{ caseId: `${prefix}-${i}`, tenantId: 'tbilisi' } satisfies HandwrittenInput],
    });
  await Promise.all(
    (await Promise.all(Array.from({ length: warmup }, (_, i) => run(i, 'warm')))).map((h) =>
      h.result(),
    ),
  );
  return throughput('hand-written workflow', (i) => run(i, 'handwritten'));
});

await connection.close();
await workerConnection.close();
latencies.sort((a, b) => a - b);
const p50 = percentile(latencies, 50);
const p99 = percentile(latencies, 99);
console.log(
  `completeTask: ${latencies.length} round trips, p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms`,
);
console.log(
  `RESULT temporal generic_per_s=${generic.toFixed(2)} handwritten_per_s=${handwritten.toFixed(2)} overhead=${(handwritten / generic).toFixed(2)} update_p50_ms=${p50.toFixed(1)} update_p99_ms=${p99.toFixed(1)}`,
);
