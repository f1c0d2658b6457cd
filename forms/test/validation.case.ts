// The validation contract: every implementation (the server's validate and
// each generated standalone module) must give exactly these results on the
// same fixtures.
import { describe, expect, it } from 'vitest';
import type { FormFile, Locale, ValidationResult } from '../src/index.ts';
import { formNames, loadCases, loadForm } from './fixtures.ts';

export type ValidateFn = (data: unknown, locale: Locale) => ValidationResult;
export type Implementation = (form: FormFile, name: string) => Promise<ValidateFn> | ValidateFn;

export function validationContract(label: string, implementation: Implementation): void {
  describe(label, () => {
    for (const name of formNames) {
      describe(name, () => {
        for (const c of loadCases(name)) {
          it(`${c.name} (${c.locale})`, async () => {
            const validate = await implementation(loadForm(name), name);
            const result = validate(c.data, c.locale);
            if (c.expected.ok) {
              expect(result).toEqual({ ok: true, value: c.expected.value ?? c.data });
            } else {
              expect(result).toEqual(c.expected);
            }
          });
        }
      });
    }
  });
}

/** Both languages give the same issues (paths and codes), only the words differ. */
export function bilingualContract(label: string, implementation: Implementation): void {
  describe(label, () => {
    for (const name of formNames) {
      for (const c of loadCases(name)) {
        it(`words every issue of "${c.name}" in Georgian and English`, async () => {
          const validate = await implementation(loadForm(name), name);
          const ka = validate(c.data, 'ka');
          const en = validate(c.data, 'en');
          if (ka.ok || en.ok) {
            expect(ka.ok && en.ok).toBe(true);
            return;
          }
          expect(ka.issues.map(({ path, code }) => ({ path, code }))).toEqual(
            en.issues.map(({ path, code }) => ({ path, code })),
          );
          for (const issue of ka.issues) expect(issue.message).toMatch(/[ა-ჰ]/);
          for (const issue of en.issues) expect(issue.message).toMatch(/^[\x20-\x7e“”]+$/);
        });
      }
    }
  });
}
