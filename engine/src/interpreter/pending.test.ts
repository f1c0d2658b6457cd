import { describe, expect, it } from 'vitest';
import { makeDefinition, NOW } from '../../test/make-definition.ts';
import { pending } from './pending.ts';
import { start } from './start.ts';

describe('pending', () => {
  it('lists what a case waits for: tasks, timers, messages and steps', () => {
    const def = makeDefinition(
      [
        { id: 's', type: 'startEvent' },
        { id: 'fork', type: 'parallelGateway' },
        { id: 't', type: 'userTask', form: 'f', roles: ['clerk'] },
        {
          id: 'sla',
          type: 'boundaryTimer',
          attachedTo: 't',
          interrupting: true,
          timer: { kind: 'duration', expression: 'PT1H' },
        },
        { id: 'm', type: 'messageEvent', message: 'reply' },
        { id: 'join', type: 'parallelGateway' },
        { id: 'e', type: 'endEvent' },
      ],
      [
        ['s', 'fork'],
        ['fork', 't'],
        ['fork', 'm'],
        ['t', 'join'],
        ['m', 'join'],
        ['sla', 'e'],
        ['join', 'e'],
      ],
    );
    const { state } = start(def, { data: {} }, NOW);
    expect(pending(def, state)).toEqual({
      steps: ['t', 'm'],
      tasks: [{ taskId: 't/1', node: 't', form: 'f', roles: ['clerk'] }],
      actions: [],
      timers: [{ timerId: 'sla/1', node: 'sla', fireAt: '2026-03-02T06:00:00.000Z' }],
      messages: [{ node: 'm', name: 'reply' }],
      children: [],
      incidents: [],
    });
  });
});
