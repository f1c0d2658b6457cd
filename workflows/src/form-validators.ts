// Compiled form validators, cached per (definition hash, form key). Loaded
// with bundlerOptions.preloadModules, so with reuseV8Context every workflow in
// the worker shares the cache; the cache is a pure function of its keys.
import type { Definition } from '@saqme/engine';
import { type FormFile, type FormValidator, formValidator } from '@saqme/forms';

const cache = new Map<string, FormValidator>();
const MAX_CACHED = 500;

export function validatorFor(definition: Definition, formKey: string): FormValidator | undefined {
  const key = `${definition.hash}/${formKey}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const form = definition.forms[formKey];
  if (!form) return undefined;
  const file = {
    schemaVersion: 1,
    schema: form.schema,
    ui: { fields: {}, ...form.ui },
  } as unknown as FormFile;
  const validator = formValidator(file);
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  cache.set(key, validator);
  return validator;
}
