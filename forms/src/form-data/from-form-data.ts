// Turns a submitted form (FormData, multipart or urlencoded) into typed data
// for validation: numbers, booleans, lists, repeatable groups, dates as ISO,
// phone numbers normalised, files as { name, type, size } beside the File
// objects. Blank inputs become absent fields. So a SvelteKit action is:
//   const { data, files, intent } = fromFormData(form, await request.formData());
import { fromDisplayDate, normalizePhone } from '../formats/georgian.ts';
import type { FieldUi, FormFile } from '../generated/form-file.ts';
import { fieldName, INTENT, pointerOf } from './field-names.ts';

type JsonObject = Record<string, unknown>;

export type Intent = { add: string } | { remove: string; index: number };

export interface Submission {
  data: JsonObject;
  /** Uploaded files by JSON pointer; `data` holds their name, type and size. */
  files: Map<string, File>;
  /** Set when a no-JavaScript "add" or "remove" button was pressed, not "submit". */
  intent?: Intent;
}

const obj = (v: unknown): JsonObject =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as JsonObject) : {};

function text(fd: FormData, name: string): string | undefined {
  const v = fd.get(name);
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t === '' ? undefined : t;
}

function number(raw: string): number | string {
  const n = Number(raw.replace(',', '.').replace(/\s/g, ''));
  // A value that is not a number is kept as text, so validation says so.
  return Number.isFinite(n) ? n : raw;
}

function choice(raw: string, schema: JsonObject): unknown {
  const values = Array.isArray(schema.enum) ? schema.enum : [];
  return values.find((v) => String(v) === raw) ?? raw;
}

function readField(
  fd: FormData,
  name: string,
  ui: FieldUi,
  schema: JsonObject,
  files: Map<string, File>,
): unknown {
  switch (ui.widget) {
    case 'checkbox':
      return fd.get(name) === 'true';
    case 'multi-select': {
      const item = obj(schema.items);
      return fd
        .getAll(name)
        .filter((v): v is string => typeof v === 'string')
        .map((v) => choice(v, item));
    }
    case 'file': {
      const f = fd.get(name);
      if (typeof f === 'string' || f === null || f.size === 0) return undefined;
      files.set(pointerOf(name), f);
      return { name: f.name, type: f.type, size: f.size };
    }
    case 'repeatable-group':
      return readGroup(fd, name, ui, schema, files);
    default: {
      const raw = text(fd, name);
      if (raw === undefined) return undefined;
      if (ui.widget === 'number') return number(raw);
      if (ui.widget === 'select' || ui.widget === 'radio') return choice(raw, schema);
      if (ui.widget === 'date') return fromDisplayDate(raw);
      if (ui.widget === 'phone') return normalizePhone(raw);
      if (ui.widget === 'personal-number') return raw.replace(/\s/g, '');
      return raw;
    }
  }
}

function readGroup(
  fd: FormData,
  name: string,
  ui: FieldUi,
  schema: JsonObject,
  files: Map<string, File>,
): JsonObject[] {
  const prefix = `${name}.`;
  const indices = new Set<number>();
  for (const key of fd.keys()) {
    if (!key.startsWith(prefix)) continue;
    const i = Number(key.slice(prefix.length).split('.')[0]);
    if (Number.isInteger(i) && i >= 0) indices.add(i);
  }
  const items = obj(schema.items);
  return [...indices]
    .sort((a, b) => a - b)
    .map((i) => readObject(fd, fieldName(name, i), ui.fields ?? {}, items, files));
}

function readObject(
  fd: FormData,
  parent: string,
  fields: Record<string, FieldUi>,
  schema: JsonObject,
  files: Map<string, File>,
): JsonObject {
  const props = obj(schema.properties);
  const out: JsonObject = {};
  for (const [key, ui] of Object.entries(fields)) {
    const value = readField(fd, fieldName(parent, key), ui, obj(props[key]), files);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** Reads a button value such as `add:minors` or `remove:minors.1`. */
export function parseIntent(raw: string): Intent | undefined {
  const colon = raw.indexOf(':');
  const [verb, target] = [raw.slice(0, colon), raw.slice(colon + 1)];
  if (verb === 'add' && target) return { add: target };
  const dot = target.lastIndexOf('.');
  const index = Number(target.slice(dot + 1));
  if (verb === 'remove' && dot > 0 && Number.isInteger(index)) {
    return { remove: target.slice(0, dot), index };
  }
  return undefined;
}

export function fromFormData(form: FormFile, fd: FormData): Submission {
  const files = new Map<string, File>();
  const data = readObject(fd, '', form.ui.fields, form.schema as JsonObject, files);
  const raw = fd.get(INTENT);
  const intent = typeof raw === 'string' ? parseIntent(raw) : undefined;
  return intent ? { data, files, intent } : { data, files };
}

/** Applies a no-JavaScript add/remove of a repeatable-group item to the data. */
export function applyIntent(data: JsonObject, intent: Intent): JsonObject {
  const name = 'add' in intent ? intent.add : intent.remove;
  const path = name.split('.');
  const copy = structuredClone(data);
  let parent: JsonObject = copy;
  for (const seg of path.slice(0, -1)) parent = obj(parent[seg]);
  const key = path[path.length - 1]!;
  const list = Array.isArray(parent[key]) ? (parent[key] as unknown[]) : [];
  if ('add' in intent) list.push({});
  else list.splice(intent.index, 1);
  parent[key] = list;
  return copy;
}
