import { describe, expect, it } from 'vitest';
import { formatNames } from '../formats/formats.ts';
import { allowedKeywords } from '../safety/schema-walk.ts';
import { errorKeywords } from './catalogue.ts';
import { catalogues, message } from './message.ts';

/** Keywords that only annotate, structure or apply subschemas never fail by themselves. */
const neverFail = new Set([
  '$schema',
  '$id',
  '$ref',
  '$anchor',
  '$comment',
  '$defs',
  'title',
  'description',
  'default',
  'examples',
  'deprecated',
  'readOnly',
  'writeOnly',
  'contentMediaType',
  'contentEncoding',
  'properties',
  'patternProperties',
  'allOf',
  'if',
  'then',
  'else',
  'prefixItems',
  'dependentSchemas',
  'maxContains',
  'minContains',
]);

describe('message catalogue', () => {
  it('has a message for every keyword a form schema may use that can fail', () => {
    const failing = [...allowedKeywords].filter((k) => !neverFail.has(k));
    for (const k of failing) expect(errorKeywords).toContain(k);
  });

  it('words every keyword and format in Georgian script and in English', () => {
    const params = { limit: '2026-01-01', type: 'string', allowedValue: true, multipleOf: 5 };
    for (const keyword of errorKeywords) {
      expect(message(keyword, params, 'ka')).toMatch(/[ა-ჰ]/);
      expect(message(keyword, params, 'en')).toMatch(/^[A-Z]/);
    }
    for (const format of formatNames) {
      expect(catalogues.ka.formats[format]).toMatch(/[ა-ჰ]/);
      expect(catalogues.en.formats[format]).toMatch(/^[A-Z]/);
    }
  });

  it('shows date limits as DD.MM.YYYY', () => {
    expect(message('formatMaximum', { limit: '2026-03-08' }, 'en')).toBe(
      'Must be on or before 08.03.2026',
    );
    expect(message('formatMinimum', { limit: '2026-03-08' }, 'ka')).toBe(
      'თარიღი უნდა იყოს არაუადრეს 08.03.2026',
    );
  });

  it('names union types in the reader’s language', () => {
    expect(message('type', { type: 'string,null' }, 'ka')).toBe(
      'მნიშვნელობა უნდა იყოს: ტექსტი ან ცარიელი',
    );
    expect(message('type', { type: 'integer' }, 'en')).toBe('Must be a whole number');
  });

  it('throws on a keyword it does not know, which is a bug', () => {
    expect(() => message('discriminator', {}, 'en')).toThrow(/discriminator/);
  });
});
