// A problem found in a form file when it is saved or published.
import type { Localized } from '../generated/form-file.ts';

export interface FormDiagnostic {
  code: string;
  /** JSON pointer into the form file. */
  path: string;
  message: Localized;
}

export type FormCheck = { ok: true } | { ok: false; diagnostics: FormDiagnostic[] };
