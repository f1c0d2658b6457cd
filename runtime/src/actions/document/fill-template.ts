// Turns a template and one case's request into a document spec by filling
// the {{name}} placeholders; a placeholder without a value is a failure, not
// an empty gap on an official document.

import { type DocumentFailure, documentFailure } from './failures.ts';
import type { DocumentSpec, LocalizedText } from './generated/document-spec.ts';
import type { DocumentTemplate, TemplateText } from './generated/document-template.ts';
import type { TemplateRequest } from './generated/template-request.ts';

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export type Filled = { ok: true; spec: DocumentSpec } | DocumentFailure;

class MissingValue extends Error {
  readonly placeholder: string;
  constructor(placeholder: string) {
    super(`no value for {{${placeholder}}}`);
    this.placeholder = placeholder;
  }
}

export function fillTemplate(template: DocumentTemplate, request: TemplateRequest): Filled {
  const data = request.data ?? {};
  const fill = (text: string) =>
    text.replace(PLACEHOLDER, (_, name: string) => {
      const value = Object.hasOwn(data, name) ? data[name] : undefined;
      if (value === undefined) throw new MissingValue(name);
      return String(value);
    });
  const fillText = (text: TemplateText): LocalizedText =>
    Object.fromEntries(Object.entries(text).map(([lang, t]) => [lang, fill(t)]));
  try {
    const spec: DocumentSpec = {
      languages: request.languages,
      title: fillText(template.title),
      caseNumber: request.caseNumber,
      issuedAt: request.issuedAt,
    };
    if (template.issuer) spec.issuer = fillText(template.issuer);
    if (template.paragraphs) spec.paragraphs = template.paragraphs.map(fillText);
    if (template.fields) {
      spec.fields = template.fields.map((field) => ({
        label: fillText(field.label),
        value: typeof field.value === 'string' ? fill(field.value) : fillText(field.value),
      }));
    }
    return { ok: true, spec };
  } catch (error) {
    if (!(error instanceof MissingValue)) throw error;
    return documentFailure('document.missing-value', `/data/${error.placeholder}`, {
      ka: `{{${error.placeholder}}}`,
      en: `{{${error.placeholder}}}`,
    });
  }
}
