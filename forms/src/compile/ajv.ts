// The one ajv configuration for form data: JSON Schema 2020-12, strict
// (unknown keywords are errors), $data off, every error collected, our formats.
import { Ajv2020, type CodeOptions } from 'ajv/dist/2020.js';
import { formatLimitDefinition } from 'ajv-formats/dist/limit.js';
import { formats } from '../formats/formats.ts';

export function createAjv(code: CodeOptions = {}): Ajv2020 {
  const ajv = new Ajv2020({
    strict: true,
    strictTypes: false,
    strictRequired: false,
    allErrors: true,
    $data: false,
    messages: false,
    unicodeRegExp: true,
    addUsedSchema: false,
    code,
  });
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format);
  ajv.addKeyword(formatLimitDefinition);
  return ajv;
}
