import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocumentGenerator, type TemplateRequest } from './index.ts';
import { extractText } from './inspect-pdf.ts';

const request: TemplateRequest = JSON.parse(
  readFileSync(new URL('./fixtures/case-certificate.request.json', import.meta.url), 'utf8'),
);
const generator = createDocumentGenerator();

describe('createDocumentGenerator().generateFromTemplate', () => {
  it('fills the bundled template with the case data', async () => {
    const result = await generator.generateFromTemplate(request);
    if (!result.ok) throw new Error(JSON.stringify(result));
    const text = extractText(result.document.bytes);
    expect(text).toContain('ცნობა საქმის განხილვის შედეგის შესახებ');
    expect(text).toContain('განმცხადებელი Applicant ნინო ბერიძე');
    expect(text).toContain('დაკმაყოფილდა Granted');
    expect(text).toContain('MUN-2026-0042');
    expect(text).not.toContain('{{');
  });

  it('gives the same bytes for the same request', async () => {
    const fromTemplate = await generator.generateFromTemplate(request);
    const again = await generator.generateFromTemplate(structuredClone(request));
    expect(fromTemplate.ok && again.ok && again.document.sha256).toBe(
      fromTemplate.ok && fromTemplate.document.sha256,
    );
  });

  it('names a placeholder the data leaves empty', async () => {
    const { decisionEn: _, ...data } = request.data!;
    const result = await generator.generateFromTemplate({ ...request, data });
    expect(result).toMatchObject({
      ok: false,
      code: 'document.missing-value',
      path: '/data/decisionEn',
    });
  });

  it('reports a template that does not exist', async () => {
    const result = await generator.generateFromTemplate({ ...request, templateId: 'no-such' });
    expect(result).toMatchObject({
      ok: false,
      code: 'document.unknown-template',
      path: '/templateId',
    });
  });

  it('refuses a template id that could leave the templates folder', async () => {
    const result = await generator.generateFromTemplate({ ...request, templateId: '../secret' });
    expect(result).toMatchObject({
      ok: false,
      code: 'document.invalid-input',
      path: '/templateId',
    });
  });

  it('reports a broken template file as a value, with the place of the fault', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'saqme-templates-'));
    writeFileSync(join(dir, 'not-json.template.json'), '{ "title": ');
    writeFileSync(join(dir, 'no-title.template.json'), JSON.stringify({ paragraphs: [] }));
    const custom = createDocumentGenerator({ templatesDir: dir });
    expect(await custom.generateFromTemplate({ ...request, templateId: 'not-json' })).toMatchObject(
      { ok: false, code: 'document.invalid-template', path: '' },
    );
    expect(await custom.generateFromTemplate({ ...request, templateId: 'no-title' })).toMatchObject(
      { ok: false, code: 'document.invalid-template', path: '/title' },
    );
  });
});
