// The one validation algorithm, shared by the server (ajv compiling in
// memory) and the standalone browser modules (ajv's generated code): apply
// conditions, drop hidden fields, validate, then word the issues.
import type { Plan, PlanField } from '../compile/plan.ts';
import type { Locale } from '../messages/catalogue.ts';
import { message } from '../messages/message.ts';
import { escapePointer, unescapePointer } from '../pointer.ts';
import type { AjvError, DataValidator, FieldStates, Issue, ValidationResult } from './result.ts';

type JsonObject = Record<string, unknown>;

/** A condition over a field's scope (its object) and the whole form data. */
export type ConditionFn = (scope: JsonObject, root: JsonObject, now: string | undefined) => boolean;

export interface RuntimeForm {
  plan: Plan;
  validateData: DataValidator;
  conditions: ConditionFn[];
}

const isObject = (v: unknown): v is JsonObject =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

interface Pass {
  rt: RuntimeForm;
  root: JsonObject;
  now: string | undefined;
  missing: string[];
  /** Filled only for `inspect`, so validation does not pay for it. */
  states?: FieldStates;
}

function prune(pass: Pass, fields: PlanField[], obj: JsonObject, base: string): JsonObject {
  let out = obj;
  const { conditions } = pass.rt;
  // Conditions see the scope without the fields hidden before them, so
  // hiding cascades in field order.
  const holds = (i: number) => conditions[i]!(out, base === '' ? out : pass.root, pass.now);
  for (const f of fields) {
    if (f.visible !== undefined && !holds(f.visible)) {
      pass.states?.hidden.push(`${base}/${escapePointer(f.name)}`);
      if (f.name in out) {
        if (out === obj) out = { ...obj };
        delete out[f.name];
      }
      continue;
    }
    const value = out[f.name];
    if (f.visible !== undefined || f.required !== undefined) {
      // Requiredness matters only for a missing value, unless the renderer asks.
      const ask = value === undefined || pass.states !== undefined;
      const required = f.always || (ask && f.required !== undefined && holds(f.required));
      if (required) {
        const at = `${base}/${escapePointer(f.name)}`;
        if (value === undefined) pass.missing.push(at);
        pass.states?.required.push(at);
      }
    }
    if (f.items && Array.isArray(value)) {
      const path = `${base}/${escapePointer(f.name)}`;
      let items = value;
      value.forEach((item, i) => {
        if (!isObject(item)) return;
        const next = prune(pass, f.items!, item, `${path}/${i}`);
        if (next !== item) {
          if (items === value) items = [...value];
          items[i] = next;
        }
      });
      if (items !== value) {
        if (out === obj) out = { ...obj };
        out[f.name] = items;
      }
    }
  }
  return out;
}

function toIssue(e: AjvError, locale: Locale): Issue {
  const missing = e.keyword === 'required' || e.keyword === 'dependentRequired';
  const path = missing
    ? `${e.instancePath}/${escapePointer(String(e.params.missingProperty))}`
    : e.instancePath;
  return { path, code: e.keyword, message: message(e.keyword, e.params, locale) };
}

function sortByField(issues: Issue[], order: string[]): Issue[] {
  const rank = (path: string) => {
    const end = path.indexOf('/', 1);
    const name = unescapePointer(end < 0 ? path.slice(1) : path.slice(1, end));
    const i = order.indexOf(name);
    return i < 0 ? order.length : i;
  };
  return issues
    .map((issue, i) => ({ issue, i, r: rank(issue.path) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.issue);
}

export function run(
  rt: RuntimeForm,
  data: unknown,
  locale: Locale,
  now: string | undefined,
): ValidationResult {
  const pass: Pass = { rt, root: isObject(data) ? data : {}, now, missing: [] };
  const value = isObject(data) ? prune(pass, rt.plan.fields, data, '') : data;
  const valid = rt.validateData(value);
  if (valid && pass.missing.length === 0) return { ok: true, value };
  const errors = rt.validateData.errors ?? [];
  // A value in the wrong format gets that one message, not also a date-limit one.
  const badFormat = new Set(
    errors.filter((e) => e.keyword === 'format').map((e) => e.instancePath),
  );
  const issues: Issue[] = [];
  for (const e of errors) {
    if (e.keyword === 'if') continue;
    if (e.keyword.startsWith('format') && e.keyword !== 'format' && badFormat.has(e.instancePath)) {
      continue;
    }
    issues.push(toIssue(e, locale));
  }
  for (const path of pass.missing) {
    issues.push({ path, code: 'required', message: message('required', {}, locale) });
  }
  return { ok: false, issues: sortByField(issues, rt.plan.order) };
}

/** What the renderer needs to show a form for `data`: hidden and conditionally required fields. */
export function inspect(rt: RuntimeForm, data: unknown, now: string | undefined): FieldStates {
  const states: FieldStates = { hidden: [], required: [] };
  if (!isObject(data)) return states;
  prune({ rt, root: data, now, missing: [], states }, rt.plan.fields, data, '');
  return states;
}
