import { describe, expect, it } from 'vitest';
import { makeDefinition, NOW } from '../../test/make-definition.ts';
import { start } from './start.ts';
import { step } from './step.ts';

const later = '2026-03-03T05:00:00.000Z';

describe('start and end events', () => {
  it('completes a case that reaches an end event, with its outcome', () => {
    const def = makeDefinition(
      [
        { id: 's', type: 'startEvent' },
        { id: 'e', type: 'endEvent', outcome: 'done' },
      ],
      [['s', 'e']],
    );
    const { state, commands } = start(def, { data: { a: 1 } }, NOW);
    expect(state.status).toBe('completed');
    expect(state.outcome).toBe('done');
    expect(state.variables).toEqual({ start: { a: 1 } });
    expect(commands).toEqual([{ type: 'completeCase', status: 'completed', outcome: 'done' }]);
    expect(state.path.map((p) => p.node)).toEqual(['s', 'e']);
  });
});

describe('boundary timer', () => {
  const build = (interrupting: boolean) =>
    makeDefinition(
      [
        { id: 's', type: 'startEvent' },
        { id: 't', type: 'userTask', form: 'f', roles: ['clerk'] },
        {
          id: 'sla',
          type: 'boundaryTimer',
          attachedTo: 't',
          interrupting,
          timer: { kind: 'duration', expression: 'P5D' },
        },
        { id: 'done', type: 'endEvent', outcome: 'done' },
        { id: 'late', type: 'endEvent', outcome: 'late' },
      ],
      [
        ['s', 't'],
        ['t', 'done'],
        ['sla', 'late'],
      ],
    );

  it('arms the SLA with the task and puts the due date on the task', () => {
    const { commands } = start(build(true), { data: {} }, NOW);
    expect(commands).toEqual([
      { type: 'startTimer', timerId: 'sla/1', node: 'sla', fireAt: '2026-03-07T05:00:00.000Z' },
      expect.objectContaining({
        type: 'openTask',
        taskId: 't/1',
        dueAt: '2026-03-07T05:00:00.000Z',
      }),
    ]);
  });

  it('interrupting: closes the task and leaves through the timer', () => {
    const def = build(true);
    const first = start(def, { data: {} }, NOW);
    const { state, commands } = step(
      def,
      first.state,
      { type: 'timerFired', timerId: 'sla/1' },
      later,
    );
    expect(commands).toEqual([
      { type: 'closeTask', taskId: 't/1', reason: 'cancelled' },
      { type: 'completeCase', status: 'completed', outcome: 'late' },
    ]);
    expect(state.outcome).toBe('late');
  });

  it('non-interrupting: keeps the task open and starts a parallel path', () => {
    const def = build(false);
    const first = start(def, { data: {} }, NOW);
    const fired = step(def, first.state, { type: 'timerFired', timerId: 'sla/1' }, later);
    expect(fired.state.status).toBe('running');
    expect(fired.state.tokens.map((t) => t.id)).toEqual(['t/1']);
    const done = step(def, fired.state, { type: 'taskCompleted', taskId: 't/1', data: {} }, later);
    expect(done.state.outcome).toBe('done');
  });

  it('cancels the timer when the task completes first', () => {
    const def = build(true);
    const first = start(def, { data: {} }, NOW);
    const { commands } = step(
      def,
      first.state,
      { type: 'taskCompleted', taskId: 't/1', data: {} },
      later,
    );
    expect(commands[0]).toEqual({ type: 'cancelTimer', timerId: 'sla/1' });
    expect(
      step(def, first.state, { type: 'timerFired', timerId: 'nope/1' }, later).rejected?.code,
    ).toBe('TIMER_NOT_ARMED');
  });
});

