import { describe, expect, it } from 'vitest';
import { makeDefinition, NOW } from '../../test/make-definition.ts';
import { start } from './start.ts';
import { step } from './step.ts';

const identity = { id: 'case-7f3a', number: 'MR-2026-000123', tenant: 'kutaisi', service: 'test' };

const definition = makeDefinition(
  [
    { id: 's', type: 'startEvent' },
    {
      id: 'fee',
      type: 'serviceTask',
      action: 'do.it',
      input: '= {idempotencyKey: "fee/" + case.number, tenant: case.tenant}',
    },
    {
      id: 'wait',
      type: 'timerEvent',
      timer: { kind: 'duration', expression: '= if case.tenant = "kutaisi" then "P2D" else "P1D"' },
    },
    { id: 'gw', type: 'exclusiveGateway', defaultTo: 'other' },
    { id: 'ours', type: 'endEvent', outcome: 'ours' },
    { id: 'other', type: 'endEvent', outcome: 'other' },
  ],
  [
    ['s', 'fee'],
    ['fee', 'wait'],
    ['wait', 'gw'],
    ['gw', 'ours', '= case.number = "MR-2026-000123"'],
    ['gw', 'other'],
  ],
);

describe('the case identity', () => {
  it('is kept in the state and read by FEEL as `case` in inputs, timers and conditions', () => {
    const first = start(definition, { data: {}, case: identity }, NOW);
    expect(first.state.case).toEqual(identity);
    expect(first.state.variables).toEqual({ start: {} });
    expect(first.commands[0]).toMatchObject({
      type: 'runAction',
      input: { idempotencyKey: 'fee/MR-2026-000123', tenant: 'kutaisi' },
    });
    const waited = step(
      definition,
      first.state,
      { type: 'actionSucceeded', actionId: 'fee/1', output: {} },
      NOW,
    );
    expect(waited.commands).toContainEqual({
      type: 'startTimer',
      timerId: 'wait/1',
      node: 'wait',
      fireAt: '2026-03-04T05:00:00.000Z',
    });
    const done = step(definition, waited.state, { type: 'timerFired', timerId: 'wait/1' }, NOW);
    expect(done.state.case).toEqual(identity);
    expect(done.state.outcome).toBe('ours');
  });

  it('is a copy: changing the caller’s object later does not reach the state', () => {
    const given = { ...identity };
    const { state } = start(definition, { data: {}, case: given }, NOW);
    given.number = 'changed';
    expect(state.case?.number).toBe('MR-2026-000123');
  });

  it('reads as null in FEEL when the driver gives none', () => {
    const { state, commands } = start(definition, { data: {} }, NOW);
    expect(state.case).toBeUndefined();
    expect(commands[0]).toMatchObject({ type: 'runAction', input: { tenant: null } });
  });

  it('refuses a malformed identity before the case runs', () => {
    const bad = { ...identity, number: '' };
    const { state, commands, rejected } = start(definition, { data: {}, case: bad }, NOW);
    expect(rejected).toMatchObject({ code: 'INVALID_CASE', path: 'case' });
    expect(rejected?.message.ka).toMatch(/[\u10D0-\u10FF]/);
    expect(state.status).toBe('cancelled');
    expect(commands).toEqual([]);
  });
});
