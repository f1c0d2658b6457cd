// One 50-field application form, described once and translated into our
// form file, a Form.io form and a SurveyJS model, so that the three engines
// validate the same rules: 45 always-shown fields and 5 whose visibility
// (and so requiredness) depends on another field.
import type { FormFile } from '@saqme/forms';

type Kind =
  | { kind: 'text'; min: number; max: number }
  | { kind: 'pattern'; pattern: string }
  | { kind: 'email' }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'choice'; values: string[] }
  | { kind: 'boolean' }
  | { kind: 'consent' };

export type Field = Kind & {
  key: string;
  required: boolean;
  /** Shown (and then required) only when `when` equals `is`. */
  when?: { key: string; is: string | boolean };
};

const text = (key: string, required = true): Field => ({
  key,
  kind: 'text',
  min: 2,
  max: 80,
  required,
});
const digits = (key: string, n: number, required = true): Field => ({
  key,
  kind: 'pattern',
  pattern: `^[0-9]{${n}}$`,
  required,
});
const choice = (key: string, values: string[], required = true): Field => ({
  key,
  kind: 'choice',
  values,
  required,
});
const int = (key: string, min: number, max: number, required = true): Field => ({
  key,
  kind: 'integer',
  min,
  max,
  required,
});

export const fields: Field[] = [
  digits('personalNumber', 11),
  text('lastName'),
  text('firstName'),
  text('fatherName', false),
  choice('gender', ['female', 'male']),
  int('birthYear', 1900, 2026),
  int('birthMonth', 1, 12),
  int('birthDay', 1, 31),
  text('birthPlace'),
  choice('citizenship', ['GE', 'other']),
  { ...text('otherCitizenship'), when: { key: 'citizenship', is: 'other' } },
  digits('mobile', 9),
  digits('homePhone', 9, false),
  { key: 'email', kind: 'email', required: true },
  choice('region', ['tbilisi', 'adjara', 'imereti', 'kakheti', 'kvemo-kartli', 'shida-kartli']),
  text('city'),
  text('street'),
  text('building'),
  text('apartment', false),
  digits('postalCode', 4),
  { key: 'sameAddress', kind: 'boolean', required: true },
  { ...text('actualAddress'), when: { key: 'sameAddress', is: false } },
  choice('maritalStatus', ['single', 'married', 'divorced', 'widowed']),
  { ...text('spouseName'), when: { key: 'maritalStatus', is: 'married' } },
  int('children', 0, 20),
  choice('education', ['school', 'vocational', 'bachelor', 'master', 'doctorate']),
  text('school'),
  int('graduationYear', 1950, 2026),
  choice('employment', ['employed', 'self-employed', 'unemployed', 'student', 'retired']),
  { ...text('employer'), when: { key: 'employment', is: 'employed' } },
  text('position', false),
  int('monthlyIncome', 0, 1000000),
  digits('bankAccount', 16),
  choice('documentType', ['id-card', 'passport']),
  digits('documentNumber', 9),
  int('documentYear', 2000, 2036),
  text('issuedBy'),
  choice('service', ['standard', 'express', 'same-day']),
  choice('collection', ['hall', 'post', 'online']),
  { ...text('deliveryNote'), when: { key: 'collection', is: 'post' } },
  choice('language', ['ka', 'en', 'ru']),
  { key: 'disability', kind: 'boolean', required: true },
  { key: 'veteran', kind: 'boolean', required: true },
  { key: 'notifySms', kind: 'boolean', required: true },
  { key: 'notifyEmail', kind: 'boolean', required: true },
  text('referral', false),
  text('comment', false),
  int('visits', 0, 100, false),
  { key: 'consentData', kind: 'consent', required: true },
  { key: 'consentTerms', kind: 'consent', required: true },
];

const label = (key: string) => ({ ka: `ველი ${key}`, en: `Field ${key}` });

