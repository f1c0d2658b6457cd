import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../test/load-bundle.ts';
import { compile } from './compile.ts';

describe('compile', () => {
  it('compiles the municipal request fixture without errors', async () => {
    const { definition, diagnostics, scenarios } = await compile(loadBundle('municipal-request'));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(definition?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(definition?.nodes ?? {})).toHaveLength(22);
    expect(definition?.nodes.Task_Check?.guide?.ka).toContain('პირადობის');
    expect(definition?.service.startVariable).toBe('citizenRequest');
    expect(Object.keys(scenarios)).toContain('certificate-approved');
  });

  it('gives the same hash for the same bundle', async () => {
    const a = await compile(loadBundle('municipal-request'));
    const b = await compile(loadBundle('municipal-request'));
    expect(a.definition?.hash).toBe(b.definition?.hash);
  });
});
