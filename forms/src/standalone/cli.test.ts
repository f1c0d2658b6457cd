import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = join(import.meta.dirname, 'cli.ts');
const fixtures = join(import.meta.dirname, '../../test/fixtures/forms');

describe('standalone CLI', () => {
  it('writes one validator module per form, with a do-not-edit header', async () => {
    const out = mkdtempSync(join(tmpdir(), 'saqme-cli-'));
    const run = spawnSync(process.execPath, [cli, '--input', fixtures, '--output', out], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'id-card-application.validator.js',
      'municipal-request.validator.js',
    ]);
    const file = join(out, 'municipal-request.validator.js');
    expect(readFileSync(file, 'utf8')).toMatch(
      /^\/\/ Validator of form "municipal-request".*Do not edit\./,
    );
    const mod = await import(pathToFileURL(file).href);
    expect(mod.validate({}, 'en').ok).toBe(false);
  });

  it('refuses a form that fails the save-time check', () => {
    const dir = mkdtempSync(join(tmpdir(), 'saqme-cli-'));
    const bad = join(dir, 'bad.form.json');
    writeFileSync(
      bad,
      JSON.stringify({ schemaVersion: 1, schema: { type: 'object', properties: {} }, ui: {} }),
    );
    const run = spawnSync(process.execPath, [cli, '--input', bad, '--output', dir], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/FORM_FILE_INVALID/);
  });
});
