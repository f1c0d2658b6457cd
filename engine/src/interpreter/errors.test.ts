import { describe, expect, it } from 'vitest';
import { makeDefinition, NOW } from '../../test/make-definition.ts';
import { LATEST_FEATURES } from './features.ts';
import { start } from './start.ts';
import { step } from './step.ts';

const old = { ...LATEST_FEATURES, errorEvents: false };

describe('an error end event in one branch of a parallel split', () => {
  const def = makeDefinition(
    [
      { id: 's', type: 'startEvent' },
      { id: 'fork', type: 'parallelGateway' },
      { id: 't', type: 'userTask', form: 'f', roles: ['clerk'] },
      {
        id: 'sla',
        type: 'boundaryTimer',
        attachedTo: 't',
        timer: { kind: 'duration', expression: 'P5D' },
      },
      { id: 'late', type: 'endEvent', outcome: 'late' },
      { id: 'a', type: 'serviceTask', action: 'do.it' },
      { id: 'refusedBy', type: 'boundaryError', attachedTo: 'a', errorCode: 'REFUSED' },
      { id: 'x', type: 'endEvent', errorCode: 'REFUSED', outcome: 'refused' },
      { id: 'c', type: 'callActivity', service: 'sub' },
      { id: 'w', type: 'timerEvent', timer: { kind: 'duration', expression: 'P1D' } },
      { id: 'join', type: 'parallelGateway' },
      { id: 'e', type: 'endEvent', outcome: 'done' },
    ],
    [
      ['s', 'fork'],
      ['fork', 't'],
      ['fork', 'a'],
      ['fork', 'c'],
      ['fork', 'w'],
      ['sla', 'late'],
      ['refusedBy', 'x'],
      ['t', 'join'],
      ['a', 'join'],
      ['c', 'join'],
      ['w', 'join'],
      ['join', 'e'],
    ],
  );
  const failed = { type: 'actionFailed', actionId: 'a/1', error: { code: 'REFUSED' } } as const;

  it('cancels every sibling: the task is withdrawn, timers, sub-case and the case end', () => {
    const first = start(def, { data: {} }, NOW);
    const { state, commands } = step(def, first.state, failed, NOW);
    expect(commands).toEqual([
      { type: 'cancelTimer', timerId: 'sla/1' },
      { type: 'closeTask', taskId: 't/1', reason: 'cancelled' },
      { type: 'cancelChild', childId: 'c/1' },
      { type: 'cancelTimer', timerId: 'w/1' },
      {
        type: 'completeCase',
        status: 'completed',
        outcome: 'refused',
        error: { code: 'REFUSED' },
      },
    ]);
    expect(state.tokens).toEqual([]);
    expect(state.joins).toEqual({});
    expect(state.status).toBe('completed');
    expect(state.error).toEqual({ code: 'REFUSED' });
    expect(state.path.map((p) => p.node).slice(-2)).toEqual(['refusedBy', 'x']);
  });

  it('ends as a plain end event for a case recorded before error events', () => {
    const first = start(def, { data: {} }, NOW, old);
    const { state, commands } = step(def, first.state, failed, NOW, old);
    expect(commands).toEqual([]);
    expect(state.status).toBe('running');
    expect(state.tokens.map((t) => t.id)).toEqual(['t/1', 'c/1', 'w/1']);
  });

  it('drops branches queued behind it in the same step', () => {
    const quick = makeDefinition(
      [
        { id: 's', type: 'startEvent' },
        { id: 'fork', type: 'parallelGateway' },
        { id: 't', type: 'userTask', form: 'f', roles: ['clerk'] },
        { id: 'x', type: 'endEvent', errorCode: 'NO' },
        { id: 'u', type: 'userTask', form: 'f', roles: ['clerk'] },
        { id: 'e', type: 'endEvent' },
      ],
      [
        ['s', 'fork'],
        ['fork', 't'],
        ['fork', 'x'],
        ['fork', 'u'],
        ['t', 'e'],
        ['u', 'e'],
      ],
    );
    const { state, commands } = start(quick, { data: {} }, NOW);
    expect(commands).toEqual([
      {
        type: 'openTask',
        taskId: 't/1',
        node: 't',
        form: 'f',
        roles: ['clerk'],
        title: { ka: 't', en: 't' },
      },
      { type: 'closeTask', taskId: 't/1', reason: 'cancelled' },
      { type: 'completeCase', status: 'completed', outcome: 'NO', error: { code: 'NO' } },
    ]);
    expect(state.path.map((p) => p.node)).not.toContain('u');
  });
});

describe('a sub-case that ended with an error', () => {
  const def = makeDefinition(
    [
      { id: 's', type: 'startEvent' },
      { id: 'fork', type: 'parallelGateway' },
      { id: 'c', type: 'callActivity', service: 'sub' },
      {
        id: 'slow',
        type: 'boundaryTimer',
        attachedTo: 'c',
        timer: { kind: 'duration', expression: 'P5D' },
      },
      { id: 'ce', type: 'boundaryError', attachedTo: 'c', errorCode: 'NOT_ELIGIBLE' },
      { id: 'refused', type: 'endEvent', outcome: 'refused' },
      { id: 'late', type: 'endEvent', outcome: 'late' },
      { id: 't', type: 'userTask', form: 'f', roles: ['clerk'] },
      { id: 'join', type: 'parallelGateway' },
      { id: 'e', type: 'endEvent', outcome: 'done' },
    ],
    [
      ['s', 'fork'],
      ['fork', 'c'],
      ['fork', 't'],
      ['ce', 'refused'],
      ['slow', 'late'],
      ['c', 'join'],
      ['t', 'join'],
      ['join', 'e'],
    ],
  );
  const ended = (code: string) =>
    ({
      type: 'childCompleted',
      childId: 'c/1',
      outcome: code,
      output: {},
      error: { code },
    }) as const;

  it('is caught by the call activity error boundary; the sibling branch goes on', () => {
    const first = start(def, { data: {} }, NOW);
    const { state, commands } = step(def, first.state, ended('NOT_ELIGIBLE'), NOW);
    expect(commands).toEqual([{ type: 'cancelTimer', timerId: 'slow/1' }]);
    expect(state.tokens.map((t) => t.id)).toEqual(['t/1']);
    expect(state.path.map((p) => p.node).slice(-2)).toEqual(['ce', 'refused']);
    expect(state.outcome).toBe('refused');
  });

  it('ends this case too when no boundary catches it, withdrawing the sibling task', () => {
    const first = start(def, { data: {} }, NOW);
    const { state, commands } = step(def, first.state, ended('FRAUD'), NOW);
    expect(commands).toEqual([
      { type: 'cancelTimer', timerId: 'slow/1' },
      { type: 'closeTask', taskId: 't/1', reason: 'cancelled' },
      { type: 'completeCase', status: 'completed', outcome: 'FRAUD', error: { code: 'FRAUD' } },
    ]);
    expect(state.error).toEqual({ code: 'FRAUD' });
  });

  it('completes the call activity as before for a case recorded before error events', () => {
    const first = start(def, { data: {} }, NOW, old);
    const { state } = step(def, first.state, ended('FRAUD'), NOW, old);
    expect(state.tokens.map((t) => t.id)).toEqual(['t/1']);
    expect(state.error).toBeUndefined();
  });
});
