// Reads an example service bundle from examples/<name> as the engine's Bundle.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bundle } from '@saqme/engine';

export function exampleBundle(name: string): Bundle {
  const root = join(import.meta.dirname, '..', '..', 'examples', name);
  const files = readdirSync(root, { recursive: true, encoding: 'utf8', withFileTypes: false })
    .filter((p) => !p.startsWith('node_modules'))
    .filter((p) => /\.(json|bpmn|md)$/.test(p))
    .sort();
  return {
    files: Object.fromEntries(
      files.map((p) => [p.split('\\').join('/'), readFileSync(join(root, p), 'utf8')]),
    ),
  };
}
