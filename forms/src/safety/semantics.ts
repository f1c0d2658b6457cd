// Checks that the UI and the data schema describe the same fields: each
// property has a widget that fits its type, layouts name each field once,
// and FEEL conditions parse.
import { compileFeel } from '@saqme/engine';
import type { FieldUi, FormFile, Localized } from '../generated/form-file.ts';
import { escapePointer } from '../pointer.ts';
import type { FormDiagnostic } from './diagnostic.ts';

type JsonObject = Record<string, unknown>;
const obj = (v: unknown): JsonObject =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as JsonObject) : {};
const esc = escapePointer;
const types = (s: JsonObject): string[] =>
  Array.isArray(s.type) ? (s.type as string[]) : typeof s.type === 'string' ? [s.type] : [];

/** What each widget needs from the field's schema. */
const fits: Record<FieldUi['widget'], (s: JsonObject) => boolean> = {
  text: (s) => types(s).includes('string'),
  textarea: (s) => types(s).includes('string'),
  number: (s) => types(s).some((t) => t === 'number' || t === 'integer'),
  date: (s) => s.format === 'date',
  select: (s) => Array.isArray(s.enum),
  radio: (s) => Array.isArray(s.enum),
  checkbox: (s) => types(s).includes('boolean'),
  'multi-select': (s) => types(s).includes('array') && Array.isArray(obj(s.items).enum),
  'personal-number': (s) => s.format === 'ge-personal-number',
  phone: (s) => s.format === 'ge-phone',
  email: (s) => s.format === 'email',
  file: (s) => types(s).includes('object'),
  'repeatable-group': (s) => types(s).includes('array') && types(obj(s.items)).includes('object'),
};

function diag(code: string, path: string, message: Localized): FormDiagnostic {
  return { code, path, message };
}

function checkFields(
  fields: Record<string, FieldUi>,
  schema: JsonObject,
  path: string,
  out: FormDiagnostic[],
): void {
  const props = obj(schema.properties);
  for (const name of Object.keys(props)) {
    if (!(name in fields)) {
      out.push(
        diag('FIELD_WITHOUT_UI', `${path}/${esc(name)}`, {
          ka: `ველს „${name}“ არ აქვს ვიჯეტი და წარწერა`,
          en: `The field “${name}” has no widget and label`,
        }),
      );
    }
  }
  for (const [name, ui] of Object.entries(fields)) {
    const at = `${path}/${esc(name)}`;
    const prop = props[name];
    if (prop === undefined) {
      out.push(
        diag('UI_WITHOUT_FIELD', at, {
          ka: `ველი „${name}“ სქემაში არ არის`,
          en: `The field “${name}” is not in the schema`,
        }),
      );
      continue;
    }
    if (!fits[ui.widget](obj(prop))) {
      out.push(
        diag('WIDGET_MISMATCH', `${at}/widget`, {
          ka: `ვიჯეტი „${ui.widget}“ არ შეესაბამება ველის „${name}“ სქემას`,
          en: `The widget “${ui.widget}” does not fit the schema of “${name}”`,
        }),
      );
    }
    for (const k of ['visibleWhen', 'requiredWhen'] as const) {
      const feel = ui[k]?.feel;
      if (feel === undefined) continue;
      const compiled = compileFeel(feel);
      if (!compiled.ok)
        out.push(diag(compiled.error.code, `${at}/${k}/feel`, compiled.error.message));
    }
    if (ui.widget === 'repeatable-group') {
      checkFields(ui.fields ?? {}, obj(obj(prop).items), `${at}/fields`, out);
    }
  }
}

function checkLayout(form: FormFile, out: FormDiagnostic[]): void {
  const sections = form.ui.steps
    ? form.ui.steps.flatMap((s, i) =>
        s.sections.map((x, j) => ({ x, at: `/ui/steps/${i}/sections/${j}` })),
      )
    : (form.ui.sections ?? []).map((x, j) => ({ x, at: `/ui/sections/${j}` }));
  if (sections.length === 0) return;
  const seen = new Set<string>();
  for (const { x, at } of sections) {
    x.fields.forEach((name, k) => {
      if (!(name in form.ui.fields) || seen.has(name)) {
        out.push(
          diag('LAYOUT_FIELD', `${at}/fields/${k}`, {
            ka: `განლაგებაში ველი „${name}“ უცნობია ან მეორდება`,
            en: `The layout names “${name}”, which is unknown or already placed`,
          }),
        );
      }
      seen.add(name);
    });
  }
  for (const name of Object.keys(form.ui.fields)) {
    if (!seen.has(name)) {
      out.push(
        diag('LAYOUT_MISSING_FIELD', `/ui/fields/${esc(name)}`, {
          ka: `ველი „${name}“ არცერთ სექციაში არ არის`,
          en: `The field “${name}” is in no section`,
        }),
      );
    }
  }
}

export function checkSemantics(form: FormFile): FormDiagnostic[] {
  const out: FormDiagnostic[] = [];
  checkFields(form.ui.fields, form.schema as JsonObject, '/ui/fields', out);
  checkLayout(form, out);
  return out;
}
