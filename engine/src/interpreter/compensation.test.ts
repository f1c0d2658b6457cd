import { describe, expect, it } from 'vitest';
import { makeDefinition, NOW } from '../../test/make-definition.ts';
import type { CaseState, EngineEvent } from '../index.ts';
import { LATEST_FEATURES } from './features.ts';
import { start } from './start.ts';
import { step } from './step.ts';

const def = makeDefinition(
  [
    { id: 's', type: 'startEvent' },
    { id: 'pay', type: 'serviceTask', action: 'do.it', compensation: 'refund' },
    { id: 'book', type: 'userTask', form: 'f', roles: ['clerk'], compensation: 'unbook' },
    { id: 'decide', type: 'userTask', form: 'f', roles: ['clerk'] },
    { id: 'e', type: 'endEvent', outcome: 'done' },
    { id: 'refund', type: 'serviceTask', action: 'do.it', forCompensation: true },
    { id: 'unbook', type: 'userTask', form: 'f', roles: ['clerk'], forCompensation: true },
  ],
  [
    ['s', 'pay'],
    ['pay', 'book'],
    ['book', 'decide'],
    ['decide', 'e'],
  ],
);

function run(events: EngineEvent[], features = LATEST_FEATURES) {
  let result = start(def, { data: {} }, NOW, features);
  for (const event of events) {
    result = step(def, result.state, event, NOW, features);
    expect(result.rejected).toBeUndefined();
  }
  return result;
}

const paid: EngineEvent = { type: 'actionSucceeded', actionId: 'pay/1', output: {} };
const booked: EngineEvent = { type: 'taskCompleted', taskId: 'book/1', data: {} };
const cancel: EngineEvent = { type: 'cancelCase', reason: 'applicant withdrew' };
const nodes = (state: CaseState) => state.path.map((p) => p.node);

describe('cancelling a case with compensation handlers', () => {
  it('runs the handlers of completed activities, latest first, then ends cancelled', () => {
    const cancelled = run([paid, booked, cancel]);
    expect(cancelled.commands).toEqual([
      { type: 'closeTask', taskId: 'decide/1', reason: 'cancelled' },
      {
        type: 'openTask',
        taskId: 'unbook/1',
        node: 'unbook',
        form: 'f',
        roles: ['clerk'],
        title: { ka: 'unbook', en: 'unbook' },
      },
    ]);
    expect(cancelled.state.status).toBe('running');
    expect(cancelled.state.compensating).toEqual(['refund']);

    const unbooked = step(
      def,
      cancelled.state,
      { type: 'taskCompleted', taskId: 'unbook/1', data: {} },
      NOW,
    );
    expect(unbooked.commands.map((c) => c.type)).toEqual(['closeTask', 'runAction']);
    const refunded = step(
      def,
      unbooked.state,
      { type: 'actionSucceeded', actionId: 'refund/1', output: {} },
      NOW,
    );
    expect(refunded.commands).toEqual([{ type: 'completeCase', status: 'cancelled' }]);
    expect(refunded.state.status).toBe('cancelled');
    expect(refunded.state.compensating).toBeUndefined();
    expect(nodes(refunded.state)).toEqual(['s', 'pay', 'book', 'decide', 'unbook', 'refund']);
  });

  it('undoes nothing that never completed', () => {
    const cancelled = run([cancel]);
    expect(cancelled.commands).toEqual([
      { type: 'cancelAction', actionId: 'pay/1' },
      { type: 'completeCase', status: 'cancelled' },
    ]);
  });

  it('ends at once when cancelled again while compensating', () => {
    const again = run([paid, booked, cancel, cancel]);
    expect(again.commands).toEqual([
      { type: 'closeTask', taskId: 'unbook/1', reason: 'cancelled' },
      { type: 'completeCase', status: 'cancelled' },
    ]);
    expect(again.state.status).toBe('cancelled');
  });

  it('skips compensation when the cancellation asks it to', () => {
    const torn = run([paid, booked, { type: 'cancelCase', compensate: false }]);
    expect(torn.state.status).toBe('cancelled');
    expect(torn.commands.map((c) => c.type)).toEqual(['closeTask', 'completeCase']);
  });

  it('lets an operator resolve a failing handler, then goes on to the next', () => {
    const exhausted = run([
      paid,
      booked,
      cancel,
      { type: 'taskCompleted', taskId: 'unbook/1', data: {} },
      { type: 'actionExhausted', actionId: 'refund/1', error: { code: 'DOWN' } },
    ]);
    expect(exhausted.state.tokens.map((t) => [t.id, t.wait])).toEqual([['refund/1', 'incident']]);
    const skipped = step(
      def,
      exhausted.state,
      { type: 'incidentResolved', actionId: 'refund/1', resolution: 'skip', output: null },
      NOW,
    );
    expect(skipped.state.status).toBe('cancelled');
  });

  it('cancels at once for a case recorded before compensation', () => {
    const old = { ...LATEST_FEATURES, compensation: false };
    const cancelled = run([paid, booked, cancel], old);
    expect(cancelled.state.status).toBe('cancelled');
    expect(cancelled.state.compensable).toBeUndefined();
  });
});
