import { type RunActionCommand, simulate } from '@saqme/engine';
import { createAjv } from '@saqme/forms';
import { describe, expect, it } from 'vitest';
import { example, ids } from './load.ts';
import schema from './schemas/action-inputs.schema.json' with { type: 'json' };

const check = createAjv().compile(schema);

describe.each(ids)('action inputs of %s', (id) => {
  it('match the action input contract in every scenario run', async () => {
    const { compiled, scenarios, validateTask } = await example(id);
    let runs = 0;
    for (const [name, scenario] of Object.entries(scenarios)) {
      const { timeline } = simulate(compiled.definition!, scenario, { validateTask });
      for (const entry of timeline) {
        const c = entry.detail as RunActionCommand;
        if (entry.kind !== 'command' || c.type !== 'runAction') continue;
        runs++;
        const ok = check({ [c.action]: c.input });
        expect({ name, node: c.node, errors: ok ? [] : check.errors }).toEqual({
          name,
          node: c.node,
          errors: [],
        });
      }
    }
    expect(runs).toBeGreaterThan(0);
  });
});
