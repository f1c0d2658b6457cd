// validate(form, data, locale): the authoritative check of submitted data.
import { compileForm } from '../compile/compile-form.ts';
import type { FormFile } from '../generated/form-file.ts';
import type { FormValidator, Locale, ValidateOptions, ValidationResult } from './result.ts';
import { inspect, run } from './run.ts';

/**
 * Validates data against a form: hidden fields are dropped (neither required
 * nor validated), conditional requiredness applies, and issues carry
 * messages in `locale`. On success `value` is the data without hidden fields.
 */
export function validate<T = unknown>(
  form: FormFile,
  data: unknown,
  locale: Locale,
  options: ValidateOptions = {},
): ValidationResult<T> {
  return run(compileForm(form), data, locale, options.now) as ValidationResult<T>;
}

/** The server-side FormValidator of a form, for the renderer. */
export function formValidator(form: FormFile): FormValidator {
  const rt = compileForm(form);
  return {
    validate: <T>(data: unknown, locale: Locale, options: ValidateOptions = {}) =>
      run(rt, data, locale, options.now) as ValidationResult<T>,
    inspect: (data, options = {}) => inspect(rt, data, options.now),
  };
}
