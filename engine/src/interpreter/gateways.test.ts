import { describe, expect, it } from 'vitest';
import { makeDefinition, NOW } from '../../test/make-definition.ts';
import { start } from './start.ts';
import { step } from './step.ts';

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
