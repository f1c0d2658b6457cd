// The difference between two bundles, file by file, with a unified diff of
// each changed file: what a reviewer reads before publishing.
import type { Bundle } from '@saqme/engine';
import { createTwoFilesPatch } from 'diff';

export interface FileDiff {
  path: string;
  status: 'added' | 'removed' | 'changed';
  patch: string;
}

export function diffBundles(from: Bundle, to: Bundle, labels: [string, string]): FileDiff[] {
  const paths = [...new Set([...Object.keys(from.files), ...Object.keys(to.files)])].sort();
  const out: FileDiff[] = [];
  for (const path of paths) {
    const a = from.files[path];
    const b = to.files[path];
    if (a === b) continue;
    const status = a === undefined ? 'added' : b === undefined ? 'removed' : 'changed';
    const patch = createTwoFilesPatch(
      `${labels[0]}/${path}`,
      `${labels[1]}/${path}`,
      a ?? '',
      b ?? '',
      undefined,
      undefined,
      { context: 3 },
    );
    out.push({ path, status, patch });
  }
  return out;
}
