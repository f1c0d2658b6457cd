import { describe, expect, it } from 'vitest';
import { makeDefinition, NOW } from '../../test/make-definition.ts';
import { interpreter } from './interpreter.ts';
import { start } from './start.ts';
import { step } from './step.ts';

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
