// Loads the example forms and their validation cases from test/fixtures.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

// The example services' forms, read as data (forms never imports examples),
// keyed `<service>--<form>`: the renderer must serve every one of them.
const examplesDir = join(import.meta.dirname, '../../examples');

export function exampleForms(): Record<string, FormFile> {
  const forms: Record<string, FormFile> = {};
  for (const service of readdirSync(examplesDir, { withFileTypes: true })) {
    const formsDir = join(examplesDir, service.name, 'forms');
    if (!service.isDirectory() || !existsSync(formsDir)) continue;
    for (const file of readdirSync(formsDir).filter((f) => f.endsWith('.form.json'))) {
      const key = `${service.name}--${file.replace('.form.json', '')}`;
      forms[key] = JSON.parse(readFileSync(join(formsDir, file), 'utf8')) as FormFile;
    }
  }
  return forms;
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
