// Edits of a form file as pure functions, each returning a new file: add,
// remove and reorder fields, and configure their widget, labels,
// validation and conditions. The schema and the UI schema change together.
import type { FieldUi, FormFile, Widget } from '@saqme/forms';

type Schema = Record<string, unknown>;
type Properties = Record<string, Schema>;

export const WIDGETS: Widget[] = [
  'text',
  'textarea',
  'number',
  'date',
  'select',
  'radio',
  'checkbox',
  'multi-select',
  'personal-number',
  'phone',
  'email',
];

/** The data schema a new field of this widget starts with. */
export function schemaFor(widget: Widget): Schema {
  switch (widget) {
    case 'number':
      return { type: 'number' };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'select':
    case 'radio':
      return { type: 'string', enum: ['a', 'b'] };
    case 'checkbox':
      return { type: 'boolean' };
    case 'multi-select':
      return { type: 'array', items: { type: 'string', enum: ['a', 'b'] }, uniqueItems: true };
    case 'personal-number':
      return { type: 'string', format: 'ge-personal-number' };
    case 'phone':
      return { type: 'string', format: 'ge-phone' };
    case 'email':
      return { type: 'string', format: 'email' };
    default:
      return { type: 'string', maxLength: widget === 'textarea' ? 2000 : 200 };
  }
}

const hasOptions = (w: Widget) => w === 'select' || w === 'radio' || w === 'multi-select';

function properties(form: FormFile): Properties {
  return ((form.schema as Schema).properties ?? {}) as Properties;
}

function required(form: FormFile): string[] {
  return ((form.schema as Schema).required ?? []) as string[];
}

/** Field keys in display order. */
export function fieldKeys(form: FormFile): string[] {
  const sections = form.ui.sections;
  if (sections?.length) return sections.flatMap((s) => s.fields);
  return Object.keys(form.ui.fields);
}

function withOrder(form: FormFile, order: string[]): FormFile {
  const props = properties(form);
  const schema = {
    ...(form.schema as Schema),
    properties: Object.fromEntries(order.filter((k) => props[k]).map((k) => [k, props[k]!])),
  };
  const fields = Object.fromEntries(order.map((k) => [k, form.ui.fields[k]!]));
  const ui = { ...form.ui, fields };
  if (form.ui.sections?.length) {
    // Reordering keeps each field in its section; moving past a section's end
    // moves it into the neighbouring section.
    const sizes = form.ui.sections.map((s) => s.fields.length);
    let at = 0;
    ui.sections = form.ui.sections.map((s, i) => {
      const part = order.slice(at, at + sizes[i]!);
      at += sizes[i]!;
      return { ...s, fields: part as [string, ...string[]] };
    }) as typeof ui.sections;
  }
  return { ...form, schema, ui } as unknown as FormFile;
}

export function uniqueKey(form: FormFile, base: string): string {
  const clean = base.replace(/[^A-Za-z0-9_]/g, '') || 'field';
  let key = clean;
  for (let i = 2; key in form.ui.fields; i++) key = `${clean}${i}`;
  return key;
}

export function addField(form: FormFile, key: string, widget: Widget): FormFile {
  const ui: FieldUi = { widget, label: { ka: key, en: key } };
  if (hasOptions(widget)) ui.options = { a: { ka: 'ა', en: 'A' }, b: { ka: 'ბ', en: 'B' } };
  const next = {
    ...form,
    schema: {
      ...(form.schema as Schema),
      properties: { ...properties(form), [key]: schemaFor(widget) },
    },
    ui: { ...form.ui, fields: { ...form.ui.fields, [key]: ui } },
  } as unknown as FormFile;
  const sections = next.ui.sections;
  if (sections?.length) {
    const last = sections.length - 1;
    next.ui.sections = sections.map((s, i) =>
      i === last ? { ...s, fields: [...s.fields, key] as [string, ...string[]] } : s,
    ) as typeof sections;
  }
  return next;
}

export function removeField(form: FormFile, key: string): FormFile {
  const order = fieldKeys(form).filter((k) => k !== key);
  const { [key]: _, ...fields } = form.ui.fields;
  const sections = form.ui.sections
    ?.map((s) => ({ ...s, fields: s.fields.filter((k) => k !== key) as [string, ...string[]] }))
    .filter((s) => s.fields.length > 0);
  const reqd = required(form).filter((k) => k !== key);
  const next = {
    ...form,
    schema: { ...(form.schema as Schema), required: reqd },
    ui: { ...form.ui, fields, ...(sections ? { sections } : {}) },
  } as unknown as FormFile;
  return withOrder(next, order);
}

export function moveField(form: FormFile, key: string, delta: -1 | 1): FormFile {
  const order = fieldKeys(form);
  const i = order.indexOf(key);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= order.length) return form;
  [order[i], order[j]] = [order[j]!, order[i]!];
  return withOrder(form, order);
}

export function setRequired(form: FormFile, key: string, on: boolean): FormFile {
  const rest = required(form).filter((k) => k !== key);
  return {
    ...form,
    schema: { ...(form.schema as Schema), required: on ? [...rest, key] : rest },
  } as unknown as FormFile;
}

export function isRequired(form: FormFile, key: string): boolean {
  return required(form).includes(key);
}

export function fieldSchema(form: FormFile, key: string): Schema {
  return properties(form)[key] ?? {};
}

/** Merges into the field's data schema; undefined removes a keyword. */
export function updateSchema(form: FormFile, key: string, patch: Schema): FormFile {
  const merged: Schema = { ...fieldSchema(form, key), ...patch };
  for (const [k, v] of Object.entries(patch)) if (v === undefined) delete merged[k];
  return {
    ...form,
    schema: { ...(form.schema as Schema), properties: { ...properties(form), [key]: merged } },
  } as unknown as FormFile;
}

/** Merges into the field's UI; undefined removes a property. */
export function updateUi(form: FormFile, key: string, patch: Partial<FieldUi>): FormFile {
  const merged = { ...form.ui.fields[key]!, ...patch } as FieldUi;
  for (const [k, v] of Object.entries(patch))
    if (v === undefined) delete (merged as unknown as Record<string, unknown>)[k];
  return { ...form, ui: { ...form.ui, fields: { ...form.ui.fields, [key]: merged } } };
}

/** A new widget brings its own data schema, keeping the field's labels. */
export function changeWidget(form: FormFile, key: string, widget: Widget): FormFile {
  const ui = form.ui.fields[key]!;
  const next = updateUi(form, key, {
    widget,
    options: hasOptions(widget) ? (ui.options ?? { a: { ka: 'ა', en: 'A' } }) : undefined,
  });
  const schema = schemaFor(widget);
  const values = Object.keys(next.ui.fields[key]!.options ?? {});
  if (widget === 'multi-select') (schema.items as Schema).enum = values;
  else if (hasOptions(widget)) schema.enum = values;
  return {
    ...next,
    schema: { ...(next.schema as Schema), properties: { ...properties(next), [key]: schema } },
  } as unknown as FormFile;
}

export interface Option {
  value: string;
  ka: string;
  en: string;
}

export function setOptions(form: FormFile, key: string, options: Option[]): FormFile {
  const ui = updateUi(form, key, {
    options: Object.fromEntries(options.map((o) => [o.value, { ka: o.ka, en: o.en }])),
  });
  const values = options.map((o) => o.value);
  const schema = fieldSchema(form, key);
  return schema.type === 'array'
    ? updateSchema(ui, key, { items: { ...(schema.items as Schema), enum: values } })
    : updateSchema(ui, key, { enum: values });
}
