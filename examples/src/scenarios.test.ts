import { simulate } from '@saqme/engine';
import { describe, expect, it } from 'vitest';
import { example, ids } from './load.ts';

describe.each(ids)('scenarios of %s', (id) => {
  it('pass on the simulator with the path, outcome and status they state', async () => {
    const { compiled, scenarios } = await example(id);
    expect(Object.keys(scenarios).length).toBeGreaterThanOrEqual(4);
    for (const [name, scenario] of Object.entries(scenarios)) {
      const result = simulate(compiled.definition!, scenario);
      expect({ name, failures: result.failures }).toEqual({ name, failures: [] });
      expect({ name, status: result.status }).toEqual({ name, status: scenario.expect.status });
    }
  });

  it('state a full path, an outcome and a final status each', async () => {
    const { scenarios } = await example(id);
    for (const [name, s] of Object.entries(scenarios)) {
      expect({ name, path: (s.expect.path?.length ?? 0) > 0 }).toEqual({ name, path: true });
      expect({ name, outcome: typeof s.expect.outcome }).toEqual({ name, outcome: 'string' });
      expect({ name, status: s.expect.status }).toEqual({ name, status: 'completed' });
    }
  });

  it('cover a happy path, a rejection, an SLA breach and corrected invalid input', async () => {
    const { compiled, scenarios, invalid } = await example(id);
    const nodes = compiled.definition!.nodes;
    const outcomes = new Set(Object.values(scenarios).map((s) => s.expect.outcome));
    expect(outcomes.size).toBeGreaterThanOrEqual(2);
    const breaches = Object.values(scenarios).filter((s) =>
      (s.expect.path ?? []).some((n) => nodes[n]?.type === 'boundaryTimer'),
    );
    expect(breaches.length).toBeGreaterThanOrEqual(1);
    expect(invalid.length).toBeGreaterThanOrEqual(1);
    for (const attempt of invalid) expect(Object.keys(scenarios)).toContain(attempt.scenario);
  });

  it('give the same state and timeline on every run (deterministic)', async () => {
    const { compiled, scenarios } = await example(id);
    for (const scenario of Object.values(scenarios)) {
      const a = simulate(compiled.definition!, scenario);
      const b = simulate(compiled.definition!, scenario);
      expect(b.state).toEqual(a.state);
      expect(b.timeline).toEqual(a.timeline);
    }
  });
});
