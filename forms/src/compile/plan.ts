// The part of a form that validation needs besides the compiled schema: which
// fields have conditions, where in the data they sit, and the field order.
// A plan is plain JSON, so a standalone validator module can embed it.
import type { Condition, FieldUi, FormFile } from '../generated/form-file.ts';

export type PlanCondition = { feel: string } | { schema: number };

export interface PlanField {
  name: string;
  /** Index into `Plan.conditions`; the field is hidden when it is false. */
  visible?: number;
  /** Index into `Plan.conditions`; the field is required when it is true. */
  required?: number;
  /** Listed in the schema's `required`; enforced here because conditions apply first. */
  always: boolean;
  /** Conditional fields of each item, for a repeatable group. */
  items?: PlanField[];
}

export interface Plan {
  fields: PlanField[];
  conditions: PlanCondition[];
  /** Top-level field names in display order, to sort issues like the form reads. */
  order: string[];
}

type JsonObject = Record<string, unknown>;

const asObject = (v: unknown): JsonObject =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as JsonObject) : {};

/** Condition schemas in plan order; the plan refers to them by index. */
export interface PlanBuild {
  plan: Plan;
  conditionSchemas: (JsonObject | boolean)[];
}

export function fieldOrder(form: FormFile): string[] {
  const sections = form.ui.steps?.flatMap((s) => s.sections) ?? form.ui.sections;
  return sections ? sections.flatMap((s) => s.fields) : Object.keys(form.ui.fields);
}

/** Collects every field condition, numbering them, and the field order. */
export function buildPlan(form: FormFile): PlanBuild {
  const conditions: PlanCondition[] = [];
  const conditionSchemas: (JsonObject | boolean)[] = [];
  const add = (c: Condition): number => {
    if (c.feel !== undefined) conditions.push({ feel: c.feel });
    else {
      conditions.push({ schema: conditionSchemas.length });
      conditionSchemas.push(c.schema as JsonObject | boolean);
    }
    return conditions.length - 1;
  };

  const walk = (fields: Record<string, FieldUi>, schema: JsonObject): PlanField[] => {
    const props = asObject(schema.properties);
    const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
    const out: PlanField[] = [];
    for (const [name, ui] of Object.entries(fields)) {
      const itemSchema = asObject(asObject(props[name]).items);
      const items = ui.fields ? walk(ui.fields, itemSchema) : [];
      if (!ui.visibleWhen && !ui.requiredWhen && items.length === 0) continue;
      const field: PlanField = { name, always: required.has(name) };
      if (ui.visibleWhen) field.visible = add(ui.visibleWhen);
      if (ui.requiredWhen) field.required = add(ui.requiredWhen);
      if (items.length > 0) field.items = items;
      out.push(field);
    }
    return out;
  };

  const fields = walk(form.ui.fields, form.schema as JsonObject);
  return { plan: { fields, conditions, order: fieldOrder(form) }, conditionSchemas };
}
