import { describe, expect, it } from 'vitest';
import { makeDefinition, NOW } from '../../test/make-definition.ts';
import { pending } from './pending.ts';
import { start } from './start.ts';
import { step } from './step.ts';

// A ministry's confirmation awaited for five days (a reminder after two, not interrupting).
const definition = makeDefinition(
  [
    { id: 's', type: 'startEvent' },
    { id: 'confirm', type: 'receiveTask', message: 'mfa-confirmation', variable: 'mfa' },
    {
      id: 'remind',
      type: 'boundaryTimer',
      attachedTo: 'confirm',
      interrupting: false,
      timer: { kind: 'duration', expression: 'P2D' },
    },
    {
      id: 'deadline',
      type: 'boundaryTimer',
      attachedTo: 'confirm',
      interrupting: true,
      timer: { kind: 'duration', expression: 'P5D' },
    },
    { id: 'reminded', type: 'endEvent' },
    { id: 'confirmed', type: 'endEvent', outcome: 'confirmed' },
    { id: 'lapsed', type: 'endEvent', outcome: 'lapsed' },
  ],
  [
    ['s', 'confirm'],
    ['confirm', 'confirmed'],
    ['remind', 'reminded'],
    ['deadline', 'lapsed'],
  ],
);
const day = (n: number) => new Date(Date.parse(NOW) + n * 86_400_000).toISOString();

describe('receive task', () => {
  it('waits for its message with its boundary timers armed', () => {
    const { state, commands } = start(definition, { data: {} }, NOW);
    expect(commands).toEqual([
      { type: 'startTimer', timerId: 'remind/1', node: 'remind', fireAt: day(2) },
      { type: 'startTimer', timerId: 'deadline/1', node: 'deadline', fireAt: day(5) },
    ]);
    expect(pending(definition, state).messages).toEqual([
      { node: 'confirm', name: 'mfa-confirmation' },
    ]);
  });

  it('takes the message before the deadline, stores its data and cancels the timers', () => {
    const first = start(definition, { data: {} }, NOW);
    const r = step(
      definition,
      first.state,
      { type: 'messageReceived', name: 'mfa-confirmation', data: { confirmed: true } },
      day(1),
    );
    expect(r.commands).toEqual([
      { type: 'cancelTimer', timerId: 'remind/1' },
      { type: 'cancelTimer', timerId: 'deadline/1' },
      { type: 'completeCase', status: 'completed', outcome: 'confirmed' },
    ]);
    expect(r.state.variables.mfa).toEqual({ confirmed: true });
  });

  it('keeps waiting after a non-interrupting reminder, and still takes the message', () => {
    const first = start(definition, { data: {} }, NOW);
    const reminded = step(
      definition,
      first.state,
      { type: 'timerFired', timerId: 'remind/1' },
      day(2),
    );
    expect(reminded.state.path.map((p) => p.node)).toEqual(['s', 'confirm', 'remind', 'reminded']);
    expect(reminded.state.status).toBe('running');
    const r = step(
      definition,
      reminded.state,
      { type: 'messageReceived', name: 'mfa-confirmation', data: {} },
      day(3),
    );
    expect(r.state.outcome).toBe('confirmed');
    expect(r.commands).toContainEqual({ type: 'cancelTimer', timerId: 'deadline/1' });
  });

  it('stops waiting at an interrupting deadline: a late message is rejected', () => {
    const first = start(definition, { data: {} }, NOW);
    const lapsed = step(
      definition,
      first.state,
      { type: 'timerFired', timerId: 'deadline/1' },
      day(5),
    );
    expect(lapsed.commands).toEqual([
      { type: 'cancelTimer', timerId: 'remind/1' },
      { type: 'completeCase', status: 'completed', outcome: 'lapsed' },
    ]);
    const late = step(
      definition,
      lapsed.state,
      { type: 'messageReceived', name: 'mfa-confirmation', data: {} },
      day(6),
    );
    expect(late.rejected?.code).toBe('NOT_RUNNING');
  });
});
