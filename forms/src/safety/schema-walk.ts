// Visits every subschema of a JSON Schema with its JSON pointer, knowing which
// keywords hold schemas. Shared by the caps, the keyword allowlist and the
// pattern check.
import { escapePointer } from '../pointer.ts';

type JsonObject = Record<string, unknown>;

const single = [
  'not',
  'if',
  'then',
  'else',
  'items',
  'contains',
  'additionalProperties',
  'propertyNames',
  'unevaluatedProperties',
  'unevaluatedItems',
];
const lists = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const maps = ['properties', 'patternProperties', '$defs', 'dependentSchemas'];

/** Keywords a form schema may use; anything else is rejected before ajv sees it. */
export const allowedKeywords = new Set([
  ...single,
  ...lists,
  ...maps,
  '$schema',
  '$id',
  '$ref',
  '$anchor',
  '$comment',
  'type',
  'enum',
  'const',
  'multipleOf',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'format',
  'formatMinimum',
  'formatMaximum',
  'formatExclusiveMinimum',
  'formatExclusiveMaximum',
  'maxItems',
  'minItems',
  'uniqueItems',
  'maxContains',
  'minContains',
  'maxProperties',
  'minProperties',
  'required',
  'dependentRequired',
  'title',
  'description',
  'default',
  'examples',
  'deprecated',
  'readOnly',
  'writeOnly',
  'contentMediaType',
  'contentEncoding',
]);

export type SchemaVisitor = (schema: JsonObject, path: string, depth: number) => void;

export function walkSchema(schema: unknown, path: string, visit: SchemaVisitor, depth = 1): void {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return;
  const s = schema as JsonObject;
  visit(s, path, depth);
  for (const k of single) if (k in s) walkSchema(s[k], `${path}/${k}`, visit, depth + 1);
  for (const k of lists) {
    const list = s[k];
    if (!Array.isArray(list)) continue;
    for (const [i, x] of list.entries()) walkSchema(x, `${path}/${k}/${i}`, visit, depth + 1);
  }
  for (const k of maps) {
    const map = s[k];
    if (map && typeof map === 'object' && !Array.isArray(map)) {
      for (const [name, x] of Object.entries(map)) {
        walkSchema(x, `${path}/${k}/${escapePointer(name)}`, visit, depth + 1);
      }
    }
  }
}
