import type { Definition } from '@saqme/engine';
import { describe, expect, it } from 'vitest';
import { submissionsOf } from './submissions.ts';

const definition = {
  service: { startForm: 'request', title: { ka: 'მომართვა', en: 'Request' } },
  forms: {
    request: {
      key: 'request',
      title: { ka: 'განცხადება', en: 'Application' },
      schema: {},
      ui: { fields: {} },
    },
    review: { key: 'review', schema: {}, ui: { fields: {} } },
  },
  nodes: {
    Task_Review: {
      id: 'Task_Review',
      type: 'userTask',
      form: 'review',
      name: { ka: 'განხილვა', en: 'Review' },
    },
  },
} as unknown as Definition;

describe('submissionsOf', () => {
  it('lists the start form and each completed task with its form and data, skipping other events', () => {
    const list = submissionsOf(definition, [
      { seq: 1, actor: 'u1', type: 'case.opened', payload: {}, at: 't1' },
      {
        seq: 2,
        actor: 'u1',
        type: 'case.caseStarted',
        payload: { data: { data: { name: 'ნინო' } } },
        at: 't2',
      },
      { seq: 3, actor: 'system', type: 'case.actionSucceeded', payload: { node: 'Svc' }, at: 't3' },
      {
        seq: 4,
        actor: 'u2',
        type: 'case.taskCompleted',
        payload: {
          node: 'Task_Review',
          data: { taskId: 'Task_Review/1', data: { result: 'granted' } },
        },
        at: 't4',
      },
    ]);
    expect(list.map((s) => [s.title.en, s.form?.id, s.data])).toEqual([
      ['Application', 'request', { name: 'ნინო' }],
      ['Review', 'review', { result: 'granted' }],
    ]);
  });
});