describe('intermediate timer', () => {
  it('waits until the timer fires, with FEEL durations from variables', () => {
    const def = makeDefinition(
      [
        { id: 's', type: 'startEvent' },
        { id: 'w', type: 'timerEvent', timer: { kind: 'duration', expression: '= start.wait' } },
        { id: 'e', type: 'endEvent' },
      ],
      [
        ['s', 'w'],
        ['w', 'e'],
      ],
    );
    const first = start(def, { data: { wait: 'PT30M' } }, NOW);
    expect(first.commands).toEqual([
      { type: 'startTimer', timerId: 'w/1', node: 'w', fireAt: '2026-03-02T05:30:00.000Z' },
    ]);
    const { state, commands } = step(
      def,
      first.state,
      { type: 'timerFired', timerId: 'w/1' },
      later,
    );
    expect(state.status).toBe('completed');
    expect(commands).toEqual([{ type: 'completeCase', status: 'completed' }]);
  });
});

describe('message catch event', () => {
  const def = makeDefinition(
    [
      { id: 's', type: 'startEvent' },
      { id: 'm', type: 'messageEvent', message: 'mfa-confirmation', variable: 'confirmation' },
      { id: 'e', type: 'endEvent' },
    ],
    [
      ['s', 'm'],
      ['m', 'e'],
    ],
  );

  it('waits for the named message and stores its data', () => {
    const first = start(def, { data: {} }, NOW);
    expect(
      step(def, first.state, { type: 'messageReceived', name: 'other' }, NOW).rejected?.code,
    ).toBe('NO_MESSAGE_WAITING');
    const { state } = step(
      def,
      first.state,
      { type: 'messageReceived', name: 'mfa-confirmation', data: { ok: 1 } },
      NOW,
    );
    expect(state.variables.confirmation).toEqual({ ok: 1 });
    expect(state.status).toBe('completed');
  });
});

describe('boundary timer on a service task', () => {
  it('stops waiting for the action and tells the driver to cancel it', () => {
    const def = makeDefinition(
      [
        { id: 's', type: 'startEvent' },
        { id: 'a', type: 'serviceTask', action: 'do.it' },
        {
          id: 'slow',
          type: 'boundaryTimer',
          attachedTo: 'a',
          interrupting: true,
          timer: { kind: 'duration', expression: 'PT1M' },
        },
        { id: 'e', type: 'endEvent', outcome: 'ok' },
        { id: 'late', type: 'endEvent', outcome: 'late' },
      ],
      [
        ['s', 'a'],
        ['a', 'e'],
        ['slow', 'late'],
      ],
    );
    const first = start(def, { data: {} }, NOW);
    const fired = step(def, first.state, { type: 'timerFired', timerId: 'slow/1' }, later);
    expect(fired.commands).toEqual([
      { type: 'cancelAction', actionId: 'a/1' },
      { type: 'completeCase', status: 'completed', outcome: 'late' },
    ]);
  });

  it('keeps the SLA running during an incident, so the timer path can take over', () => {
    const def = makeDefinition(
      [
        { id: 's', type: 'startEvent' },
        { id: 'a', type: 'serviceTask', action: 'do.it' },
        {
          id: 'slow',
          type: 'boundaryTimer',
          attachedTo: 'a',
          interrupting: true,
          timer: { kind: 'duration', expression: 'PT1M' },
        },
        { id: 'e', type: 'endEvent', outcome: 'ok' },
        { id: 'late', type: 'endEvent', outcome: 'late' },
      ],
      [
        ['s', 'a'],
        ['a', 'e'],
        ['slow', 'late'],
      ],
    );
    const first = start(def, { data: {} }, NOW);
    const failed = step(
      def,
      first.state,
      { type: 'actionFailed', actionId: 'a/1', error: { code: 'X' } },
      later,
    );
    expect(failed.commands).toEqual([
      { type: 'raiseIncident', actionId: 'a/1', node: 'a', error: { code: 'X', message: 'X' } },
    ]);
    const fired = step(def, failed.state, { type: 'timerFired', timerId: 'slow/1' }, later);
    expect(fired.state.outcome).toBe('late');
  });
});
