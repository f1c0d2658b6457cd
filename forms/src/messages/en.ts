// English validation messages.
import { toDisplayDate } from '../formats/georgian.ts';
import type { Catalogue, Params } from './catalogue.ts';

const types: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'yes or no',
  object: 'a group of fields',
  array: 'a list',
  null: 'empty',
};

const typeList = (p: Params) =>
  String(p.type)
    .split(',')
    .map((t) => types[t] ?? t)
    .join(' or ');
const limit = (p: Params) => String(p.limit);
const date = (p: Params) => toDisplayDate(String(p.limit));
const items = (n: unknown) => (n === 1 ? '1 item' : `${n} items`);
const chars = (n: unknown) => (n === 1 ? '1 character' : `${n} characters`);

export const en: Catalogue = {
  types,
  formats: {
    date: 'Enter a date as DD.MM.YYYY',
    time: 'Enter a time as HH:MM',
    'date-time': 'Enter a date and time as DD.MM.YYYY HH:MM',
    email: 'Enter a valid email address, like name@example.ge',
    uri: 'Enter a valid web address',
    uuid: 'Enter a valid identifier (UUID)',
    'ge-personal-number': 'A personal number has exactly 11 digits',
    'ge-phone': 'Enter a Georgian phone number, like +995 555 12 34 56',
    'ge-postal-code': 'A postal code has 4 digits',
  },
  keywords: {
    type: (p) => `Must be ${typeList(p)}`,
    required: () => 'This field is required',
    dependentRequired: () => 'This field is required when the related field is filled in',
    enum: () => 'Choose one of the offered values',
    const: (p) =>
      p.allowedValue === true ? 'This box must be ticked' : 'This value is not allowed',
    minLength: (p) => `Enter at least ${chars(p.limit)}`,
    maxLength: (p) => `Enter at most ${chars(p.limit)}`,
    pattern: () => 'The value does not have the required form',
    format: () => 'The value does not have the required form',
    formatMinimum: (p) => `Must be on or after ${date(p)}`,
    formatMaximum: (p) => `Must be on or before ${date(p)}`,
    formatExclusiveMinimum: (p) => `Must be after ${date(p)}`,
    formatExclusiveMaximum: (p) => `Must be before ${date(p)}`,
    minimum: (p) => `Must be ${limit(p)} or more`,
    maximum: (p) => `Must be ${limit(p)} or less`,
    exclusiveMinimum: (p) => `Must be more than ${limit(p)}`,
    exclusiveMaximum: (p) => `Must be less than ${limit(p)}`,
    multipleOf: (p) => `Must be a multiple of ${String(p.multipleOf)}`,
    minItems: (p) => `Add or choose at least ${items(p.limit)}`,
    maxItems: (p) => `Add or choose at most ${items(p.limit)}`,
    items: (p) => `Add at most ${items(p.limit)}`,
    uniqueItems: () => 'Items must not repeat',
    contains: () => 'The list lacks a required item',
    minProperties: (p) => `Fill in at least ${String(p.limit)} fields`,
    maxProperties: (p) => `Fill in at most ${String(p.limit)} fields`,
    additionalProperties: (p) => `Unexpected field “${String(p.additionalProperty)}”`,
    unevaluatedProperties: (p) => `Unexpected field “${String(p.unevaluatedProperty)}”`,
    unevaluatedItems: (p) => `Add at most ${items(p.len)}`,
    propertyNames: (p) => `Field name “${String(p.propertyName)}” is not allowed`,
    anyOf: () => 'The value matches none of the allowed options',
    oneOf: () => 'The value must match exactly one of the allowed options',
    not: () => 'This value is not allowed',
    'false schema': () => 'This field is not allowed here',
  },
};
