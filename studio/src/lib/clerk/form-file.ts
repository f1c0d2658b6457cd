// A form of a compiled definition as the form file the renderer and the
// validators take (the definition keeps the key beside the form's parts).
import type { Definition } from '@saqme/engine';
import type { FormFile } from '@saqme/forms';

export function formFileOf(definition: Definition, key: string): FormFile | undefined {
  const form = definition.forms[key];
  if (!form) return undefined;
  return {
    schemaVersion: 1,
    id: key,
    ...(form.title ? { title: form.title } : {}),
    schema: form.schema as FormFile['schema'],
    ui: (form.ui ?? { fields: {} }) as unknown as FormFile['ui'],
  };
}
