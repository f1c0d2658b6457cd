import { describe, expect, it } from 'vitest';
import { example, ids } from './load.ts';

describe.each(ids)('bundle %s', (id) => {
  it('compiles with no diagnostics at all (no errors, no warnings)', async () => {
    const { compiled } = await example(id);
    expect(compiled.diagnostics).toEqual([]);
    expect(compiled.definition?.service.id).toBe(id);
  });

  it('declares every action its service tasks call, and only those', async () => {
    const { compiled } = await example(id);
    const used = new Set(
      Object.values(compiled.definition!.nodes).flatMap((n) => (n.action ? [n.action] : [])),
    );
    expect(Object.keys(compiled.definition!.actions).sort()).toEqual([...used].sort());
  });

  it('uses only the runtime actions the agency provides', async () => {
    const { compiled } = await example(id);
    const provided = [
      'document.generate',
      'fee.charge',
      'notify.send',
      'registry.lookupAccreditation',
      'registry.lookupPerson',
      'seal.apply',
    ];
    for (const name of Object.keys(compiled.definition!.actions)) expect(provided).toContain(name);
  });
});
