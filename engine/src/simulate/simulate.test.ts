import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../test/load-bundle.ts';
import { simulateBundle } from './simulate-bundle.ts';

describe('simulateBundle', () => {
  it('runs every scenario of the fixture and meets its expectations', async () => {
    const { diagnostics, results } = await simulateBundle(loadBundle('municipal-request'));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(Object.keys(results).sort()).toEqual([
      'certificate-approved',
      'complaint-expired',
      'issue-refused',
    ]);
    for (const [name, r] of Object.entries(results)) {
      expect({ name, failures: r.failures }).toEqual({ name, failures: [] });
    }
    expect(results['certificate-approved']?.outcome).toBe('approved');
    expect(results['certificate-approved']?.timeline.length).toBeGreaterThan(10);
  });
});
