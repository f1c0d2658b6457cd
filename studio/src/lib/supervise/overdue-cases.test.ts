import { describe, expect, it } from 'vitest';
import type { Task } from '$lib/api/generated/task.ts';
import { overdueCases } from './overdue-cases.ts';

const task = (caseId: string, dueAt: string | null, id = `${caseId}-${dueAt}`): Task => ({
  id,
  caseId,
  nodeId: 'Task_Review',
  formKey: 'review',
  candidateRoles: ['clerk'],
  assigneeId: null,
  status: 'open',
  createdAt: '2026-11-01T00:00:00.000Z',
  dueAt,
  caseNumber: `MR-${caseId}`,
  serviceId: 'municipal-request',
});

describe('overdueCases', () => {
  it('groups overdue steps per case, the oldest breach first', () => {
    const cases = overdueCases([
      task('b', '2026-11-20T00:00:00.000Z'),
      task('a', '2026-11-22T00:00:00.000Z'),
      task('b', '2026-11-18T00:00:00.000Z'),
      task('c', null),
    ]);
    expect(cases).toEqual([
      {
        caseId: 'b',
        caseNumber: 'MR-b',
        serviceId: 'municipal-request',
        dueAt: '2026-11-18T00:00:00.000Z',
        steps: 2,
      },
      {
        caseId: 'a',
        caseNumber: 'MR-a',
        serviceId: 'municipal-request',
        dueAt: '2026-11-22T00:00:00.000Z',
        steps: 1,
      },
    ]);
  });
});
