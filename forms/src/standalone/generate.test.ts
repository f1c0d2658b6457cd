import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadForm } from '../../test/fixtures.ts';
import {
  bilingualContract,
  type ValidateFn,
  validationContract,
} from '../../test/validation.case.ts';
import type { FormFile } from '../generated/form-file.ts';
import { generateStandalone } from './generate.ts';

const dir = mkdtempSync(join(tmpdir(), 'saqme-standalone-'));
const modules = new Map<string, Promise<{ validate: ValidateFn; source: string }>>();

/** Generates each fixture form's module once, writes it to disk and imports it as a browser would. */
function standalone(form: FormFile, name: string) {
  let hit = modules.get(name);
  if (!hit) {
    hit = (async () => {
      const source = await generateStandalone(form);
      const file = join(dir, `${name}.validator.js`);
      writeFileSync(file, source);
      const mod = (await import(pathToFileURL(file).href)) as { validate: ValidateFn };
      return { validate: mod.validate, source };
    })();
    modules.set(name, hit);
  }
  return hit;
}

validationContract(
  'standalone module',
  async (form, name) => (await standalone(form, name)).validate,
);
bilingualContract(
  'standalone module in both languages',
  async (form, name) => (await standalone(form, name)).validate,
);

describe('generateStandalone', () => {
  it('emits one self-contained module with no eval and no new Function', async () => {
    const { source } = await standalone(loadForm('id-card-application'), 'id-card-application');
    expect(/\bnew Function\s*\(|\beval\s*\(/.test(source)).toBe(false);
    expect(/^\s*import[\s{*]|\bimport\s*\(/m.test(source)).toBe(false);
  });

  it('ships no FEEL engine for a form whose conditions are all JSON Schema', async () => {
    const form = loadForm('municipal-request');
    for (const ui of Object.values(form.ui.fields)) {
      if (ui.visibleWhen?.feel) ui.visibleWhen = { schema: { required: ['applicantType'] } };
      delete ui.requiredWhen;
    }
    const withFeel = await generateStandalone(loadForm('municipal-request'));
    const without = await generateStandalone(form);
    expect(without.length).toBeLessThan(withFeel.length / 3);
  });
});
