import { describe, expect, it } from 'vitest';
import { makeDefinition } from '../../../test/make-definition.ts';
import { Diagnostics } from '../diagnostics.ts';
import type { RuleContext } from '../rule-context.ts';
import { parallelJoins } from './parallel-joins.ts';

function codes(def: ReturnType<typeof makeDefinition>): string[] {
  const d = new Diagnostics();
  parallelJoins({
    graph: { processId: 'p', nodes: def.nodes, flows: def.flows },
    d,
  } as RuleContext);
  return d.list.map((x) => x.code);
}

describe('parallelJoins', () => {
  it('accepts a join fed by a task with two outgoing flows (an implicit fork)', () => {
    const def = makeDefinition(
      [
        { id: 's', type: 'startEvent' },
        { id: 't', type: 'serviceTask', action: 'do.it' },
        { id: 'a', type: 'userTask', form: 'f', roles: ['r'] },
        { id: 'b', type: 'userTask', form: 'f', roles: ['r'] },
        { id: 'j', type: 'parallelGateway' },
        { id: 'e', type: 'endEvent' },
      ],
      [
        ['s', 't'],
        ['t', 'a'],
        ['t', 'b'],
        ['a', 'j'],
        ['b', 'j'],
        ['j', 'e'],
      ],
    );
    expect(codes(def)).toEqual([]);
  });

  it('reports a join fed by a task and its interrupting boundary timer', () => {
    const def = makeDefinition(
      [
        { id: 's', type: 'startEvent' },
        { id: 't', type: 'userTask', form: 'f', roles: ['r'] },
        {
          id: 'sla',
          type: 'boundaryTimer',
          attachedTo: 't',
          interrupting: true,
          timer: { kind: 'duration', expression: 'P1D' },
        },
        { id: 'j', type: 'parallelGateway' },
        { id: 'e', type: 'endEvent' },
      ],
      [
        ['s', 't'],
        ['t', 'j'],
        ['sla', 'j'],
        ['j', 'e'],
      ],
    );
    expect(codes(def)).toEqual(['PARALLEL_JOIN_DEADLOCK']);
  });

  it('reports a join fed by a task and its non-interrupting boundary timer, which may never fire', () => {
    const def = makeDefinition(
      [
        { id: 's', type: 'startEvent' },
        { id: 't', type: 'userTask', form: 'f', roles: ['r'] },
        {
          id: 'sla',
          type: 'boundaryTimer',
          attachedTo: 't',
          interrupting: false,
          timer: { kind: 'duration', expression: 'P1D' },
        },
        { id: 'j', type: 'parallelGateway' },
        { id: 'e', type: 'endEvent' },
      ],
      [
        ['s', 't'],
        ['t', 'j'],
        ['sla', 'j'],
        ['j', 'e'],
      ],
    );
    expect(codes(def)).toEqual(['PARALLEL_JOIN_DEADLOCK']);
  });
});
