import { describe, expect, it } from 'vitest';
import { makeDefinition, NOW } from '../../test/make-definition.ts';
import { simulate } from './simulate.ts';

const parent = makeDefinition(
  [
    { id: 's', type: 'startEvent' },
    {
      id: 'c',
      type: 'callActivity',
      service: 'child',
      input: '= {n: start.n}',
      output: '= result.doubled',
      variable: 'fromChild',
    },
    { id: 'e', type: 'endEvent', outcome: 'done' },
  ],
  [
    ['s', 'c'],
    ['c', 'e'],
  ],
);
const child = makeDefinition(
  [
    { id: 's', type: 'startEvent' },
    {
      id: 'a',
      type: 'serviceTask',
      action: 'do.it',
      input: '= start.n',
      output: '= result * 2',
      variable: 'doubled',
    },
    { id: 'e', type: 'endEvent', outcome: 'child-done' },
  ],
  [
    ['s', 'a'],
    ['a', 'e'],
  ],
);

const scenario = {
  schemaVersion: 1 as const,
  title: { ka: 'ქვესერვისი', en: 'Sub-service' },
  start: { at: NOW, data: { n: 21 } },
  actions: { 'do.it': { output: 21 } },
  expect: { status: 'completed' as const, outcome: 'done', variables: { fromChild: 42 } },
};

describe('simulate with call activities', () => {
  it('runs a known sub-service inline and maps its result', () => {
    const result = simulate(parent, scenario, { services: { child } });
    expect(result.failures).toEqual([]);
  });

  it('leaves an unknown sub-service to a scenario step', () => {
    const waiting = simulate(parent, { ...scenario, expect: { status: 'running' } });
    expect(waiting.failures).toEqual([]);
    const answered = simulate(parent, {
      ...scenario,
      steps: [{ do: 'child', node: 'c', name: 'ok', result: { output: { doubled: 42 } } }],
    });
    expect(answered.failures).toEqual([]);
  });

  it('answers a scenario child step with an error or a failed sub-case workflow', () => {
    const errored = simulate(parent, {
      ...scenario,
      steps: [{ do: 'child', node: 'c', result: { error: { code: 'REFUSED' } } }],
      expect: { status: 'completed', outcome: 'REFUSED' },
    });
    expect(errored.failures).toEqual([]);
    expect(errored.state.error).toEqual({ code: 'REFUSED' });
    const failed = simulate(parent, {
      ...scenario,
      steps: [{ do: 'child', node: 'c', result: { exhausted: true } }],
      expect: { status: 'running' },
    });
    expect(failed.failures).toEqual([]);
    expect(failed.state.tokens).toMatchObject([
      { id: 'c/1', wait: 'incident', error: { code: 'CHILD_FAILED' } },
    ]);
  });
});
