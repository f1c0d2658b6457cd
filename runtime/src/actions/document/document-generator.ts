// The document action: renders a described or templated document to a PDF
// with an embedded Georgian font and reports its SHA-256 and page count.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type DocumentFailure, documentFailure } from './failures.ts';
import { fillTemplate } from './fill-template.ts';
import type { DocumentSpec } from './generated/document-spec.ts';
import { type GeorgianFont, loadGeorgianFont } from './georgian-font.ts';
import { renderPdf } from './render-pdf.ts';
import { checkSpecTexts } from './spec-texts.ts';
import { checkSpec, checkTemplate, checkTemplateRequest } from './validate-input.ts';

export interface DocumentGeneratorOptions {
  /** Where `<templateId>.template.json` files live; defaults to the bundled templates. */
  templatesDir?: string;
  /** Time zone of the printed issue date; defaults to Asia/Tbilisi. */
  timeZone?: string;
}

export interface GeneratedDocument {
  bytes: Uint8Array;
  mediaType: 'application/pdf';
  sha256: string;
  pageCount: number;
  size: number;
}

export type DocumentResult = { ok: true; document: GeneratedDocument } | DocumentFailure;

export interface DocumentGenerator {
  /** Renders a document description (checked against document-spec.schema.json). */
  generate(spec: unknown): Promise<DocumentResult>;
  /** Renders a stored template for one case (request checked against template-request.schema.json). */
  generateFromTemplate(request: unknown): Promise<DocumentResult>;
}

export const BUNDLED_TEMPLATES = join(import.meta.dirname, 'templates');

export function createDocumentGenerator(options: DocumentGeneratorOptions = {}): DocumentGenerator {
  const templatesDir = options.templatesDir ?? BUNDLED_TEMPLATES;
  const timeZone = options.timeZone ?? 'Asia/Tbilisi';
  let font: Promise<GeorgianFont> | undefined;

  async function render(spec: DocumentSpec): Promise<DocumentResult> {
    font ??= loadGeorgianFont();
    const loaded = await font;
    const problem = checkSpecTexts(spec, loaded.covers);
    if (problem) return problem;
    const { bytes, pageCount } = await renderPdf(spec, { font: loaded, timeZone });
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return {
      ok: true,
      document: { bytes, mediaType: 'application/pdf', sha256, pageCount, size: bytes.byteLength },
    };
  }

  return {
    async generate(input) {
      const spec = checkSpec(input);
      return spec.ok ? render(spec.value) : spec;
    },
    async generateFromTemplate(input) {
      const request = checkTemplateRequest(input);
      if (!request.ok) return request;
      const file = join(templatesDir, `${request.value.templateId}.template.json`);
      const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw error;
      });
      if (text === undefined) return documentFailure('document.unknown-template', '/templateId');
      const json = parseJson(text);
      if (!json.ok) return json;
      const template = checkTemplate(json.value);
      if (!template.ok) return template;
      const filled = fillTemplate(template.value, request.value);
      if (!filled.ok) return filled;
      const spec = checkSpec(filled.spec);
      return spec.ok ? render(spec.value) : spec;
    },
  };
}

function parseJson(text: string): { ok: true; value: unknown } | DocumentFailure {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return documentFailure('document.invalid-template', '', {
      ka: 'ფაილი არ არის სწორი JSON',
      en: 'the file is not valid JSON',
    });
  }
}
