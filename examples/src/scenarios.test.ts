import { type ScenarioFile, simulate } from '@saqme/engine';
import { describe, expect, it } from 'vitest';
import { example, ids } from './load.ts';

/** Submissions a scenario expects to be refused: start attempts and task completions. */
function refusals(s: ScenarioFile): number {
  return (
    (s.start.invalid?.length ?? 0) + (s.steps ?? []).filter((step) => step.expectInvalid).length
  );
}

describe.each(ids)('scenarios of %s', (id) => {
  it('pass on the simulator with @saqme/forms validating every submission', async () => {
    const { compiled, scenarios, validateTask } = await example(id);
    expect(Object.keys(scenarios).length).toBeGreaterThanOrEqual(4);
    for (const [name, scenario] of Object.entries(scenarios)) {
      const result = simulate(compiled.definition!, scenario, { validateTask });
      expect({ name, failures: result.failures }).toEqual({ name, failures: [] });
      expect({ name, status: result.status }).toEqual({ name, status: scenario.expect.status });
    }
  });

  it('state a full path, an outcome, a final status and the case identity each', async () => {
    const { scenarios } = await example(id);
    for (const [name, s] of Object.entries(scenarios)) {
      expect({ name, path: (s.expect.path?.length ?? 0) > 0 }).toEqual({ name, path: true });
      expect({ name, outcome: typeof s.expect.outcome }).toEqual({ name, outcome: 'string' });
      expect({ name, status: s.expect.status }).toEqual({ name, status: 'completed' });
      expect({ name, number: s.start.case?.number }).toEqual({
        name,
        number: expect.stringMatching(/^[A-Z]+-2026-\d{6}$/),
      });
    }
  });

  it('cover a happy path, a rejection, an SLA breach and corrected invalid input', async () => {
    const { compiled, scenarios } = await example(id);
    const nodes = compiled.definition!.nodes;
    const outcomes = new Set(Object.values(scenarios).map((s) => s.expect.outcome));
    expect(outcomes.size).toBeGreaterThanOrEqual(2);
    const breaches = Object.values(scenarios).filter((s) =>
      (s.expect.path ?? []).some((n) => nodes[n]?.type === 'boundaryTimer'),
    );
    expect(breaches.length).toBeGreaterThanOrEqual(1);
    const invalid = Object.values(scenarios).filter((s) => refusals(s) > 0);
    expect(invalid.length).toBeGreaterThanOrEqual(1);
    for (const s of invalid) expect(s.start.invalid?.length).toBeGreaterThanOrEqual(1);
    for (const s of invalid) expect(s.expect.status).toBe('completed');
  });

  it('fail, rather than pass silently, when run with no form validator but expect a refusal', async () => {
    const { compiled, scenarios } = await example(id);
    for (const [name, scenario] of Object.entries(scenarios)) {
      const codes = simulate(compiled.definition!, scenario).failures.map((f) => f.code);
      expect({ name, codes }).toEqual({
        name,
        codes: Array(refusals(scenario)).fill('SCENARIO_NO_VALIDATOR'),
      });
    }
  });

  it('give the same state and timeline on every run (deterministic)', async () => {
    const { compiled, scenarios, validateTask } = await example(id);
    for (const scenario of Object.values(scenarios)) {
      const a = simulate(compiled.definition!, scenario, { validateTask });
      const b = simulate(compiled.definition!, scenario, { validateTask });
      expect(b.state).toEqual(a.state);
      expect(b.timeline).toEqual(a.timeline);
    }
  });
});
