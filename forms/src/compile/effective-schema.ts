// The schema ajv compiles: the form's schema without conditional fields in
// `required`, because a hidden field is not required and a field can be
// required only when a condition holds. The plan enforces those instead.
import type { FormFile } from '../generated/form-file.ts';
import type { PlanField } from './plan.ts';

type JsonObject = Record<string, unknown>;

function strip(schema: JsonObject, fields: PlanField[]): JsonObject {
  const conditional = new Set(
    fields.filter((f) => f.visible !== undefined || f.required !== undefined).map((f) => f.name),
  );
  const out: JsonObject = { ...schema };
  if (Array.isArray(schema.required)) {
    out.required = (schema.required as string[]).filter((n) => !conditional.has(n));
  }
  const groups = fields.filter((f) => f.items);
  if (groups.length > 0) {
    const props: JsonObject = { ...(schema.properties as JsonObject) };
    for (const g of groups) {
      const array = props[g.name] as JsonObject;
      props[g.name] = { ...array, items: strip(array.items as JsonObject, g.items!) };
    }
    out.properties = props;
  }
  return out;
}

export function effectiveSchema(form: FormFile, fields: PlanField[]): JsonObject {
  return strip(form.schema as JsonObject, fields);
}
