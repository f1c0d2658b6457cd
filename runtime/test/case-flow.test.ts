// End to end on real PostgreSQL and the real Temporal dev server with the
// worker in this process: a Tbilisi clerk opens a municipal request, the
// clerks complete its tasks through the API, the case closes with its answer
// document, the audit chain verifies, and Kutaisi never sees any of it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInActions, builtInCatalogue } from '../src/actions/built-in.ts';
import { createSealer } from '../src/actions/seal/index.ts';
import { verifyAudit } from '../src/audit/verify.ts';
import { temporalProcedures } from '../src/cases/procedures.ts';
import { publishExamples } from '../src/seed/examples.ts';
import { type RunningWorker, startWorker } from '../src/worker.ts';
import { type TestDatabase, targets } from './databases.ts';
import { createHarness, type Harness, read } from './harness.ts';
import { requiredTemporalAddress, temporalClient, uniqueTaskQueue } from './temporal.ts';

const START_DATA = {
  channel: 'service-hall',
  personalNumber: '01024051234',
  firstName: 'ნინო',
  lastName: 'ბერიძე',
  phone: '+995599123456',
  address: 'თბილისი, ჭავჭავაძის გამზირი 37, ბინა 12',
  topic: 'infrastructure',
  subject: 'ეზოს განათების აღდგენა',
  description: 'ჩვენი კორპუსის ეზოში ორი თვეა არ ანათებს გარე განათება. გთხოვთ, აღადგინოთ.',
  replyBy: 'sms',
  consent: true,
};

async function until<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 45_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('a municipal request, end to end on Temporal', () => {
  let database: TestDatabase;
  let h: Harness;
  let worker: RunningWorker;
  let temporal: Awaited<ReturnType<typeof temporalClient>>;

  beforeAll(async () => {
    const address = requiredTemporalAddress();
    database = await targets[0]!.open();
    const dataDir = mkdtempSync(join(tmpdir(), 'saqme-e2e-'));
    const sealer = createSealer({ dataDir });
    const taskQueue = uniqueTaskQueue('case-flow');
    temporal = await temporalClient();
    h = await createHarness(database, {
      procedures: temporalProcedures(temporal.client, taskQueue),
      sealer,
    });
    await publishExamples(database.db, { tenantId: 'central', actions: builtInCatalogue() });
    worker = await startWorker({
      db: database.db,
      actions: builtInActions({ db: database.db, dataDir, sealer }),
      temporalAddress: address,
      taskQueue,
    });
  }, 120_000);
  afterAll(async () => {
    await worker?.stop();
    await temporal?.close();
    await database?.close();
  });

  async function openTask(cookie: string, caseId: string, node: string) {
    return until(`task ${node}`, async () => {
      const { items } = await read(await h.request('/api/tasks', { cookie }));
      return items.find(
        (t: { caseId: string; nodeId: string }) => t.caseId === caseId && t.nodeId === node,
      );
    });
  }

  it('opens, works and closes the case, and keeps it from Kutaisi', async () => {
    const clerk = await h.login('tbilisi.clerk');
    const kutaisi = await h.login('kutaisi.clerk');

    const invalid = await h.request('/api/cases', {
      method: 'POST',
      cookie: clerk,
      headers: { 'Accept-Language': 'en' },
      json: { serviceId: 'municipal-request', data: { ...START_DATA, personalNumber: '123' } },
    });
    expect(invalid.status).toBe(422);
    expect((await read(invalid)).issues.map((i: { path: string }) => i.path)).toContain(
      '/data/personalNumber',
    );

    const started = await h.request('/api/cases', {
      method: 'POST',
      cookie: clerk,
      json: { serviceId: 'municipal-request', data: START_DATA },
    });
    expect(started.status).toBe(201);
    const opened = await read(started);
    expect(opened.number).toMatch(/^MR-2026-\d{6}$/);

    const register = await openTask(clerk, opened.id, 'Task_Register');
    const claimed = await h.request(`/api/tasks/${register.id}/claim`, {
      method: 'POST',
      cookie: clerk,
    });
    expect(claimed.status).toBe(200);
    const refused = await h.request(`/api/tasks/${register.id}/complete`, {
      method: 'POST',
      cookie: clerk,
      json: { data: { department: 'nowhere', identityChecked: true } },
    });
    expect(refused.status).toBe(422);
    expect((await read(refused)).issues[0].path).toBe('/data/department');
    const done = await h.request(`/api/tasks/${register.id}/complete`, {
      method: 'POST',
      cookie: clerk,
      json: { data: { department: 'infrastructure', identityChecked: true } },
    });
    expect(done.status).toBe(200);

    const review = await openTask(clerk, opened.id, 'Task_Review');
    const answered = await h.request(`/api/tasks/${review.id}/complete`, {
      method: 'POST',
      cookie: clerk,
      json: {
        data: {
          result: 'granted',
          answer: 'ეზოს განათება აღდგება 2026 წლის 20 დეკემბრამდე.',
        },
      },
    });
    expect(answered.status).toBe(200);

    // The projection and the audit chain are written by separate activities: wait for both.
    const detail = await until('the case to close', async () => {
      const body = await read(await h.request(`/api/cases/${opened.id}`, { cookie: clerk }));
      const closed = body.timeline.some((e: { type: string }) => e.type === 'case.caseCompleted');
      return body.status === 'completed' && closed ? body : undefined;
    });
    expect(detail.outcome).toBe('answered');
    expect(detail.number).toBe(opened.number);
    expect(detail.openTasks).toEqual([]);
    expect(detail.documents).toHaveLength(1);
    expect(detail.documents[0].mediaType).toBe('application/pdf');
    expect(detail.timeline.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['case.opened', 'case.caseStarted', 'case.caseCompleted']),
    );
    const pdf = await h.request(`/api/documents/${detail.documents[0].id}/content`, {
      cookie: clerk,
    });
    expect(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5))).toBe('%PDF-');

    expect((await verifyAudit(database.db, 'tbilisi')).ok).toBe(true);

    expect((await h.request(`/api/cases/${opened.id}`, { cookie: kutaisi })).status).toBe(404);
    const kList = await read(await h.request('/api/cases', { cookie: kutaisi }));
    expect(kList.items.map((c: { id: string }) => c.id)).not.toContain(opened.id);
    const kTasks = await read(await h.request('/api/tasks', { cookie: kutaisi }));
    expect(kTasks.items).toEqual([]);
    const kpis = await read(await h.request('/api/kpis', { cookie: clerk }));
    expect(kpis.items).toEqual([
      expect.objectContaining({ serviceId: 'municipal-request', opened: 1, closed: 1 }),
    ]);
  });
});
