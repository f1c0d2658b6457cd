import type { Definition } from '@saqme/engine';
import { describe, expect, it } from 'vitest';
import { casePath } from './case-path.ts';

const node = (id: string, type: string, incoming: string[], outgoing: string[], extra = {}) => ({
  id,
  type,
  incoming,
  outgoing,
  ...extra,
});
// start -> a -> gw -> b (current) | gw -> c ; b -> end
const definition = {
  start: 'start',
  nodes: {
    start: node('start', 'startEvent', [], ['f1']),
    a: node('a', 'userTask', ['f1'], ['f2']),
    gw: node('gw', 'exclusiveGateway', ['f2'], ['f3', 'f4']),
    b: node('b', 'userTask', ['f3'], ['f5']),
    c: node('c', 'userTask', ['f4'], []),
    end: node('end', 'endEvent', ['f5'], [], { outcome: 'granted' }),
  },
  flows: {
    f1: { id: 'f1', source: 'start', target: 'a' },
    f2: { id: 'f2', source: 'a', target: 'gw' },
    f3: { id: 'f3', source: 'gw', target: 'b' },
    f4: { id: 'f4', source: 'gw', target: 'c' },
    f5: { id: 'f5', source: 'b', target: 'end' },
  },
} as unknown as Definition;
const event = (seq: number, type: string, node?: string) => ({
  seq,
  actor: 'system',
  type,
  payload: node ? { node } : {},
  at: '2026-11-27T08:00:00Z',
});

describe('casePath', () => {
  it('marks the steps of the timeline, the gateway passed and the flows taken, and the current step', () => {
    const path = casePath(
      definition,
      [event(1, 'case.caseStarted'), event(2, 'case.taskCompleted', 'a')],
      ['b'],
    );
    expect(path.current).toEqual(['b']);
    expect(path.done.sort()).toEqual(['a', 'gw', 'start']);
    expect(path.flows.sort()).toEqual(['f1', 'f2', 'f3']);
  });

  it('reaches the end event of the outcome once the case is finished', () => {
    const path = casePath(
      definition,
      [event(2, 'case.taskCompleted', 'a'), event(3, 'case.taskCompleted', 'b')],
      [],
      'granted',
    );
    expect(path.done.sort()).toEqual(['a', 'b', 'end', 'gw', 'start']);
    expect(path.flows.sort()).toEqual(['f1', 'f2', 'f3', 'f5']);
  });
});
