// Start 50 cases, SIGKILL the worker process in the middle, start a new one:
// every case completes and every action's side effect happened exactly once.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { canonicalJson, type Definition, sha256 } from '@saqme/engine';
import { Client, Connection } from '@temporalio/client';
import { describe, expect, it } from 'vitest';
import { type CaseResult, PROCEDURE_WORKFLOW, type ProcedureInput } from '../src/index.ts';
import { FileLedger } from './crash/file-ledger.ts';
import { ref } from './support/bundles.ts';
import { requiredTemporalAddress } from './temporal-server.ts';

const CASES = 50;
const STEPS = 5;

function spawnWorker(taskQueue: string, dir: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [join(import.meta.dirname, 'crash', 'worker-process.ts'), taskQueue, dir],
    { stdio: ['ignore', 'pipe', 'inherit'], env: process.env },
  );
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`worker exited early with ${code}`)));
  });
}

describe('a worker killed in the middle of 50 cases', () => {
  it('loses nothing: a new worker completes every case and every side effect happened once', async () => {
    const address = requiredTemporalAddress();
    const dir = mkdtempSync(join(tmpdir(), 'saqme-crash-'));
    const body = JSON.parse(
      readFileSync(join(import.meta.dirname, 'crash', 'ledger.json'), 'utf8'),
    ) as Omit<Definition, 'hash'>;
    const loaded = ref({ ...body, hash: sha256(canonicalJson(body)) });
    writeFileSync(join(dir, 'definition.json'), JSON.stringify(loaded));
    const ledger = new FileLedger(dir);
    const taskQueue = `crash-${Date.now()}`;
    const connection = await Connection.connect({ address });
    const client = new Client({ connection });
    let worker = await spawnWorker(taskQueue, dir);
    try {
      const handles = await Promise.all(
        Array.from({ length: CASES }, (_, i) => {
          const input: ProcedureInput = {
            definition: loaded.ref,
            caseId: `${taskQueue}-case-${i}`,
            tenantId: 'tbilisi',
            initiator: 'citizen-1',
            data: { applicantName: `განმცხადებელი ${i}` },
            limits: { actionTimeoutSeconds: 3 },
          };
          return client.workflow.start(PROCEDURE_WORKFLOW, {
            taskQueue,
            workflowId: input.caseId,
            args: [input],
          });
        }),
      );
      while (ledger.effects().length < (CASES * STEPS) / 4) await sleep(20);
      const exited = new Promise((r) => worker.once('exit', r));
      worker.kill('SIGKILL');
      await exited;
      const atKill = ledger.effects().length;
      expect(atKill).toBeLessThan(CASES * STEPS);

      worker = await spawnWorker(taskQueue, dir);
      const results: CaseResult[] = await Promise.all(handles.map((h) => h.result()));
      expect(results.map((r) => r.outcome)).toEqual(Array(CASES).fill('recorded'));

      const effects = ledger.effects();
      expect(effects).toHaveLength(CASES * STEPS);
      expect(new Set(effects).size).toBe(CASES * STEPS);
      for (let i = 0; i < CASES; i++) {
        for (let s = 1; s <= STEPS; s++)
          expect(effects).toContain(`${taskQueue}-case-${i}/Write_${s}/1`);
      }
      expect(ledger.attempts().length).toBeGreaterThanOrEqual(effects.length);
      const audit = ledger.audit();
      expect(new Set(audit).size).toBe(audit.length);
      expect(audit.filter((a) => a.endsWith('#caseCompleted'))).toHaveLength(CASES);
    } finally {
      worker.kill('SIGKILL');
      await connection.close();
    }
  }, 240_000);
});
