// What every field component reads from the form it sits in: the form, the
// language, the current data, which fields are hidden or required, and the
// issues, without passing them down through each layout level.
import { getContext, setContext } from 'svelte';
import { nameOf } from '../form-data/field-names.ts';
import type { FieldUi, FormFile } from '../generated/form-file.ts';
import type { Locale } from '../messages/catalogue.ts';
import type { FieldStates, Issue } from '../validate/result.ts';

export interface FormContext {
  readonly form: FormFile;
  readonly locale: Locale;
  readonly data: Record<string, unknown>;
  readonly states: FieldStates;
  readonly issues: Issue[];
  /** Bumped when a group's items are re-read after add/remove, to remount them. */
  readonly version: number;
  changeGroup(intent: string): void;
  /** Shows the step that holds the field `name`, when the form shows one step at a time. */
  reveal(name: string): Promise<void>;
}

const KEY = Symbol('saqme-form');

export const setFormContext = (ctx: FormContext): void => {
  setContext(KEY, ctx);
};
export const formContext = (): FormContext => getContext<FormContext>(KEY);

/** The UI field a dotted name belongs to (`minors.1.fullName` → the item's fullName). */
export function uiAt(form: FormFile, name: string): { ui: FieldUi; name: string } | undefined {
  let fields: Record<string, FieldUi> | undefined = form.ui.fields;
  let found: { ui: FieldUi; name: string } | undefined;
  const path: string[] = [];
  for (const seg of name.split('.')) {
    path.push(seg);
    if (/^[0-9]+$/.test(seg)) continue;
    const ui: FieldUi | undefined = fields?.[seg];
    if (!ui) break;
    found = { ui, name: path.join('.') };
    fields = ui.fields;
  }
  return found;
}

/** Messages of the issues that belong to the field `name` (its own or its parts'). */
export function errorsOf(ctx: FormContext, name: string): string[] {
  return ctx.issues
    .filter((i) => uiAt(ctx.form, nameOf(i.path))?.name === name)
    .map((i) => i.message);
}

export function valueAt(data: Record<string, unknown>, name: string): unknown {
  let v: unknown = data;
  for (const seg of name.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[seg];
  }
  return v;
}
