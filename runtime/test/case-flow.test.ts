// End to end on real PostgreSQL and the real Temporal dev server with the
// worker in this process: a Tbilisi clerk opens a municipal request, the
// clerks complete its tasks through the API, the case closes with its answer
// document, the audit chain verifies, and Kutaisi never sees any of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../src/audit/verify.ts';
import START_DATA from './fixtures/municipal-request-start.json' with { type: 'json' };
import { read } from './harness.ts';
import { type ProcedureHarness, procedureHarness } from './procedure-harness.ts';

describe('a municipal request, end to end on Temporal', { timeout: 240_000 }, () => {
  let h: ProcedureHarness;
  beforeAll(async () => {
    h = await procedureHarness('case-flow');
  }, 120_000);
  afterAll(() => h?.close());

  const openTask = (cookie: string, caseId: string, node: string) => h.taskAt(cookie, caseId, node);

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
    const detail = await h.until('the case to close', async () => {
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

    expect((await verifyAudit(h.database.db, 'tbilisi')).ok).toBe(true);

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

  it('opens a case from a posted form and stores its attachment as a document of the case', async () => {
    const clerk = await h.login('tbilisi.clerk');
    const form = new FormData();
    form.set('serviceId', 'municipal-request');
    for (const [k, v] of Object.entries(START_DATA)) form.set(k, String(v));
    const pdf = new TextEncoder().encode('%PDF-1.7\n% განცხადება\n%%EOF\n');
    form.set('attachment', new File([pdf], 'ganckhadeba.pdf', { type: 'application/pdf' }));
    const res = await h.request('/api/cases', { method: 'POST', cookie: clerk, body: form });
    expect(res.status).toBe(201);
    const { id } = await read(res);
    const detail = await read(await h.request(`/api/cases/${id}`, { cookie: clerk }));
    expect(detail.documents).toMatchObject([{ fileName: 'ganckhadeba.pdf', size: pdf.byteLength }]);
    expect(detail.data.attachment).toEqual({
      name: 'ganckhadeba.pdf',
      type: 'application/pdf',
      size: pdf.byteLength,
      ref: detail.documents[0].id,
    });
    await h.taskAt(clerk, id, 'Task_Register');
  });
});
