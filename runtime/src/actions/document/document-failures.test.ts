import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDocumentGenerator, type DocumentResult, type DocumentSpec } from './index.ts';

const fixture: DocumentSpec = JSON.parse(
  readFileSync(new URL('./fixtures/diplomatic-id.spec.json', import.meta.url), 'utf8'),
);
const generator = createDocumentGenerator();

function expectFailure(result: DocumentResult, code: string, path: string): void {
  expect(result).toMatchObject({ ok: false, code, path });
  if (result.ok) return;
  expect(result.message.ka).toMatch(/[\u10D0-\u10FF]/);
  expect(result.message.en).toMatch(/^[A-Z]/);
}

describe('createDocumentGenerator().generate, on input it cannot render', () => {
  it('names a missing required member', async () => {
    const { title: _, ...untitled } = fixture;
    expectFailure(await generator.generate(untitled), 'document.invalid-input', '/title');
  });

  it('names an unknown member', async () => {
    const result = await generator.generate({ ...fixture, watermark: 'draft' });
    expectFailure(result, 'document.invalid-input', '/watermark');
  });

  it('rejects an issue date that is not on the calendar', async () => {
    const result = await generator.generate({ ...fixture, issuedAt: '2026-02-30T08:00:00Z' });
    expectFailure(result, 'document.invalid-input', '/issuedAt');
  });

  it('rejects an issue date with a local offset, so equal instants print alike', async () => {
    const result = await generator.generate({ ...fixture, issuedAt: '2026-02-10T08:00:00+04:00' });
    expectFailure(result, 'document.invalid-input', '/issuedAt');
  });

  it('names the text that lacks a requested language', async () => {
    const paragraphs = [fixture.paragraphs![0], { ka: 'მხოლოდ ქართულად.' }];
    const result = await generator.generate({ ...fixture, paragraphs });
    expectFailure(result, 'document.missing-translation', '/paragraphs/1/en');
  });

  it('names a character the font has no glyph for', async () => {
    const fields = [{ label: { ka: 'სახელი', en: 'Name' }, value: '王小明' }];
    const result = await generator.generate({ ...fixture, fields });
    expectFailure(result, 'document.unsupported-character', '/fields/0/value');
    expect(result.ok || result.message.en).toContain('U+738B');
  });

  it('refuses control characters other than line breaks', async () => {
    const title = { ka: 'სათაური\tტაბით', en: 'Title' };
    const result = await generator.generate({ ...fixture, title });
    expectFailure(result, 'document.unsupported-character', '/title/ka');
  });
});
