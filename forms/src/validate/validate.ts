// validate(form, data, locale): the authoritative check of submitted data.
import { compileForm } from '../compile/compile-form.ts';
import type { FormFile } from '../generated/form-file.ts';
import type { Locale, ValidateOptions, ValidationResult } from './result.ts';
import { run } from './run.ts';

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
