// The dependency direction of ARCHITECTURE.md is a lint rule (biome.json);
// these cases prove the rule fires, so a weakened config fails the build.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const biome = join(root, 'node_modules', '.bin', 'biome');

// Biome reports no diagnostics for stdin, so each case is a real file for a moment.
function lint(path: string, source: string) {
  const file = join(root, dirname(path), `arch-probe-${randomUUID()}.ts`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, source);
  try {
    const run = spawnSync(biome, ['lint', '--colors=off', file], { cwd: root, encoding: 'utf8' });
    return { ok: run.status === 0, output: run.stdout + run.stderr };
  } finally {
    rmSync(file);
  }
}

describe('the dependency-direction lint rule', () => {
  const refused: [string, string][] = [
    ['engine/src/x.ts', "import { a } from '@saqme/forms';"],
    ['engine/src/x.ts', "import { a } from '../../runtime/src/main.ts';"],
    ['engine/src/x.ts', "import { readFileSync } from 'node:fs';"],
    ['forms/src/x.ts', "import { a } from '@saqme/workflows';"],
    ['forms/src/x.ts', "import { a } from '@saqme/engine/src/expression/feel.ts';"],
    ['workflows/src/x.ts', "import { a } from '@saqme/runtime';"],
    ['runtime/src/x.ts', "import { a } from '@saqme/studio';"],
    ['studio/src/lib/x.ts', "import { a } from '@saqme/runtime';"],
    ['studio/src/lib/x.ts', "import { a } from '@saqme/forms/src/svelte/Form.svelte';"],
    ['examples/src/x.ts', "import { a } from '../../runtime/src/db/client.ts';"],
  ];
  for (const [path, source] of refused) {
    it(`refuses \`${source}\` in ${path}`, () => {
      const result = lint(path, `${source}\nexport { a };\n`);
      expect(result.ok).toBe(false);
      expect(result.output).toMatch(/noRestrictedImports|noNodejsModules/);
    });
  }

  const allowed: [string, string][] = [
    ['forms/src/x.ts', "import { a } from '@saqme/engine';"],
    ['workflows/src/x.ts', "import { a } from '@saqme/forms';"],
    ['runtime/src/x.ts', "import { a } from '@saqme/workflows';"],
    ['studio/src/lib/x.ts', "import { a } from '@saqme/engine';"],
    ['studio/src/lib/x.ts', "import { a } from '@saqme/forms/svelte';"],
  ];
  for (const [path, source] of allowed) {
    it(`allows \`${source}\` in ${path}`, () => {
      expect(lint(path, `${source}\nexport { a };\n`).ok).toBe(true);
    });
  }
});

describe('package manifests', () => {
  const deps = (pkg: string) => {
    const json = JSON.parse(readFileSync(join(root, pkg, 'package.json'), 'utf8'));
    return Object.keys({ ...json.dependencies, ...json.devDependencies, ...json.peerDependencies });
  };

  it('keep the engine free of our other packages', () => {
    expect(deps('engine').filter((d) => d.startsWith('@saqme/'))).toEqual([]);
  });

  it('never depend on runtime or studio', () => {
    for (const pkg of ['engine', 'forms', 'workflows', 'runtime', 'studio', 'examples', 'bench']) {
      expect(deps(pkg)).not.toContain('@saqme/runtime');
      expect(deps(pkg)).not.toContain('@saqme/studio');
    }
  });
});
