import { type FormFile, validate } from '@saqme/forms';
import { describe, expect, it } from 'vitest';
import FORM from '../../../examples/municipal-request/forms/citizen-request.form.json' with {
  type: 'json',
};
import START_DATA from '../../test/fixtures/municipal-request-start.json' with { type: 'json' };
import {
  citizenForm,
  formDataWithIdentity,
  identityFieldsOf,
  withIdentity,
} from './citizen-form.ts';
import { DEMO_CITIZEN } from './demo-identity.ts';

const form = FORM as unknown as FormFile;
const other = {
  ...DEMO_CITIZEN,
  personalNumber: '01017045566',
  firstName: 'დავით',
  lastName: 'გელაშვილი',
};

describe('citizenForm', () => {
  it('drops the identity fields from the schema, the field list and the sections', () => {
    expect(identityFieldsOf(form)).toEqual(['personalNumber', 'firstName', 'lastName']);
    const shown = citizenForm(form);
    const properties = Object.keys(shown.schema.properties);
    expect(properties).not.toContain('personalNumber');
    expect(properties).toContain('phone');
    expect(Object.keys(shown.ui.fields)).not.toContain('lastName');
    expect(shown.ui.sections?.[1]?.fields).toEqual(['phone', 'email', 'address']);
  });

  it('drops a section left empty and keeps a form without identity fields as it is', () => {
    const only = {
      ...form,
      ui: {
        ...form.ui,
        sections: [
          { id: 'who', title: { ka: 'ვინ', en: 'Who' }, fields: ['personalNumber'] },
          ...(form.ui.sections ?? []),
        ],
      },
    } as FormFile;
    expect(citizenForm(only).ui.sections?.map((s) => s.id)).not.toContain('who');
    const plain = {
      ...form,
      schema: { ...form.schema, properties: { note: { type: 'string' } } },
    } as FormFile;
    expect(citizenForm(plain)).toBe(plain);
  });
});

describe('withIdentity', () => {
  it("writes the identity's values over whatever was posted, so the full form validates", () => {
    const { personalNumber: _p, firstName: _f, lastName: _l, ...asked } = START_DATA;
    const data = withIdentity(
      form,
      { ...asked, personalNumber: other.personalNumber },
      DEMO_CITIZEN,
    );
    expect(data).toMatchObject({
      personalNumber: '01024051234',
      firstName: 'ნინო',
      lastName: 'ბერიძე',
    });
    expect(validate(form, data, 'en').ok).toBe(true);
    const posted = new FormData();
    posted.set('personalNumber', other.personalNumber);
    expect(formDataWithIdentity(form, posted, DEMO_CITIZEN).get('personalNumber')).toBe(
      '01024051234',
    );
  });
});
