// The agency's services as bundles on disk: each folder beside src/ that holds
// a service.json is one bundle, read into the engine's in-memory Bundle.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Bundle } from '@saqme/engine';

/** The examples package root: every bundle is a folder directly under it. */
export const EXAMPLES_DIR = join(import.meta.dirname, '..');

export interface ExampleRef {
  id: string;
  dir: string;
}

/** Every bundle under examples/, sorted by id. */
export function listExamples(root: string = EXAMPLES_DIR): ExampleRef[] {
  return readdirSync(root, { withFileTypes: true })
    .filter(
      (e) =>
        e.isDirectory() && statSync(join(root, e.name, 'service.json'), { throwIfNoEntry: false }),
    )
    .map((e) => ({ id: e.name, dir: join(root, e.name) }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

function filesUnder(dir: string, root: string, out: Record<string, string>): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) filesUnder(path, root, out);
    else if (entry.isFile())
      out[relative(root, path).split(sep).join('/')] = readFileSync(path, 'utf8');
  }
}

/** Reads one bundle's files as they sit in git (paths relative to the bundle, `/`-separated). */
export function loadExample(id: string, root: string = EXAMPLES_DIR): Bundle {
  const ref = listExamples(root).find((e) => e.id === id);
  if (!ref) throw new Error(`no example bundle "${id}" under ${root}`);
  const files: Record<string, string> = {};
  filesUnder(ref.dir, ref.dir, files);
  return { files };
}
