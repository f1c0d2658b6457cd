import { describe, expect, it } from 'vitest';
import { makeDefinition, NOW } from '../../test/make-definition.ts';
import { start } from './start.ts';
import { step } from './step.ts';

const later = '2026-03-03T05:00:00.000Z';

describe('user task', () => {
  const def = makeDefinition(
    [
      { id: 's', type: 'startEvent' },
      {
        id: 't',
        type: 'userTask',
        form: 'check-form',
        roles: ['clerk'],
        name: { ka: 'შემოწმება', en: 'Check' },
      },
      { id: 'e', type: 'endEvent' },
    ],
    [
      ['s', 't'],
      ['t', 'e'],
    ],
  );

  it('opens a task with its form, roles and title, and waits', () => {
    const { state, commands } = start(def, { data: {} }, NOW);
    expect(commands).toEqual([
      {
        type: 'openTask',
        taskId: 't/1',
        node: 't',
        form: 'check-form',
        roles: ['clerk'],
        title: { ka: 'შემოწმება', en: 'Check' },
      },
    ]);
    expect(state.tokens).toEqual([{ id: 't/1', node: 't', wait: 'task' }]);
  });

  it('stores the completed data under the form variable and closes the task', () => {
    const first = start(def, { data: {} }, NOW);
    const { state, commands } = step(
      def,
      first.state,
      { type: 'taskCompleted', taskId: 't/1', data: { ok: true } },
      later,
    );
    expect(state.variables.checkForm).toEqual({ ok: true });
    expect(commands).toEqual([
      { type: 'closeTask', taskId: 't/1', reason: 'completed' },
      { type: 'completeCase', status: 'completed' },
    ]);
  });

  it('rejects completing a task that is not open, leaving the state as it was', () => {
    const first = start(def, { data: {} }, NOW);
    const result = step(
      def,
      first.state,
      { type: 'taskCompleted', taskId: 't/9', data: {} },
      later,
    );
    expect(result.rejected?.code).toBe('TASK_NOT_OPEN');
    expect(result.rejected?.message.ka).toBeTruthy();
    expect(result.state).toBe(first.state);
    expect(result.commands).toEqual([]);
  });

  it('does not change the state it is given', () => {
    const first = start(def, { data: {} }, NOW);
    const before = JSON.stringify(first.state);
    step(def, first.state, { type: 'taskCompleted', taskId: 't/1', data: { ok: true } }, later);
    expect(JSON.stringify(first.state)).toBe(before);
  });
});

describe('service task', () => {
  const def = makeDefinition(
    [
      { id: 's', type: 'startEvent' },
      {
        id: 'a',
        type: 'serviceTask',
        action: 'do.it',
        input: '= {n: start.n + 1}',
        output: '= result.value * 2',
        variable: 'doubled',
        retry: { initialInterval: 'PT2S' },
      },
      {
        id: 'caught',
        type: 'boundaryError',
        attachedTo: 'a',
        errorCode: 'REFUSED',
        interrupting: true,
      },
      { id: 'e', type: 'endEvent', outcome: 'ok' },
      { id: 'x', type: 'endEvent', outcome: 'refused' },
    ],
    [
      ['s', 'a'],
      ['a', 'e'],
      ['caught', 'x'],
    ],
  );

  it('runs the action with its mapped input, retry policy and idempotency key', () => {
    const { commands } = start(def, { data: { n: 1 } }, NOW);
    expect(commands).toEqual([
      {
        type: 'runAction',
        actionId: 'a/1',
        node: 'a',
        action: 'do.it',
        input: { n: 2 },
        idempotencyKey: 'a/1',
        retry: { maximumAttempts: 3, initialInterval: 'PT2S' },
      },
    ]);
  });

  it('maps the output into its variable on success', () => {
    const first = start(def, { data: { n: 1 } }, NOW);
    const { state } = step(
      def,
      first.state,
      { type: 'actionSucceeded', actionId: 'a/1', output: { value: 21 } },
      NOW,
    );
    expect(state.variables.doubled).toBe(42);
    expect(state.outcome).toBe('ok');
  });

  it('routes a matching business error to the error boundary', () => {
    const first = start(def, { data: { n: 1 } }, NOW);
    const { state } = step(
      def,
      first.state,
      { type: 'actionFailed', actionId: 'a/1', error: { code: 'REFUSED' } },
      NOW,
    );
    expect(state.outcome).toBe('refused');
    expect(state.path.map((p) => p.node)).toEqual(['s', 'a', 'caught', 'x']);
  });

  it('raises an incident for an uncaught failure, then retries with a new key or skips', () => {
    const first = start(def, { data: { n: 1 } }, NOW);
    const failed = step(
      def,
      first.state,
      { type: 'actionFailed', actionId: 'a/1', error: { code: 'DOWN', message: 'timeout' } },
      NOW,
    );
    expect(failed.commands).toEqual([
      {
        type: 'raiseIncident',
        actionId: 'a/1',
        node: 'a',
        error: { code: 'DOWN', message: 'timeout' },
      },
    ]);
    expect(failed.state.status).toBe('running');
    const retried = step(
      def,
      failed.state,
      { type: 'incidentResolved', actionId: 'a/1', resolution: 'retry' },
      NOW,
    );
    expect(retried.commands[0]).toMatchObject({
      type: 'runAction',
      actionId: 'a/1',
      idempotencyKey: 'a/1#2',
    });
    const skipped = step(
      def,
      failed.state,
      { type: 'incidentResolved', actionId: 'a/1', resolution: 'skip', output: { value: 1 } },
      NOW,
    );
    expect(skipped.state.status).toBe('completed');
  });
});

describe('call activity', () => {
  it('starts the sub-service with mapped input and continues when it completes', () => {
    const def = makeDefinition(
      [
        { id: 's', type: 'startEvent' },
        {
          id: 'c',
          type: 'callActivity',
          service: 'pin-reset',
          input: '= {pn: start.pn}',
          variable: 'child',
        },
        { id: 'e', type: 'endEvent' },
      ],
      [
        ['s', 'c'],
        ['c', 'e'],
      ],
    );
    const first = start(def, { data: { pn: '01001012345' } }, NOW);
    expect(first.commands).toEqual([
      {
        type: 'startChild',
        childId: 'c/1',
        node: 'c',
        service: 'pin-reset',
        input: { pn: '01001012345' },
      },
    ]);
    const { state } = step(
      def,
      first.state,
      { type: 'childCompleted', childId: 'c/1', outcome: 'reset', output: { at: 'x' } },
      NOW,
    );
    expect(state.variables.child).toEqual({ at: 'x' });
    expect(state.status).toBe('completed');
  });
});
