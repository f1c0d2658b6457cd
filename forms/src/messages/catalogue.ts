// Our own ka/en validation messages (ajv-i18n has no Georgian), keyed by the
// ajv error keyword and, for `format`, by the format name.
import type { FormatName } from '../formats/formats.ts';

export type Locale = 'ka' | 'en';
export type Params = Record<string, unknown>;
export type MessageFn = (params: Params) => string;

/** Every keyword that can fail, as ajv names it in an error. */
export const errorKeywords = [
  'type',
  'required',
  'dependentRequired',
  'enum',
  'const',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'formatMinimum',
  'formatMaximum',
  'formatExclusiveMinimum',
  'formatExclusiveMaximum',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
  'items',
  'uniqueItems',
  'contains',
  'minProperties',
  'maxProperties',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'propertyNames',
  'anyOf',
  'oneOf',
  'not',
  'false schema',
] as const;

export type ErrorKeyword = (typeof errorKeywords)[number];

export interface Catalogue {
  keywords: Record<ErrorKeyword, MessageFn>;
  formats: Record<FormatName, string>;
  types: Record<string, string>;
}
