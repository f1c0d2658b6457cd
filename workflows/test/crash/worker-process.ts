// A procedure worker as its own process, for the crash test: activities keep
// their side effects in a FileLedger, so they survive a SIGKILL of this process.
//   node worker-process.ts <taskQueue> <ledgerDir>
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import {
  createActivities,
  type LoadedDefinition,
  procedureWorkerOptions,
} from '../../src/index.ts';
import { FileLedger } from './file-ledger.ts';

const [taskQueue, dir] = process.argv.slice(2) as [string, string];
const loaded = JSON.parse(readFileSync(`${dir}/definition.json`, 'utf8')) as LoadedDefinition;
const ledger = new FileLedger(dir);
Runtime.install({ logger: new DefaultLogger('ERROR') });

const connection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS! });
const worker = await Worker.create({
  connection,
  taskQueue,
  ...procedureWorkerOptions(),
  activities: createActivities({
    definitions: { load: async () => loaded },
    actions: {
      run: async (request) => {
        await sleep(50);
        ledger.writeOnce(request.idempotencyKey);
        return { written: request.idempotencyKey };
      },
    },
    projection: { upsertCase: async () => undefined, upsertTask: async () => undefined },
    audit: {
      append: async (entries) => {
        for (const e of entries) ledger.appendUnique('audit.log', `${e.caseId}#${e.seq}#${e.type}`);
      },
    },
    notifier: { send: async () => undefined },
  }),
});
console.log('ready');
await worker.run();
