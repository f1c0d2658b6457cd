// Loads the example forms and their validation cases from test/fixtures.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FormFile, Locale, ValidationResult } from '../src/index.ts';

const dir = join(import.meta.dirname, 'fixtures');

export const formNames = readdirSync(join(dir, 'forms'))
  .filter((f) => f.endsWith('.form.json'))
  .map((f) => f.replace('.form.json', ''))
  .sort();

export function loadForm(name: string): FormFile {
  return JSON.parse(readFileSync(join(dir, 'forms', `${name}.form.json`), 'utf8')) as FormFile;
}

export interface ValidationCase {
  name: string;
  locale: Locale;
  data: unknown;
  expected: { ok: true; value?: unknown } | Extract<ValidationResult, { ok: false }>;
}

export function loadCases(name: string): ValidationCase[] {
  const file = JSON.parse(readFileSync(join(dir, 'cases', `${name}.cases.json`), 'utf8'));
  return file.cases as ValidationCase[];
}
