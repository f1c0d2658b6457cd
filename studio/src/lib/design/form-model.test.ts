import { checkForm, type FormFile, validate } from '@saqme/forms';
import { describe, expect, it } from 'vitest';
import {
  addField,
  changeWidget,
  fieldKeys,
  moveField,
  removeField,
  setOptions,
  setRequired,
  updateSchema,
  updateUi,
} from './form-model.ts';
import application from './starter/forms/application.form.json' with { type: 'json' };

const base = application as unknown as FormFile;

describe('form-model', () => {
  it('adds a field that the forms checker accepts and validation uses', () => {
    const form = setRequired(addField(base, 'age', 'number'), 'age', true);
    expect(fieldKeys(form)).toEqual(['personalNumber', 'request', 'age']);
    expect(checkForm(form)).toEqual({ ok: true });
    const result = validate(form, { personalNumber: '01001011234', request: 'ცნობა' }, 'ka');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => i.path)).toEqual(['/age']);
  });

  it('moves a field up and down, in the schema and the UI alike', () => {
    const form = moveField(addField(base, 'email', 'email'), 'email', -1);
    expect(fieldKeys(form)).toEqual(['personalNumber', 'email', 'request']);
    expect(Object.keys((form.schema as { properties: object }).properties)).toEqual([
      'personalNumber',
      'email',
      'request',
    ]);
    expect(moveField(form, 'personalNumber', -1)).toBe(form);
  });

  it('removes a field and its requiredness', () => {
    const form = removeField(base, 'request');
    expect(fieldKeys(form)).toEqual(['personalNumber']);
    expect((form.schema as unknown as { required: string[] }).required).toEqual(['personalNumber']);
  });

  it('configures labels, limits, options and a condition', () => {
    let form = addField(base, 'topic', 'select');
    form = setOptions(form, 'topic', [
      { value: 'roads', ka: 'გზები', en: 'Roads' },
      { value: 'light', ka: 'განათება', en: 'Lighting' },
    ]);
    form = updateUi(form, 'topic', {
      label: { ka: 'თემა', en: 'Topic' },
      visibleWhen: { feel: 'request != null' },
    });
    form = updateSchema(form, 'request', { minLength: 10 });
    expect(checkForm(form)).toEqual({ ok: true });
    const refused = validate(
      form,
      { personalNumber: '01001011234', request: 'short', topic: 'sea' },
      'en',
    );
    expect(!refused.ok && refused.issues.map((i) => i.path).sort()).toEqual(['/request', '/topic']);
  });

  it('changing the widget brings a fitting data schema', () => {
    const form = changeWidget(base, 'request', 'checkbox');
    expect((form.schema as { properties: Record<string, unknown> }).properties.request).toEqual({
      type: 'boolean',
    });
    expect(checkForm(form)).toEqual({ ok: true });
  });
});
