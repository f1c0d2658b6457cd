import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../test/load-bundle.ts';
import { compile } from '../definition/compile.ts';
import { simulateBundle } from './simulate-bundle.ts';

describe('the error and compensation fixture bundles', () => {
  it('compile and pass their scenarios, the sub-service run inline', async () => {
    const child = await compile(loadBundle('eligibility-checks'));
    expect(child.diagnostics).toEqual([]);
    const services = { 'eligibility-checks': child.definition! };
    const parent = await compile(loadBundle('residence-permit'), { services });
    expect(parent.diagnostics).toEqual([]);
    for (const bundle of ['eligibility-checks', 'residence-permit']) {
      const run = await simulateBundle(loadBundle(bundle), { services }, { services });
      expect(Object.keys(run.results).length).toBeGreaterThan(1);
      for (const [name, result] of Object.entries(run.results))
        expect({ name, path: result.path, failures: result.failures }).toEqual({
          name,
          path: result.path,
          failures: [],
        });
    }
  });
});
