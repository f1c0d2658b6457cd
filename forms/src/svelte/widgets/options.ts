// The choices of a select, radio group or multi-select: the schema's enum
// values, labelled from the UI's options in the reader's language.
import type { FieldUi } from '../../generated/form-file.ts';
import type { Locale } from '../../messages/catalogue.ts';

export function optionsOf(
  schema: Record<string, unknown>,
  ui: FieldUi,
  locale: Locale,
): { value: string; label: string }[] {
  const values = Array.isArray(schema.enum) ? schema.enum : [];
  return values.map((v) => {
    const value = String(v);
    return { value, label: ui.options?.[value]?.[locale] ?? value };
  });
}
