import { describe, expect, it } from 'vitest';
import { makeDefinition, NOW } from '../../test/make-definition.ts';
import { interpreter } from './interpreter.ts';
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

describe('exclusive gateway', () => {
  const def = makeDefinition(
    [
      { id: 's', type: 'startEvent' },
      { id: 'g', type: 'exclusiveGateway', defaultTo: 'low' },
      { id: 'high', type: 'endEvent', outcome: 'high' },
      { id: 'low', type: 'endEvent', outcome: 'low' },
    ],
    [
      ['s', 'g'],
      ['g', 'high', '= start.amount > 100'],
      ['g', 'low'],
    ],
  );

  it('takes the first flow whose FEEL condition is true', () => {
    expect(start(def, { data: { amount: 500 } }, NOW).state.outcome).toBe('high');
  });

  it('takes the default flow when no condition is true, missing values included', () => {
    expect(start(def, { data: { amount: 5 } }, NOW).state.outcome).toBe('low');
    expect(start(def, { data: {} }, NOW).state.outcome).toBe('low');
  });

  it('raises an incident when nothing matches and there is no default', () => {
    const noDefault = makeDefinition(
      [
        { id: 's', type: 'startEvent' },
        { id: 'g', type: 'exclusiveGateway' },
        { id: 'e', type: 'endEvent' },
      ],
      [
        ['s', 'g'],
        ['g', 'e', 'false'],
      ],
    );
    const { state, commands } = start(noDefault, { data: {} }, NOW);
    expect(state.status).toBe('running');
    expect(commands[0]).toMatchObject({
      type: 'raiseIncident',
      node: 'g',
      error: { code: 'NO_FLOW' },
    });
  });
});

describe('parallel gateway', () => {
  const def = makeDefinition(
    [
      { id: 's', type: 'startEvent' },
      { id: 'fork', type: 'parallelGateway' },
      { id: 'a', type: 'userTask', form: 'a', roles: ['clerk'] },
      { id: 'b', type: 'userTask', form: 'b', roles: ['clerk'] },
      { id: 'join', type: 'parallelGateway' },
      { id: 'e', type: 'endEvent', outcome: 'both' },
    ],
    [
      ['s', 'fork'],
      ['fork', 'a'],
      ['fork', 'b'],
      ['a', 'join'],
      ['b', 'join'],
      ['join', 'e'],
    ],
  );

  it('forks into every branch and joins only when all have arrived', () => {
    const first = start(def, { data: {} }, NOW);
    expect(first.commands.map((c) => c.type)).toEqual(['openTask', 'openTask']);
    const one = step(def, first.state, { type: 'taskCompleted', taskId: 'a/1', data: {} }, NOW);
    expect(one.state.status).toBe('running');
    expect(one.state.joins).toEqual({ join: { 'a->join': 1 } });
    const two = step(def, one.state, { type: 'taskCompleted', taskId: 'b/1', data: {} }, NOW);
    expect(two.state.outcome).toBe('both');
    expect(two.state.joins).toEqual({});
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

describe('cancelCase', () => {
  it('closes tasks, cancels timers and ends the case as cancelled', () => {
    const def = makeDefinition(
      [
        { id: 's', type: 'startEvent' },
        { id: 't', type: 'userTask', form: 'f', roles: ['clerk'] },
        {
          id: 'sla',
          type: 'boundaryTimer',
          attachedTo: 't',
          interrupting: true,
          timer: { kind: 'duration', expression: 'P1D' },
        },
        { id: 'e', type: 'endEvent' },
      ],
      [
        ['s', 't'],
        ['t', 'e'],
        ['sla', 'e'],
      ],
    );
    const first = start(def, { data: {} }, NOW);
    const { state, commands } = step(def, first.state, { type: 'cancelCase' }, NOW);
    expect(commands).toEqual([
      { type: 'cancelTimer', timerId: 'sla/1' },
      { type: 'closeTask', taskId: 't/1', reason: 'cancelled' },
      { type: 'completeCase', status: 'cancelled' },
    ]);
    expect(state.status).toBe('cancelled');
    expect(step(def, state, { type: 'cancelCase' }, NOW).rejected?.code).toBe('NOT_RUNNING');
  });
});

describe('loops without wait states', () => {
  it('stop with an incident instead of hanging', () => {
    const def = makeDefinition(
      [
        { id: 's', type: 'startEvent' },
        { id: 'g', type: 'exclusiveGateway', defaultTo: 'h' },
        { id: 'h', type: 'exclusiveGateway', defaultTo: 'g' },
        { id: 'e', type: 'endEvent' },
      ],
      [
        ['s', 'g'],
        ['g', 'h'],
        ['h', 'g'],
        ['h', 'e', 'false'],
      ],
    );
    const { commands } = start(def, { data: {} }, NOW);
    expect(commands).toEqual([
      expect.objectContaining({
        type: 'raiseIncident',
        error: expect.objectContaining({ code: 'LOOP_LIMIT' }),
      }),
    ]);
  });
});

describe('step', () => {
  it('rejects a state made for another definition', () => {
    const a = makeDefinition(
      [
        { id: 's', type: 'startEvent' },
        { id: 't', type: 'userTask', form: 'f', roles: ['r'] },
        { id: 'e', type: 'endEvent' },
      ],
      [
        ['s', 't'],
        ['t', 'e'],
      ],
    );
    const b = makeDefinition(
      [
        { id: 's', type: 'startEvent' },
        { id: 'e', type: 'endEvent' },
      ],
      [['s', 'e']],
    );
    const first = start(a, { data: {} }, NOW);
    expect(step(b, first.state, { type: 'cancelCase' }, NOW).rejected?.code).toBe(
      'WRONG_DEFINITION',
    );
  });
});

describe('events from outside', () => {
  it('rejects an event that does not match the event schema', () => {
    const def = makeDefinition(
      [
        { id: 's', type: 'startEvent' },
        { id: 't', type: 'userTask', form: 'f', roles: ['r'] },
        { id: 'e', type: 'endEvent' },
      ],
      [
        ['s', 't'],
        ['t', 'e'],
      ],
    );
    const first = start(def, { data: {} }, NOW);
    for (const bad of [{ type: 'taskCompleted', taskId: 't/1' }, { type: 'explode' }, null, 'x']) {
      expect(step(def, first.state, bad as never, NOW).rejected?.code).toBe('INVALID_EVENT');
    }
  });
});

describe('interpreter', () => {
  it('binds start and step to one definition', () => {
    const def = makeDefinition(
      [
        { id: 's', type: 'startEvent' },
        { id: 't', type: 'userTask', form: 'f', roles: ['r'] },
        { id: 'e', type: 'endEvent' },
      ],
      [
        ['s', 't'],
        ['t', 'e'],
      ],
    );
    const engine = interpreter(def);
    const first = engine.start({ data: {} }, NOW);
    expect(
      engine.step(first.state, { type: 'taskCompleted', taskId: 't/1', data: {} }, NOW).state
        .status,
    ).toBe('completed');
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
