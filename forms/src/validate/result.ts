// What validation returns: expected failures are values, never exceptions.
import type { Locale } from '../messages/catalogue.ts';

export type { Locale };

export interface Issue {
  /** JSON pointer to the failing value, e.g. `/family/0/personalNumber`. */
  path: string;
  /** The failed JSON Schema keyword (`required`, `format`, `minLength`, …). */
  code: string;
  /** The message in the requested locale. */
  message: string;
}

export type ValidationResult<T = unknown> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** A compiled schema function in ajv's shape, from ajv or from standalone code. */
export interface DataValidator {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}

export interface AjvError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}

export interface ValidateOptions {
  /** ISO instant that FEEL's now() and today() see; defaults to the current time when a FEEL condition needs it. */
  now?: string;
}

/** Which fields the conditions hide, and which conditional fields are now required (JSON pointers). */
export interface FieldStates {
  hidden: string[];
  required: string[];
}

/** A form's validator as the renderer uses it: on the server (ajv) or in the browser (standalone). */
export interface FormValidator {
  validate<T = unknown>(
    data: unknown,
    locale: Locale,
    options?: ValidateOptions,
  ): ValidationResult<T>;
  inspect(data: unknown, options?: ValidateOptions): FieldStates;
}
