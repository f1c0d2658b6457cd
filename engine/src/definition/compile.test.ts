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

  it('carries `public: true` into the definition and leaves the field out otherwise', async () => {
    const closed = await compile(loadBundle('municipal-request'));
    expect(closed.definition?.service).not.toHaveProperty('public');
    const { files } = loadBundle('municipal-request');
    const service = JSON.parse(files['service.json']!);
    files['service.json'] = JSON.stringify({ ...service, public: true });
    const open = await compile({ files });
    expect(open.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(open.definition?.service.public).toBe(true);
    expect(open.definition?.hash).not.toBe(closed.definition?.hash);
    files['service.json'] = JSON.stringify({ ...service, public: false });
    expect((await compile({ files })).definition?.hash).toBe(closed.definition?.hash);
  });

  it('takes actions and their output schemas from the installation catalogue', async () => {
    const { files } = loadBundle('municipal-request');
    files['process.bpmn'] = files['process.bpmn']!.replace(
      'gov:action="treasury.checkFee"',
      'gov:action="treasury.checkFees"',
    );
    files['process.bpmn'] = files['process.bpmn']!.replace(
      '= {request: registration.number}',
      '= {request: registration.number, paid: fee.paid, receipt: fee.receipt}',
    );
    const title = { ka: 'მოსაკრებლის შემოწმება', en: 'Check the fee' };
    const catalogue = (output: Record<string, unknown>) => ({
      'registry.register': {},
      'registry.issue': {},
      'notify.supervisor': {},
      'treasury.checkFees': { title, output },
    });
    const known = {
      type: 'object',
      additionalProperties: false,
      properties: { paid: { type: 'boolean' }, receipt: { type: 'string' } },
    };
    const ok = await compile({ files }, { actions: catalogue(known) });
    expect(ok.diagnostics).toEqual([]);
    expect(ok.definition?.actions['treasury.checkFees']).toEqual({ title });
    const { paid: _, ...withoutPaid } = known.properties;
    const missing = await compile(
      { files },
      { actions: catalogue({ ...known, properties: withoutPaid }) },
    );
    expect(missing.diagnostics.length).toBeGreaterThan(0);
    for (const d of missing.diagnostics) {
      expect(d.code).toBe('FEEL_UNKNOWN_FIELD');
      expect(d.message.en).toContain('fee.paid');
    }
  });
});
