// What a generated standalone module runs in the browser: the same `run` as
// the server, fed with ajv's pre-generated functions instead of compiling.
import type { Plan } from '../compile/plan.ts';
import type {
  FormValidator,
  Locale,
  ValidateOptions,
  ValidationResult,
} from '../validate/result.ts';
import { type ConditionFn, inspect, type RuntimeForm, run } from '../validate/run.ts';

export interface StandaloneParts {
  plan: Plan;
  validateData: RuntimeForm['validateData'];
  schemaConditions: ((data: unknown) => boolean)[];
  /** Present when the form has FEEL conditions, so forms without them ship no FEEL engine. */
  feel?: (source: string) => ConditionFn;
}

export function createStandaloneValidator(parts: StandaloneParts): FormValidator {
  const conditions = parts.plan.conditions.map((c): ConditionFn => {
    if ('feel' in c) {
      if (!parts.feel) throw new Error('A FEEL condition needs the FEEL evaluator');
      return parts.feel(c.feel);
    }
    const fn = parts.schemaConditions[c.schema]!;
    return (scope) => fn(scope) === true;
  });
  const rt: RuntimeForm = { plan: parts.plan, validateData: parts.validateData, conditions };
  return {
    validate: <T>(data: unknown, locale: Locale, options: ValidateOptions = {}) =>
      run(rt, data, locale, options.now) as ValidationResult<T>,
    inspect: (data, options = {}) => inspect(rt, data, options.now),
  };
}
