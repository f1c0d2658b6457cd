import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from './codegen.ts';

describe('codegen', () => {
  const dir = mkdtempSync(join(tmpdir(), 'saqme-codegen-'));

  it('writes a do-not-edit interface for a form file from its data schema', async () => {
    const file = join(dir, 'citizen-request.form.json');
    const schema = {
      type: 'object',
      required: ['personalNumber'],
      properties: { personalNumber: { type: 'string' }, note: { type: 'string' } },
      additionalProperties: false,
    };
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, schema, ui: {} }));
    const ts = await generate(file);
    expect(ts).toMatch(/^\/\/ Generated from .*citizen-request\.form\.json .*Do not edit/);
    expect(ts).toContain('export interface CitizenRequest {');
    expect(ts).toContain('personalNumber: string;');
    expect(ts).toContain('note?: string;');
  });

  it('names the type of a schema file after the file', async () => {
    const file = join(dir, 'service.schema.json');
    writeFileSync(file, JSON.stringify({ type: 'object', properties: { id: { type: 'string' } } }));
    expect(await generate(file)).toContain('export interface Service {');
  });
});
