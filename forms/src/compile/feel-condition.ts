// A FEEL condition (from the engine's public API) as a field condition: true
// only when the expression yields true. The scope's fields are FEEL names;
// the whole form is `root`.
import { compileFeel } from '@saqme/engine';
import type { ConditionFn } from '../validate/run.ts';

export function feelCondition(source: string): ConditionFn {
  const compiled = compileFeel(source);
  if (!compiled.ok) {
    throw new Error(`Invalid FEEL condition "${source}": ${compiled.error.message.en}`);
  }
  return (scope, root, now) =>
    compiled.evaluate({ ...scope, root }, now ?? new Date().toISOString()) === true;
}
