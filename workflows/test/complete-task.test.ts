import { WorkflowUpdateFailedError } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CaseStatusKey,
  CurrentStepsKey,
  completeTaskUpdate,
  messageSignal,
  reassignTaskUpdate,
  ServiceIdKey,
  stateQuery,
  TenantIdKey,
} from '../src/index.ts';
import { definitionFixture } from './support/bundles.ts';
import { quiesce } from './support/run-scenario.ts';
import { startCase } from './support/start-case.ts';
import { startTestEnv, type TestEnv } from './support/temporal.ts';

const service = definitionFixture('consular-confirmation');
const found = async () => ({ found: true });
let env: TestEnv;

beforeAll(async () => {
  env = await startTestEnv();
});
afterAll(async () => {
  await env?.close();
});

async function rejection(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
  const cause = (error as WorkflowUpdateFailedError).cause as unknown as {
    type: string;
    details: { code: string; message: { ka: string; en: string }; issues?: unknown[] }[];
  };
  return { type: cause.type, detail: cause.details[0]! };
}

describe('the completeTask Update', () => {
  it('rejects invalid data and closed tasks with reasons, leaving no trace in history', async () => {
    const handle = await startCase(env, service.loaded, found);
    const view = await quiesce(handle);
    const task = view.openTasks.find((t) => t.node === 'Task_Review')!;
    expect(task).toBeDefined();

    const invalid = await rejection(
      handle.executeUpdate(completeTaskUpdate, {
        args: [{ taskId: task.taskId, data: { note: 5 }, by: 'clerk-1' }],
      }),
    );
    expect(invalid.type).toBe('FORM_INVALID');
    expect(invalid.detail.message.ka).toBe('ფორმა შეცდომებს შეიცავს');
    expect(invalid.detail.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: '/approved', code: 'required' }),
        expect.objectContaining({ path: '/note', code: 'type' }),
      ]),
    );
    const unknown = await rejection(
      handle.executeUpdate(completeTaskUpdate, {
        args: [{ taskId: 'Task_Review/9', data: { approved: true }, by: 'clerk-1' }],
      }),
    );
    expect(unknown.type).toBe('TASK_NOT_OPEN');

    const accepted = await handle.executeUpdate(completeTaskUpdate, {
      args: [{ taskId: task.taskId, data: { approved: true }, by: 'clerk-1' }],
    });
    expect(accepted.openTasks).toEqual([]);
    const closed = await rejection(
      handle.executeUpdate(completeTaskUpdate, {
        args: [{ taskId: task.taskId, data: { approved: true }, by: 'clerk-2' }],
      }),
    );
    expect(closed.type).toBe('TASK_NOT_OPEN');
    expect(closed.detail.message.en).toBe('The task is not open');

    await handle.signal(messageSignal, {
      name: 'ministry-confirmation',
      data: { confirmed: true },
    });
    expect((await handle.result()).outcome).toBe('approved');

    const events = (await handle.fetchHistory()).events ?? [];
    const updates = events.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes);
    expect(updates).toHaveLength(1);
    expect(
      updates[0]!.workflowExecutionUpdateAcceptedEventAttributes!.acceptedRequest?.input?.name,
    ).toBe('completeTask');
    expect(events.filter((e) => e.workflowExecutionUpdateRejectedEventAttributes)).toHaveLength(0);
    expect(events.filter((e) => e.workflowExecutionUpdateCompletedEventAttributes)).toHaveLength(1);
  });

  it('keeps the search attributes, the projection and the audit chain current', async () => {
    const handle = await startCase(env, service.loaded, found);
    const view = await quiesce(handle);
    const attributes = (await handle.describe()).typedSearchAttributes;
    expect(attributes.get(ServiceIdKey)).toBe('consular-confirmation');
    expect(attributes.get(TenantIdKey)).toBe('tbilisi');
    expect(attributes.get(CaseStatusKey)).toBe('running');
    expect([...(attributes.get(CurrentStepsKey) ?? [])].sort()).toEqual([
      'Task_Review',
      'Wait_Confirm',
    ]);

    const task = view.openTasks[0]!;
    await handle.executeUpdate(reassignTaskUpdate, {
      args: [{ taskId: task.taskId, assignee: 'clerk-7', by: 'supervisor-1' }],
    });
    expect((await handle.query(stateQuery)).openTasks[0]?.assignee).toBe('clerk-7');
    await handle.executeUpdate(completeTaskUpdate, {
      args: [{ taskId: task.taskId, data: { approved: false }, by: 'clerk-7' }],
    });
    await handle.signal(messageSignal, { name: 'ministry-confirmation', data: {} });
    expect((await handle.result()).outcome).toBe('refused');
    const done = (await handle.describe()).typedSearchAttributes;
    expect(done.get(CaseStatusKey)).toBe('completed');

    const id = handle.workflowId;
    expect(env.deps.cases.get(id)).toMatchObject({ status: 'completed', outcome: 'refused' });
    expect(env.deps.tasks.get(`${id}|${task.taskId}`)).toMatchObject({
      status: 'completed',
      assignee: 'clerk-7',
    });
    const types = env.deps.audits.filter((a) => a.caseId === id).map((a) => a.type);
    expect(types[0]).toBe('caseStarted');
    expect(types).toContain('taskReassigned');
    expect(types).toContain('taskCompleted');
    expect(types.at(-1)).toBe('caseCompleted');
    expect(env.deps.notifications.filter((n) => n.caseId === id).map((n) => n.kind)).toEqual([
      'taskOpened',
      'taskReassigned',
      'caseFinished',
    ]);
  });
});
