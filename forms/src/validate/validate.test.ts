import { describe, expect, it } from 'vitest';
import { formNames, loadForm } from '../../test/fixtures.ts';
import { bilingualContract, validationContract } from '../../test/validation.case.ts';
import { validate } from './validate.ts';

validationContract('validate (server)', (form) => (data, locale) => validate(form, data, locale));
bilingualContract(
  'validate (server) in both languages',
  (form) => (data, locale) => validate(form, data, locale),
);

describe('validate', () => {
  it('compiles each form once and reuses it', () => {
    const form = loadForm(formNames[0]!);
    const first = validate(form, {}, 'en');
    const again = validate(form, {}, 'en');
    expect(again).toEqual(first);
  });

  it('evaluates FEEL conditions at the given instant', () => {
    const form = loadForm('municipal-request');
    const ui = form.ui.fields.householdSize!;
    ui.visibleWhen = { feel: 'today() >= date("2027-01-01")' };
    const data = { householdSize: 'many' };
    const before = validate(form, data, 'en', { now: '2026-12-31T19:00:00Z' });
    const after = validate(form, data, 'en', { now: '2026-12-31T21:00:00Z' });
    const paths = (r: typeof before) => (r.ok ? [] : r.issues.map((i) => i.path));
    expect(paths(before)).not.toContain('/householdSize');
    expect(paths(after)).toContain('/householdSize');
  });

  it('throws on a form beyond the limits, which saving would have refused', () => {
    const form = loadForm('municipal-request');
    let deep: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 20; i++) deep = { not: deep };
    form.schema.properties.fullName = deep;
    expect(() => validate(form, {}, 'en')).toThrow(/limits/);
  });
});
