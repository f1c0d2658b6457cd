import { describe, expect, it } from 'vitest';
import { formNames, loadForm } from '../../test/fixtures.ts';
import type { FormFile } from '../generated/form-file.ts';
import { checkForm } from './check-form.ts';
import { limits } from './limits.ts';

const codes = (form: unknown) => {
  const r = checkForm(form);
  return r.ok ? [] : r.diagnostics.map((d) => d.code);
};

function withName(mutate: (form: FormFile) => void): FormFile {
  const form = loadForm('municipal-request');
  mutate(form);
  return form;
}

describe('checkForm', () => {
  it('accepts every example form', () => {
    for (const name of formNames) expect(checkForm(loadForm(name))).toEqual({ ok: true });
  });

  it('rejects a file that is not a form, with ka/en messages', () => {
    const r = checkForm({ schemaVersion: 2, schema: {}, ui: {} });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostics[0]!.code).toBe('FORM_FILE_INVALID');
    for (const d of r.diagnostics) {
      expect(d.message.ka).toMatch(/[ა-ჰ]/);
      expect(d.message.en).toMatch(/[A-Za-z]/);
    }
  });

  it('rejects a pattern that can backtrack catastrophically', () => {
    const form = withName((f) => {
      f.schema.properties.fullName = { type: 'string', pattern: '^([a-zა-ჰ]+\\s?)*$' };
    });
    const r = checkForm(form);
    expect(r).toMatchObject({
      ok: false,
      diagnostics: [{ code: 'PATTERN_BACKTRACKING', path: '/schema/properties/fullName/pattern' }],
    });
  });

  it('checks patterns inside condition schemas too', () => {
    const form = withName((f) => {
      f.ui.fields.address!.visibleWhen = {
        schema: { properties: { fullName: { pattern: '(a|a)+$' } } },
      };
    });
    expect(codes(form)).toEqual(['PATTERN_BACKTRACKING']);
  });

  it('rejects keywords outside the allowed set and unknown ones', () => {
    expect(
      codes(
        withName((f) =>
          Object.assign(f.schema.properties.fullName as object, { $dynamicRef: '#x' }),
        ),
      ),
    ).toEqual(['SCHEMA_KEYWORD_NOT_ALLOWED']);
    expect(
      codes(
        withName((f) => Object.assign(f.schema.properties.fullName as object, { widget: 'x' })),
      ),
    ).toEqual(['SCHEMA_KEYWORD_NOT_ALLOWED']);
  });

  it('rejects an unknown format in strict mode', () => {
    const form = withName((f) => {
      f.schema.properties.fullName = { type: 'string', format: 'ge-passport' };
    });
    expect(codes(form)).toEqual(['SCHEMA_INVALID']);
  });

  it('caps schema depth and file size', () => {
    const deep = withName((f) => {
      let s: Record<string, unknown> = { type: 'string' };
      for (let i = 0; i <= limits.maxSchemaDepth; i++) s = { allOf: [s] };
      f.schema.properties.fullName = s;
    });
    expect(codes(deep)).toContain('SCHEMA_TOO_DEEP');
    const large = withName((f) => {
      f.schema.properties.fullName = {
        type: 'string',
        description: 'x'.repeat(limits.maxFormBytes),
      };
    });
    expect(codes(large)).toEqual(['FORM_TOO_LARGE']);
    // Georgian letters take three bytes each in UTF-8.
    const georgian = withName((f) => {
      f.schema.properties.fullName = {
        type: 'string',
        description: 'ა'.repeat(Math.ceil(limits.maxFormBytes / 3)),
      };
    });
    expect(codes(georgian)).toEqual(['FORM_TOO_LARGE']);
  });

  it('finds widgets that do not fit, fields without UI and bad FEEL', () => {
    const form = withName((f) => {
      f.ui.fields.householdSize!.widget = 'checkbox';
      f.schema.properties.note = { type: 'string' };
      f.ui.fields.email!.requiredWhen = { feel: 'responseChannels contains (' };
    });
    expect(codes(form)).toEqual(['FIELD_WITHOUT_UI', 'FEEL_SYNTAX', 'WIDGET_MISMATCH']);
  });

  it('finds layout that misses or repeats a field', () => {
    const form = withName((f) => {
      f.ui.sections![0]!.fields.push('phone');
      f.ui.sections![2]!.fields = ['attachment'];
    });
    expect(codes(form)).toEqual(['LAYOUT_FIELD', 'LAYOUT_FIELD', 'LAYOUT_MISSING_FIELD']);
  });
});
