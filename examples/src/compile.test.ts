import { describe, expect, it } from 'vitest';
import { example, ids } from './load.ts';

// Warnings each bundle is known to carry, as `code element`: none. (Reminder
// branches of non-interrupting SLA timers end without an outcome, and the
// compiler knows they do not decide the case.)
const EXPECTED_WARNINGS: Record<string, string[]> = {};

describe.each(ids)('bundle %s', (id) => {
  const warnings = EXPECTED_WARNINGS[id] ?? [];
  it(`compiles with no errors and only these warnings: [${warnings.join(', ')}]`, async () => {
    const { compiled } = await example(id);
    expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(compiled.diagnostics.map((d) => `${d.code} ${d.element ?? d.path}`)).toEqual(warnings);
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

  it('names every task and event in Georgian and English', async () => {
    const { compiled } = await example(id);
    for (const node of Object.values(compiled.definition!.nodes)) {
      if (node.type.endsWith('Gateway')) continue;
      expect({ node: node.id, ka: node.name?.ka }).toEqual({
        node: node.id,
        ka: expect.stringMatching(/[\u10D0-\u10FF]/),
      });
      expect({ node: node.id, en: node.name?.en }).toEqual({
        node: node.id,
        en: expect.stringMatching(/^[^\u10D0-\u10FF]+$/),
      });
    }
  });
});
