import { describe, expect, it } from 'vitest';
import cases from '../../test/fixtures/diagnostic-cases.json' with { type: 'json' };
import { loadBundle } from '../../test/load-bundle.ts';
import { compile } from './compile.ts';
import { catalog } from './diagnostic-catalog.ts';
import type { CompileOptions } from './rule-context.ts';

interface Case {
  name: string;
  remove?: string[];
  set?: Record<string, string>;
  replace?: [string, string, string][];
  options?: unknown;
  expect: { code: string; element?: string; path?: string }[];
}

function bundleFor(c: Case) {
  const { files } = loadBundle('municipal-request');
  for (const f of c.remove ?? []) delete files[f];
  for (const [f, text] of Object.entries(c.set ?? {})) files[f] = text;
  for (const [f, from, to] of c.replace ?? []) {
    if (!files[f]?.includes(from)) throw new Error(`fixture "${c.name}": ${f} has no "${from}"`);
    files[f] = files[f]!.replace(from, to);
  }
  return { files };
}

describe('compile diagnostics (fixtures: input bundle -> expected diagnostics)', () => {
  for (const c of cases as Case[]) {
    it(`reports ${c.name}`, async () => {
      const { diagnostics, definition } = await compile(bundleFor(c), c.options as CompileOptions);
      for (const e of c.expect) expect(diagnostics).toContainEqual(expect.objectContaining(e));
      expect([...new Set(diagnostics.map((d) => d.code))].sort()).toEqual(
        [...new Set(c.expect.map((e) => e.code))].sort(),
      );
      expect(definition === undefined).toBe(diagnostics.some((d) => d.severity === 'error'));
    });
  }

  it('covers every code of the catalogue that a bundle file can trigger', () => {
    const covered = new Set((cases as Case[]).flatMap((c) => c.expect.map((e) => e.code)));
    const byLimits = ['BUNDLE_LIMIT', 'BPMN_LIMIT'];
    expect(
      Object.keys(catalog).filter((code) => !covered.has(code) && !byLimits.includes(code)),
    ).toEqual([]);
  });

  it('gives every diagnostic a Georgian and an English message', async () => {
    for (const c of cases as Case[]) {
      const { diagnostics } = await compile(bundleFor(c), c.options as CompileOptions);
      for (const d of diagnostics) {
        expect(d.message.ka).toMatch(/[\u10D0-\u10FF]/);
        expect(d.message.en).toMatch(/[A-Za-z]/);
      }
    }
  });
});
