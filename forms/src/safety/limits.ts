// Caps on what a form may ask of the validator, checked before ajv compiles
// anything: bytes, nesting, number of subschemas, pattern length, keywords.
import { escapePointer } from '../pointer.ts';
import type { FormDiagnostic } from './diagnostic.ts';
import { allowedKeywords, walkSchema } from './schema-walk.ts';

export const limits = {
  /** Serialized size of the whole form file. */
  maxFormBytes: 512 * 1024,
  /** Nesting of subschemas. */
  maxSchemaDepth: 16,
  /** Nesting of any JSON value in the form file (defaults, enums, UI). */
  maxJsonDepth: 48,
  /** Subschemas in one form. */
  maxSubschemas: 4000,
  maxPatternLength: 512,
};

/** UTF-8 size without TextEncoder, which not every sandbox provides. */
function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function jsonDepth(value: unknown, cap: number, depth = 0): number {
  if (depth > cap || value === null || typeof value !== 'object') return depth;
  let max = depth;
  for (const v of Object.values(value)) {
    max = Math.max(max, jsonDepth(v, cap, depth + 1));
    if (max > cap) break;
  }
  return max;
}

/** Every schema that a form compiles: the data schema and the condition schemas. */
export function formSchemas(form: unknown): { schema: unknown; path: string }[] {
  const f = (form ?? {}) as { schema?: unknown; ui?: { fields?: Record<string, unknown> } };
  const out = [{ schema: f.schema, path: '/schema' }];
  const visit = (fields: Record<string, unknown>, path: string) => {
    for (const [name, raw] of Object.entries(fields)) {
      if (raw === null || typeof raw !== 'object') continue;
      const ui = raw as Record<string, unknown>;
      const at = `${path}/${escapePointer(name)}`;
      for (const k of ['visibleWhen', 'requiredWhen']) {
        const c = ui[k] as { schema?: unknown } | undefined;
        if (c && typeof c === 'object' && 'schema' in c)
          out.push({ schema: c.schema, path: `${at}/${k}/schema` });
      }
      if (ui.fields && typeof ui.fields === 'object') {
        visit(ui.fields as Record<string, unknown>, `${at}/fields`);
      }
    }
  };
  const fields = f.ui?.fields;
  if (fields && typeof fields === 'object') visit(fields, '/ui/fields');
  return out;
}

export function checkLimits(form: unknown): FormDiagnostic[] {
  const out: FormDiagnostic[] = [];
  const bytes = utf8Length(JSON.stringify(form));
  if (bytes > limits.maxFormBytes) {
    out.push({
      code: 'FORM_TOO_LARGE',
      path: '',
      message: {
        ka: `ფორმის ფაილი აღემატება ${limits.maxFormBytes} ბაიტს (${bytes})`,
        en: `The form file exceeds ${limits.maxFormBytes} bytes (${bytes})`,
      },
    });
    return out;
  }
  if (jsonDepth(form, limits.maxJsonDepth) > limits.maxJsonDepth) {
    out.push({
      code: 'FORM_TOO_DEEP',
      path: '',
      message: {
        ka: `ფორმის ფაილის ჩადგმულობა აღემატება ${limits.maxJsonDepth} დონეს`,
        en: `The form file nests deeper than ${limits.maxJsonDepth} levels`,
      },
    });
    return out;
  }
  let count = 0;
  for (const { schema, path } of formSchemas(form)) {
    walkSchema(schema, path, (s, at, depth) => {
      count++;
      if (depth > limits.maxSchemaDepth) {
        out.push({
          code: 'SCHEMA_TOO_DEEP',
          path: at,
          message: {
            ka: `სქემის ჩადგმულობა აღემატება ${limits.maxSchemaDepth} დონეს`,
            en: `The schema nests deeper than ${limits.maxSchemaDepth} levels`,
          },
        });
      }
      for (const k of Object.keys(s)) {
        if (!allowedKeywords.has(k)) {
          out.push({
            code: 'SCHEMA_KEYWORD_NOT_ALLOWED',
            path: `${at}/${k}`,
            message: {
              ka: `საკვანძო სიტყვა „${k}“ ფორმის სქემაში დაუშვებელია`,
              en: `The keyword “${k}” is not allowed in a form schema`,
            },
          });
        }
      }
      if (typeof s.pattern === 'string' && s.pattern.length > limits.maxPatternLength) {
        out.push({
          code: 'PATTERN_TOO_LONG',
          path: `${at}/pattern`,
          message: {
            ka: `შაბლონი აღემატება ${limits.maxPatternLength} სიმბოლოს`,
            en: `The pattern exceeds ${limits.maxPatternLength} characters`,
          },
        });
      }
    });
  }
  if (count > limits.maxSubschemas) {
    out.push({
      code: 'SCHEMA_TOO_LARGE',
      path: '/schema',
      message: {
        ka: `ფორმა შეიცავს ${limits.maxSubschemas}-ზე მეტ ქვესქემას (${count})`,
        en: `The form has more than ${limits.maxSubschemas} subschemas (${count})`,
      },
    });
  }
  return out;
}
