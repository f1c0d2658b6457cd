// Working a case's tasks on the real Temporal dev server: claiming keeps a
// task from other clerks, unclaiming gives it back, a supervisor reassigns
// it, and a supervisor cancels the case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import START_DATA from './fixtures/municipal-request-start.json' with { type: 'json' };
import { read } from './harness.ts';
import { type ProcedureHarness, procedureHarness } from './procedure-harness.ts';

describe('task work, end to end on Temporal', { timeout: 240_000 }, () => {
  let h: ProcedureHarness;
  let clerk: string;
  let otherClerk: string;
  let supervisor: string;
  let otherClerkId: string;
  beforeAll(async () => {
    h = await procedureHarness('task-work');
    clerk = await h.login('tbilisi.clerk');
    supervisor = await h.login('tbilisi.supervisor');
    // A second clerk of Tbilisi, created by the tenant's admin.
    const admin = await h.login('tbilisi.admin');
    const created = await h.request('/api/admin/users', {
      method: 'POST',
      cookie: admin,
      json: {
        username: 'tbilisi.clerk2',
        displayName: 'მეორე ოპერატორი',
        password: 'a-long-password-2',
        roles: ['clerk'],
      },
    });
    expect(created.status).toBe(201);
    otherClerkId = (await read(created)).id;
    otherClerk = await h.login('tbilisi.clerk2', 'a-long-password-2');
  }, 120_000);
  afterAll(() => h?.close());

  async function openCase(): Promise<string> {
    const res = await h.request('/api/cases', {
      method: 'POST',
      cookie: clerk,
      json: { serviceId: 'municipal-request', data: START_DATA },
    });
    expect(res.status).toBe(201);
    return (await read(res)).id;
  }

  const post = (path: string, cookie: string, json?: unknown) =>
    h.request(path, { method: 'POST', cookie, ...(json !== undefined ? { json } : {}) });

  it('claims, refuses the task to another clerk, unclaims, and lets the other clerk complete it', async () => {
    const caseId = await openCase();
    const task = await h.taskAt(clerk, caseId, 'Task_Register');
    expect((await post(`/api/tasks/${task.id}/claim`, clerk)).status).toBe(200);
    const mine = await read(await h.request('/api/tasks?mine=true', { cookie: clerk }));
    expect(mine.items.map((t: { id: string }) => t.id)).toContain(task.id);
    expect((await post(`/api/tasks/${task.id}/claim`, otherClerk)).status).toBe(409);
    const data = { data: { department: 'social', identityChecked: true } };
    expect((await post(`/api/tasks/${task.id}/complete`, otherClerk, data)).status).toBe(409);
    expect((await post(`/api/tasks/${task.id}/unclaim`, otherClerk)).status).toBe(409);
    expect((await post(`/api/tasks/${task.id}/unclaim`, clerk)).status).toBe(200);
    expect((await post(`/api/tasks/${task.id}/complete`, otherClerk, data)).status).toBe(200);
    await h.taskAt(clerk, caseId, 'Task_Review');
  });

  it('lets a supervisor reassign a task to a clerk of the tenant, and refuses strangers', async () => {
    const caseId = await openCase();
    const task = await h.taskAt(clerk, caseId, 'Task_Register');
    expect((await post(`/api/tasks/${task.id}/reassign`, clerk, {})).status).toBe(403);
    const stranger = { assigneeId: '00000000-0000-4000-8000-000000000000' };
    expect((await post(`/api/tasks/${task.id}/reassign`, supervisor, stranger)).status).toBe(422);
    const given = await post(`/api/tasks/${task.id}/reassign`, supervisor, {
      assigneeId: otherClerkId,
    });
    expect(given.status).toBe(200);
    const row = await read(await h.request(`/api/tasks/${task.id}`, { cookie: otherClerk }));
    expect(row).toMatchObject({ assigneeId: otherClerkId, status: 'claimed' });
    expect((await post(`/api/tasks/${task.id}/claim`, clerk)).status).toBe(409);
  });

  it('lets a supervisor cancel a running case, and not a clerk', async () => {
    const caseId = await openCase();
    await h.taskAt(clerk, caseId, 'Task_Register');
    expect((await post(`/api/cases/${caseId}/cancel`, clerk, {})).status).toBe(403);
    const cancelled = await post(`/api/cases/${caseId}/cancel`, supervisor, {
      reason: 'განმცხადებელმა მომართვა გამოიწვია',
    });
    expect(await read(cancelled)).toMatchObject({ status: 'cancelled', openTasks: [] });
    const detail = await h.until('the case to be cancelled', async () => {
      const body = await read(await h.request(`/api/cases/${caseId}`, { cookie: clerk }));
      return body.status === 'cancelled' && body.openTasks.length === 0 ? body : undefined;
    });
    expect(detail.closedAt).not.toBeNull();
    expect((await post(`/api/cases/${caseId}/cancel`, supervisor, {})).status).toBe(409);
    // The workflow itself refuses too (running or finished), for a caller whose projection lags.
    await h.until('the workflow to finish', async () =>
      (await h.deps.procedures.state(caseId))?.status === 'cancelled' ? true : undefined,
    );
    expect(await h.deps.procedures.cancelCase(caseId, { by: 'test' })).toMatchObject({
      ok: false,
      refusal: { code: 'CASE_CLOSED' },
    });
  });
});
