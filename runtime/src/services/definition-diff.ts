// The semantic difference between two compiled definitions, for the diagram
// diff: which nodes and flows were added, removed or changed (and in which
// properties), and which form fields. Ids are the BPMN element ids, so the
// studio marks them on both diagrams. Pure: no I/O.
import type { Definition } from '@saqme/engine';
import type { DiagramDiff } from '../generated/diagram-diff.ts';

export type ElementChange = DiagramDiff['elements'][number];
export type FormChange = DiagramDiff['forms'][number];

// Wiring follows from the flows, which are compared on their own.
const DERIVED = new Set(['id', 'incoming', 'outgoing', 'boundaries']);

/** Stable text of a JSON value: object keys sorted, so key order never counts as a change. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The keys whose values differ between two records, sorted. */
function differing(
  a: Record<string, unknown>,
  b: Record<string, unknown>,
  skip: Set<string> = new Set(),
): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => !skip.has(k) && canonical(a[k]) !== canonical(b[k])).sort();
}

interface Compared<T> {
  id: string;
  status: ElementChange['status'];
  /** The newer side when it exists, else the older. */
  item: T;
  properties: string[];
}

/** Entries of two id-keyed maps that were added, removed, or changed in some property. */
function compareMaps<T extends object>(a: Record<string, T>, b: Record<string, T>): Compared<T>[] {
  const out: Compared<T>[] = [];
  for (const id of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const [x, y] = [a[id], b[id]];
    if (!x || !y) {
      out.push({ id, status: x ? 'removed' : 'added', item: (y ?? x)!, properties: [] });
      continue;
    }
    const properties = differing(
      x as Record<string, unknown>,
      y as Record<string, unknown>,
      DERIVED,
    );
    if (properties.length) out.push({ id, status: 'changed', item: y, properties });
  }
  return out;
}

export function diffElements(a: Definition, b: Definition): ElementChange[] {
  const nodes = compareMaps(a.nodes, b.nodes).map(
    ({ id, status, item, properties }): ElementChange => ({
      id,
      kind: 'node',
      type: item.type,
      status,
      name: item.name ?? null,
      properties,
    }),
  );
  const flows = compareMaps(a.flows, b.flows).map(
    ({ id, status, properties }): ElementChange => ({
      id,
      kind: 'flow',
      type: 'sequenceFlow',
      status,
      name: null,
      properties,
    }),
  );
  return [...nodes, ...flows];
}

type FormLike = { schema: Record<string, unknown>; ui?: Record<string, unknown> };

function fieldsOf(form: FormLike) {
  const properties = (form.schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  const required = new Set((form.schema.required ?? []) as string[]);
  const ui = (form.ui?.fields ?? {}) as Record<string, Record<string, unknown>>;
  return { properties, required, ui };
}

export function diffForms(a: Definition, b: Definition): FormChange[] {
  const out: FormChange[] = [];
  for (const key of [...new Set([...Object.keys(a.forms), ...Object.keys(b.forms)])].sort()) {
    const [x, y] = [a.forms[key], b.forms[key]];
    if (!x || !y) {
      out.push({ form: key, field: null, status: x ? 'removed' : 'added', properties: [] });
      continue;
    }
    const [fx, fy] = [fieldsOf(x), fieldsOf(y)];
    const names = new Set([
      ...Object.keys(fx.properties),
      ...Object.keys(fy.properties),
      ...Object.keys(fx.ui),
      ...Object.keys(fy.ui),
    ]);
    for (const field of [...names].sort()) {
      const had = field in fx.properties || field in fx.ui;
      const has = field in fy.properties || field in fy.ui;
      if (!had || !has) {
        out.push({ form: key, field, status: had ? 'removed' : 'added', properties: [] });
        continue;
      }
      const properties = [
        ...differing(fx.properties[field] ?? {}, fy.properties[field] ?? {}),
        ...(fx.required.has(field) !== fy.required.has(field) ? ['required'] : []),
        ...differing(fx.ui[field] ?? {}, fy.ui[field] ?? {}).map((k) => `ui.${k}`),
      ];
      if (properties.length) out.push({ form: key, field, status: 'changed', properties });
    }
  }
  return out;
}
