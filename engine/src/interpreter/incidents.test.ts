import { describe, expect, it } from 'vitest';
import { makeDefinition, NOW } from '../../test/make-definition.ts';
import { LATEST_FEATURES } from './features.ts';
import { start } from './start.ts';
import { step } from './step.ts';

const sla = { kind: 'duration', expression: 'P5D' } as const;

describe('an action whose retries ran out', () => {
  const def = makeDefinition(
    [
      { id: 's', type: 'startEvent' },
      { id: 'a', type: 'serviceTask', action: 'do.it' },
      { id: 'any', type: 'boundaryError', attachedTo: 'a' },
      { id: 'slow', type: 'boundaryTimer', attachedTo: 'a', timer: sla },
      { id: 'failed', type: 'endEvent', outcome: 'failed' },
      { id: 'late', type: 'endEvent', outcome: 'late' },
      { id: 'e', type: 'endEvent', outcome: 'done' },
    ],
    [
      ['s', 'a'],
      ['any', 'failed'],
      ['slow', 'late'],
      ['a', 'e'],
    ],
  );
  const down = { code: 'ACTION_RETRIES_EXHAUSTED', message: 'registry unavailable' };

  it('raises an incident even where a catch-all error boundary waits, and keeps the SLA armed', () => {
    const first = start(def, { data: {} }, NOW);
    const { state, commands } = step(
      def,
      first.state,
      { type: 'actionExhausted', actionId: 'a/1', error: down },
      NOW,
    );
    expect(commands).toEqual([{ type: 'raiseIncident', actionId: 'a/1', node: 'a', error: down }]);
    expect(state.tokens).toEqual([
      {
        id: 'a/1',
        node: 'a',
        wait: 'incident',
        attempt: 1,
        error: down,
        boundaryTimers: [{ id: 'slow/1', node: 'slow', fireAt: '2026-03-07T05:00:00.000Z' }],
      },
    ]);
    const retried = step(
      def,
      state,
      { type: 'incidentResolved', actionId: 'a/1', resolution: 'retry' },
      NOW,
    );
    expect(retried.commands).toMatchObject([
      { type: 'runAction', actionId: 'a/1', idempotencyKey: 'a/1#2' },
    ]);
  });

  it('still lets the catch-all boundary catch a business error', () => {
    const first = start(def, { data: {} }, NOW);
    const { state } = step(
      def,
      first.state,
      { type: 'actionFailed', actionId: 'a/1', error: { code: 'REFUSED' } },
      NOW,
    );
    expect(state.outcome).toBe('failed');
  });
});

describe('a sub-case whose workflow failed', () => {
  const def = makeDefinition(
    [
      { id: 's', type: 'startEvent' },
      { id: 'c', type: 'callActivity', service: 'sub', variable: 'sub' },
      { id: 'any', type: 'boundaryError', attachedTo: 'c' },
      { id: 'slow', type: 'boundaryTimer', attachedTo: 'c', timer: sla },
      { id: 'failed', type: 'endEvent', outcome: 'failed' },
      { id: 'late', type: 'endEvent', outcome: 'late' },
      { id: 'e', type: 'endEvent', outcome: 'done' },
    ],
    [
      ['s', 'c'],
      ['any', 'failed'],
      ['slow', 'late'],
      ['c', 'e'],
    ],
  );
  const crashed = {
    type: 'childFailed',
    childId: 'c/1',
    error: { code: 'CHILD_FAILED', message: 'terminated' },
  } as const;
  const incident = () => step(def, start(def, { data: {} }, NOW).state, crashed, NOW);

  it('is an incident on the call activity, not a business error', () => {
    const { state, commands } = incident();
    expect(commands).toEqual([
      { type: 'raiseIncident', actionId: 'c/1', node: 'c', error: crashed.error },
    ]);
    expect(state.tokens.map((t) => [t.id, t.wait])).toEqual([['c/1', 'incident']]);
  });

  it('starts a new sub-case on retry, dropping the old visit and its SLA timer', () => {
    const { state } = incident();
    const { commands } = step(
      def,
      state,
      { type: 'incidentResolved', actionId: 'c/1', resolution: 'retry' },
      NOW,
    );
    expect(commands).toEqual([
      { type: 'cancelTimer', timerId: 'slow/1' },
      { type: 'startTimer', timerId: 'slow/2', node: 'slow', fireAt: '2026-03-07T05:00:00.000Z' },
      { type: 'startChild', childId: 'c/2', node: 'c', service: 'sub', input: {} },
    ]);
  });

  it('keeps the old timer on retry for a case recorded before fresh retries', () => {
    const old = { ...LATEST_FEATURES, freshRetry: false };
    const { state } = incident();
    const { commands } = step(
      def,
      state,
      { type: 'incidentResolved', actionId: 'c/1', resolution: 'retry' },
      NOW,
      old,
    );
    expect(commands.map((c) => c.type)).toEqual(['startTimer', 'startChild']);
  });

  it('continues with the operator output when skipped', () => {
    const { state } = incident();
    const skipped = step(
      def,
      state,
      { type: 'incidentResolved', actionId: 'c/1', resolution: 'skip', output: { manual: true } },
      NOW,
    );
    expect(skipped.state.variables.sub).toEqual({ manual: true });
    expect(skipped.state.outcome).toBe('done');
    expect(skipped.commands).toContainEqual({ type: 'cancelTimer', timerId: 'slow/1' });
  });
});
