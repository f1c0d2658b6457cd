// A form's fields in the order its layout shows them (steps, then sections),
// then any the layout leaves out. A compiled definition stores its objects
// with sorted keys, so the fields map alone no longer says the order.
import type { FormFile } from '@saqme/forms';

type Layout = Partial<Pick<FormFile['ui'], 'steps' | 'sections'>> & {
  fields?: Record<string, unknown>;
};

export function fieldOrder(ui: Layout | undefined): string[] {
  const fields = ui?.fields ?? {};
  const sections = ui?.steps ? ui.steps.flatMap((s) => s.sections) : (ui?.sections ?? []);
  const laid = sections.flatMap((s) => s.fields);
  return [...new Set([...laid, ...Object.keys(fields)])].filter((k) => k in fields);
}
