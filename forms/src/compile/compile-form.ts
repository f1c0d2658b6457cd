// Compiles a form for validation on the server (Node or the Temporal
// sandbox): ajv generates the data validator in memory, FEEL comes from the
// engine. Cached per form object.
import type { FormFile } from '../generated/form-file.ts';
import { checkLimits } from '../safety/limits.ts';
import type { ConditionFn, RuntimeForm } from '../validate/run.ts';
import { createAjv } from './ajv.ts';
import { effectiveSchema } from './effective-schema.ts';
import { feelCondition } from './feel-condition.ts';
import { buildPlan, type PlanCondition } from './plan.ts';

const cache = new WeakMap<FormFile, RuntimeForm>();

export function compileForm(form: FormFile): RuntimeForm {
  const hit = cache.get(form);
  if (hit) return hit;
  const over = checkLimits(form);
  if (over.length > 0) {
    throw new Error(
      `Form exceeds the validator's limits: ${over.map((d) => d.message.en).join('; ')}`,
    );
  }
  const ajv = createAjv();
  const { plan, conditionSchemas } = buildPlan(form);
  const schemaFns = conditionSchemas.map((s) => ajv.compile(s));
  const conditions = plan.conditions.map((c: PlanCondition): ConditionFn => {
    if ('feel' in c) return feelCondition(c.feel);
    const fn = schemaFns[c.schema]!;
    return (scope) => fn(scope) === true;
  });
  const runtime: RuntimeForm = {
    plan,
    validateData: ajv.compile(effectiveSchema(form, plan.fields)),
    conditions,
  };
  cache.set(form, runtime);
  return runtime;
}
