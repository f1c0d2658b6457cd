import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The repository's codegen check covers */src/generated only; these types
// live beside their action, so this test keeps them current instead.
describe('seal/generated', () => {
  it('matches what scripts/codegen.ts makes from seal/schemas', () => {
    const out = mkdtempSync(join(tmpdir(), 'saqme-codegen-'));
    const root = join(import.meta.dirname, '../../../..');
    execFileSync(process.execPath, [
      join(root, 'scripts/codegen.ts'),
      '--input',
      join(import.meta.dirname, 'schemas'),
      '--output',
      out,
    ]);
    const committed = join(import.meta.dirname, 'generated');
    expect(readdirSync(committed).sort()).toEqual(readdirSync(out).sort());
    for (const file of readdirSync(out)) {
      expect(readFileSync(join(committed, file), 'utf8'), file).toBe(
        readFileSync(join(out, file), 'utf8'),
      );
    }
  });
});
