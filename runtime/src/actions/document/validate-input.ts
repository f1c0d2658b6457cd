// Checks untrusted input (workflow data, template files) against the action's
// JSON Schemas before anything is rendered.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { type DocumentFailure, type DocumentFailureCode, documentFailure } from './failures.ts';
import type { DocumentSpec } from './generated/document-spec.ts';
import type { DocumentTemplate } from './generated/document-template.ts';
import type { TemplateRequest } from './generated/template-request.ts';
import { schemaIssue } from './schema-issue.ts';
import specSchema from './schemas/document-spec.schema.json' with { type: 'json' };
import templateSchema from './schemas/document-template.schema.json' with { type: 'json' };
import requestSchema from './schemas/template-request.schema.json' with { type: 'json' };

export type Checked<T> = { ok: true; value: T } | DocumentFailure;

const ajv = new Ajv2020({ allErrors: false, strict: true });
const specValidator = ajv.compile<DocumentSpec>(specSchema);
const templateValidator = ajv.compile<DocumentTemplate>(templateSchema);
const requestValidator = ajv.compile<TemplateRequest>(requestSchema);

function check<T>(
  validate: ValidateFunction<T>,
  input: unknown,
  code: DocumentFailureCode,
): Checked<T> {
  if (validate(input)) return { ok: true, value: input };
  const error = validate.errors?.[0];
  if (!error) throw new Error('ajv rejected the input without an error');
  const issue = schemaIssue(error);
  return documentFailure(code, issue.path, issue.reason);
}

/**
 * The instant must exist on the calendar: the schema only checks its shape,
 * and Date.parse rolls 30 February over into March.
 */
function checkInstant<T extends { issuedAt: string }>(checked: Checked<T>): Checked<T> {
  if (!checked.ok || isCalendarInstant(checked.value.issuedAt)) return checked;
  return documentFailure('document.invalid-input', '/issuedAt', {
    ka: 'ასეთი თარიღი არ არსებობს',
    en: 'no such date',
  });
}

export function checkSpec(input: unknown): Checked<DocumentSpec> {
  return checkInstant(check(specValidator, input, 'document.invalid-input'));
}

export function checkTemplateRequest(input: unknown): Checked<TemplateRequest> {
  return checkInstant(check(requestValidator, input, 'document.invalid-input'));
}

export function checkTemplate(input: unknown): Checked<DocumentTemplate> {
  return check(templateValidator, input, 'document.invalid-template');
}

export function isCalendarInstant(iso: string): boolean {
  const time = Date.parse(iso);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 19) === iso.slice(0, 19);
}
