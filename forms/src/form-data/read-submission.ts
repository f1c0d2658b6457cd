// Everything a SvelteKit form action does with a posted form, as one pure
// step: read the FormData, apply an add/remove button, or validate.
//   const r = readSubmission(form, await request.formData(), locale);
//   if (r.kind === 'valid') { ...store r.value and r.files...; redirect(303, ...) }
//   return r.kind === 'invalid' ? fail(400, r) : r;
import type { FormFile } from '../generated/form-file.ts';
import type { Issue, Locale, ValidateOptions } from '../validate/result.ts';
import { validate } from '../validate/validate.ts';
import { applyIntent, fromFormData } from './from-form-data.ts';

export type SubmissionOutcome<T = unknown> =
  /** An add/remove button: show the form again with the changed list. */
  | { kind: 'changed'; values: Record<string, unknown>; issues: [] }
  /** Show the form again with the values as typed and the issues. */
  | { kind: 'invalid'; values: Record<string, unknown>; issues: Issue[] }
  /** Valid data (hidden fields dropped) and the uploaded files by JSON pointer. */
  | { kind: 'valid'; value: T; files: Map<string, File> };

export function readSubmission<T = unknown>(
  form: FormFile,
  formData: FormData,
  locale: Locale,
  options: ValidateOptions = {},
): SubmissionOutcome<T> {
  const { data, files, intent } = fromFormData(form, formData);
  if (intent) return { kind: 'changed', values: applyIntent(data, intent), issues: [] };
  const result = validate<T>(form, data, locale, options);
  if (!result.ok) return { kind: 'invalid', values: data, issues: result.issues };
  return { kind: 'valid', value: result.value, files };
}