export function ourForm(): FormFile {
  const properties: Record<string, unknown> = {};
  const ui: FormFile['ui']['fields'] = {};
  for (const f of fields) {
    const schema =
      f.kind === 'text'
        ? { type: 'string', minLength: f.min, maxLength: f.max }
        : f.kind === 'pattern'
          ? { type: 'string', pattern: f.pattern }
          : f.kind === 'email'
            ? { type: 'string', format: 'email' }
            : f.kind === 'integer'
              ? { type: 'integer', minimum: f.min, maximum: f.max }
              : f.kind === 'choice'
                ? { type: 'string', enum: f.values }
                : f.kind === 'consent'
                  ? { type: 'boolean', const: true }
                  : { type: 'boolean' };
    properties[f.key] = schema;
    const widget =
      f.kind === 'integer'
        ? 'number'
        : f.kind === 'choice'
          ? 'select'
          : f.kind === 'boolean' || f.kind === 'consent'
            ? 'checkbox'
            : f.kind === 'email'
              ? 'email'
              : 'text';
    ui[f.key] = { widget, label: label(f.key) };
    if (f.when) {
      ui[f.key]!.visibleWhen = {
        schema: { required: [f.when.key], properties: { [f.when.key]: { const: f.when.is } } },
      };
    }
  }
  return {
    schemaVersion: 1,
    schema: {
      type: 'object',
      additionalProperties: false,
      required: fields.filter((f) => f.required).map((f) => f.key),
      properties,
    },
    ui: { fields: ui },
  };
}

/** The same form with its five conditions written in FEEL instead of JSON Schema. */
export function ourFeelForm(): FormFile {
  const form = ourForm();
  for (const f of fields) {
    if (!f.when) continue;
    const value = typeof f.when.is === 'string' ? `"${f.when.is}"` : String(f.when.is);
    form.ui.fields[f.key]!.visibleWhen = { feel: `${f.when.key} = ${value}` };
  }
  return form;
}

function formioComponent(f: Field): Record<string, unknown> {
  switch (f.kind) {
    case 'text':
      return { type: 'textfield', validate: { minLength: f.min, maxLength: f.max } };
    case 'pattern':
      return { type: 'textfield', validate: { pattern: f.pattern.slice(1, -1) } };
    case 'email':
      return { type: 'email', validate: {} };
    case 'integer':
      return { type: 'number', validate: { min: f.min, max: f.max, integer: true } };
    case 'choice':
      return {
        type: 'radio',
        values: f.values.map((v) => ({ label: v, value: v })),
        validate: { onlyAvailableItems: true },
      };
    default:
      return { type: 'checkbox', validate: {} };
  }
}

export function formioForm(): { components: Record<string, unknown>[] } {
  const components = fields.map((f) => {
    const c = formioComponent(f);
    // A required Form.io checkbox must be ticked; an answered yes/no is
    // required in the other engines, so of the checkboxes only consent maps
    // to Form.io's `required`.
    const required = f.kind === 'boolean' ? false : f.required;
    const component: Record<string, unknown> = {
      ...c,
      key: f.key,
      label: f.key,
      input: true,
      validate: { ...(c.validate as object), required },
    };
    if (f.when) component.conditional = { show: 'true', when: f.when.key, eq: String(f.when.is) };
    return component;
  });
  return { components };
}

export function surveyJson(): Record<string, unknown> {
  const elements = fields.map((f) => {
    const base: Record<string, unknown> = { name: f.key, isRequired: f.required };
    if (f.kind === 'text')
      Object.assign(base, {
        type: 'text',
        validators: [{ type: 'text', minLength: f.min, maxLength: f.max }],
      });
    else if (f.kind === 'pattern')
      Object.assign(base, { type: 'text', validators: [{ type: 'regex', regex: f.pattern }] });
    else if (f.kind === 'email')
      Object.assign(base, { type: 'text', inputType: 'email', validators: [{ type: 'email' }] });
    else if (f.kind === 'integer')
      Object.assign(base, {
        type: 'text',
        inputType: 'number',
        validators: [{ type: 'numeric', minValue: f.min, maxValue: f.max }],
      });
    else if (f.kind === 'choice') Object.assign(base, { type: 'radiogroup', choices: f.values });
    else if (f.kind === 'consent') {
      Object.assign(base, {
        type: 'boolean',
        validators: [{ type: 'expression', expression: `{${f.key}} = true` }],
      });
    } else Object.assign(base, { type: 'boolean' });
    if (f.when) {
      const value = typeof f.when.is === 'string' ? `'${f.when.is}'` : String(f.when.is);
      base.visibleIf = `{${f.when.key}} = ${value}`;
    }
    return base;
  });
  return { checkErrorsMode: 'onComplete', pages: [{ name: 'application', elements }] };
}
